import { Kind, parse } from 'graphql';
import type { SubgraphName } from '../../subgraphs/subgraph-names';
import { measureOperation, type OperationFigures } from '../measure-operation';
import type { BenchContext, BenchSettings, ScenarioResult } from '../scenario';

/** Pages are read for one large province (Hà Nội), so every page is full. */
export const BENCH_PROVINCE = '01';
export const PAGE_SIZE = 500;

/** A page costs tens of times a profile: fewer requests per round keep a run's length sane. */
export const pageRequests = (context: { settings: BenchSettings }): number => Math.max(3, Math.ceil(context.settings.requests / 5));

/**
 * A 500-row list page for one province (scenarios 2 and 3), described by what is specific to it;
 * measuring, skipping and the SQL floor are shared. The page is skipped until the composed
 * supergraph has `rootField`.
 */
export interface ListPage {
  rootField: string;
  /** The GraphQL operation reading one page of PAGE_SIZE rows. */
  query: string;
  variables(province: string): Record<string, unknown>;
  /** One hand-written SQL query computing the same rows on the same database (scenario 4's floor). */
  floorSql: { subgraph: SubgraphName; query(province: string): { text: string; values: unknown[] } } | null;
}

/** Variables for one province's page: the filter field name the contract suggests. */
export const provincePageVariables = (province: string): Record<string, unknown> => ({ filter: { provinceCode: province }, first: PAGE_SIZE });

/** Whether the supergraph's Query type has this root field. */
export function hasRootField(supergraphSdl: string, field: string): boolean {
  return parse(supergraphSdl).definitions.some(
    (definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === 'Query' &&
      (definition.fields ?? []).some((f) => f.name.value === field),
  );
}

export const pageBody = (page: ListPage, province = BENCH_PROVINCE): string => JSON.stringify({ query: page.query, variables: page.variables(province) });

export const notComposed = (page: ListPage): ScenarioResult => ({ status: 'skipped', reason: `the supergraph has no Query.${page.rootField} yet` });

/** Latency, statements per request and bytes of one page through the given gateway. */
export async function measurePage(context: BenchContext, page: ListPage, url: string): Promise<ScenarioResult & OperationFigures> {
  const figures = await measureOperation(context, { url, bodies: [pageBody(page)], countOn: 'gateway', requests: pageRequests(context) });
  return { status: 'measured', rootField: page.rootField, province: BENCH_PROVINCE, pageSize: PAGE_SIZE, ...figures };
}

export function listPageScenario(id: string, title: string, page: ListPage) {
  return {
    id,
    title,
    page,
    async run(context: BenchContext): Promise<ScenarioResult> {
      if (!hasRootField(context.supergraphSdl, page.rootField)) return notComposed(page);
      return measurePage(context, page, context.target.gatewayUrl);
    },
  };
}
