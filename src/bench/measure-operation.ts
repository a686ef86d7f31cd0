import type { SubgraphName } from '../subgraphs/subgraph-names';
import { postChecked } from './graphql-post';
import { measureLatency, type GraphQLLoad, type LatencyFigures } from './load';
import type { BenchContext } from './scenario';
import { median, round2 } from './stats';
import type { StackProcess } from './stack-process';

/** How many requests the statement count is averaged over. */
const COUNTED_REQUESTS = 20;

export interface OperationFigures extends LatencyFigures {
  /** SQL statements per request, per subgraph and in total (median body size alike). */
  queriesPerRequest: { total: number; bySubgraph: Partial<Record<SubgraphName, number>> };
  bytesPerResponse: number;
}

/**
 * Sequential requests through the counting stack, statements per request per subgraph. `endpoint`
 * picks the stack's gateway or one of its subgraphs, so direct subgraph requests are counted too.
 */
export async function countQueries(stack: StackProcess, endpoint: 'gateway' | SubgraphName, token: string, bodies: string[], atMost = COUNTED_REQUESTS) {
  const url = endpoint === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[endpoint];
  const requests = Math.min(atMost, bodies.length);
  const before = await stack.queryCounts();
  for (let i = 0; i < requests; i++) await postChecked(url, token, bodies[i]);
  const after = await stack.queryCounts();
  const bySubgraph: Partial<Record<SubgraphName, number>> = {};
  let total = 0;
  for (const name of Object.keys(after) as SubgraphName[]) {
    const perRequest = round2((after[name] - before[name]) / requests);
    if (perRequest > 0) bySubgraph[name] = perRequest;
    total += perRequest;
  }
  return { total: round2(total), bySubgraph };
}

/** Latency (sequential, rounds), statements per request and response size of one operation. */
export async function measureOperation(
  context: BenchContext,
  load: { url: string; bodies: string[]; countOn: 'gateway' | SubgraphName; requests?: number },
): Promise<OperationFigures> {
  const sizes: number[] = [];
  const requests = load.requests ?? context.settings.requests;
  for (const body of load.bodies.slice(0, Math.min(5, requests))) sizes.push((await postChecked(load.url, context.token, body)).bytes);
  const queriesPerRequest = await countQueries(context.counter, load.countOn, context.token, load.bodies, Math.min(COUNTED_REQUESTS, requests));
  const graphQLLoad: GraphQLLoad = { url: load.url, token: context.token, bodies: load.bodies };
  const { rounds, warmup } = context.settings;
  const latency = await measureLatency(graphQLLoad, { rounds, requests, warmup });
  return { ...latency, queriesPerRequest, bytesPerResponse: Math.round(median(sizes)) };
}
