import { contractPageQuery, listPageScenario, PAGE_SIZE, provincePageVariables, type ListPage } from './list-page';

/**
 * Scenario 2's page: pupils at risk of dropping out in one province. The operation follows the
 * contract in DESIGN.md (`dropoutRiskList(filter, first, after)`); when the feature lands, set the
 * selection and filter to its types and write `floorSql`.
 */
export const dropoutRiskPage: ListPage = {
  rootField: 'dropoutRiskList',
  query: contractPageQuery('DropoutRiskPage', 'dropoutRiskList', 'DropoutRiskFilter'),
  variables: provincePageVariables,
  floorSql: null,
};

export const dropoutRiskScenario = listPageScenario('2', `a ${PAGE_SIZE}-row dropout-risk page for one province`, dropoutRiskPage);
