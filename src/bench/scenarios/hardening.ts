import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { accessLimitsFromEnv, BulkAccessWatch, DEFAULT_SLOWDOWN_MS } from '../../auth/access-limits';
import { loadPersistedDocuments } from '../../gateway/persisted-documents';
import { gatewayBounds, requestBoundsChecker } from '../../server/request-bounds';
import { projectRoot } from '../../shared/paths';
import { measureLatency } from '../load';
import type { BenchContext, Scenario } from '../scenario';
import { median, round2 } from '../stats';

/** The typed client's full profile of one child: the largest document an app sends. */
function childDocument(): { id: string; text: string } {
  const found = [...loadPersistedDocuments()].find(([, text]) => text.startsWith('query Child('));
  if (!found) throw new Error('the typed client has no Child operation; run npm run codegen');
  return { id: found[0], text: found[1] };
}

/** Microseconds per call of `work`, the median of `rounds` timed batches of `calls` calls each. */
function microsPerCall(work: (i: number) => unknown, calls: number, rounds: number): number {
  for (let i = 0; i < calls; i++) work(i); // warm the JIT and any cache the work keeps
  const perRound: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) work(round * calls + i);
    perRound.push(Number(process.hrtime.bigint() - started) / 1000 / calls);
  }
  return round2(median(perRound));
}

/**
 * What the hardening adds to a request. Persisted documents: the same profile sent as an id and as
 * its text, through the target gateway, alternating. The request bounds (tokens, depth, aliases,
 * fields, cost) and the bulk-access count run in process, as the gateway and each subgraph run
 * them on every request: their cost is microseconds, below what a latency median could show.
 */
export const hardeningScenario: Scenario = {
  id: 'hardening',
  title: 'cost of hardening per request: persisted document vs query text, request bounds, bulk-access count',
  async run(context: BenchContext) {
    const document = childDocument();
    const bodies = (as: 'id' | 'text') =>
      context.sample.map((child) => JSON.stringify({ ...(as === 'id' ? { documentId: document.id } : { query: document.text }), variables: { id: child.id } }));
    const latency = { text: [] as number[], id: [] as number[] };
    for (let round = 0; round < context.settings.rounds; round++) {
      for (const as of ['text', 'id'] as const) {
        context.progress(`  profile sent as ${as}, round ${round + 1} of ${context.settings.rounds}`);
        const figures = await measureLatency({ url: context.target.gatewayUrl, token: context.token, bodies: bodies(as) }, { rounds: 1, requests: context.settings.requests, warmup: context.settings.warmup });
        latency[as].push(figures.medianMs);
      }
    }

    const schema = buildSchema(readFileSync(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    const bounds = gatewayBounds({});
    const calls = 2_000;
    const warmCheck = requestBoundsChecker(() => schema, bounds);
    const boundsWarmUs = microsPerCall(() => warmCheck({ query: document.text, variables: { id: 'x' } }), calls, 5);
    // A document the checker has not parsed before (a new client version, or an attacker's variations).
    const boundsColdUs = microsPerCall((i) => requestBoundsChecker(() => schema, bounds)({ query: `${document.text}\n# ${i}`, variables: { id: 'x' } }), 200, 5);

    // A busy hour: 2,000 officers have each read 50 children; then one more read of one child each.
    const watch = new BulkAccessWatch(accessLimitsFromEnv({}));
    for (let officer = 0; officer < 2_000; officer++) {
      watch.note({ subject: `officer-${officer}`, agency: 'SOCIAL', childIds: Array.from({ length: 50 }, (_, c) => `child-${officer}-${c}`) });
    }
    const accessCountUs = microsPerCall((i) => watch.note({ subject: `officer-${i % 2_000}`, agency: 'SOCIAL', childIds: [`child-next-${i}`] }), calls, 5);

    const textMs = median(latency.text);
    const idMs = median(latency.id);
    return {
      status: 'measured',
      persistedDocuments: { operation: 'Child (full profile, typed client)', medianTextMs: round2(textMs), medianIdMs: round2(idMs), ratio: round2(idMs / textMs) },
      requestBounds: { warmCheckUs: boundsWarmUs, coldCheckUs: boundsColdUs, note: 'per request at the gateway; warm = document parsed before' },
      bulkAccessCount: { perRequestUs: accessCountUs, note: 'per audited answer at each subgraph; 2,000 subjects active' },
      pastTheLimit: { slowdownMs: DEFAULT_SLOWDOWN_MS, note: 'each answer to a subject past its hourly limit waits this long (CHILDGRAPH_ACCESS_SLOWDOWN_MS)' },
    };
  },
};
