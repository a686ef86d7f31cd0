import { civilStatusGapsFloorQuery } from '../../subgraphs/registry/gaps/gap-query';
import { listPageScenario, PAGE_SIZE, provincePageVariables, type ListPage } from './list-page';

/**
 * Scenario 3's page: children some agency knows who lack civil-status records, in one province,
 * with the master index entry the floor joins (served by the registry through `Child.index`).
 */
export const civilStatusGapsPage: ListPage = {
  rootField: 'civilStatusGaps',
  query: `query CivilStatusGapPage($filter: GapFilter, $first: Int) {
  civilStatusGaps(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { child { id index { fullName birthDate sex communeCode personalId } } kinds detectedBy since } }
  }
}`,
  variables: provincePageVariables,
  floorSql: { subgraph: 'registry', query: (province) => civilStatusGapsFloorQuery(province, PAGE_SIZE) },
};

export const civilStatusGapsScenario = listPageScenario('3', `a ${PAGE_SIZE}-row civil-status-gap page for one province`, civilStatusGapsPage);
