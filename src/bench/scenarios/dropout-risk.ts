import { dropoutRiskFloorSql } from '../../subgraphs/registry/risk/dropout-risk.resolver';
import { listPageScenario, PAGE_SIZE, provincePageVariables, type ListPage } from './list-page';

/**
 * Scenario 2's page: pupils at risk of dropping out in one province, with the identity the floor
 * joins from the master index (served by the registry itself through `Child.index`).
 */
export const dropoutRiskPage: ListPage = {
  rootField: 'dropoutRiskList',
  query: `query DropoutRiskPage($filter: DropoutRiskFilter, $first: Int) {
  dropoutRiskList(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { child { id index { fullName birthDate sex } } school { code name } schoolYear grade level score reasons { code } } }
  }
}`,
  variables: provincePageVariables,
  floorSql: { subgraph: 'registry', query: (province) => dropoutRiskFloorSql(province, PAGE_SIZE) },
};

export const dropoutRiskScenario = listPageScenario('2', `a ${PAGE_SIZE}-row dropout-risk page for one province`, dropoutRiskPage);
