import { contractPageQuery, listPageScenario, PAGE_SIZE, provincePageVariables, type ListPage } from './list-page';

/**
 * Scenario 3's page: children some agency knows who lack civil-status records, in one province.
 * The operation follows the contract in DESIGN.md (`civilStatusGaps(filter, first, after)`); when
 * the feature lands, set the selection and filter to its types and write `floorSql`.
 */
export const civilStatusGapsPage: ListPage = {
  rootField: 'civilStatusGaps',
  query: contractPageQuery('CivilStatusGapPage', 'civilStatusGaps', 'GapFilter'),
  variables: provincePageVariables,
  floorSql: null,
};

export const civilStatusGapsScenario = listPageScenario('3', `a ${PAGE_SIZE}-row civil-status-gap page for one province`, civilStatusGapsPage);
