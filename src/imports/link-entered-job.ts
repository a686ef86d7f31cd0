import { intervalMsFromEnv, type RecurringJob } from '../jobs/recurring-job';
import { logger } from '../shared/logger';
import type { SubgraphDbs } from '../subgraphs';
import { RECORD_KINDS } from '../subgraphs/record-kinds';
import { linkEnteredRecords } from './run-import';

/** How often records entered through save mutations are linked (CHILDGRAPH_LINK_SECONDS, default 300; 0: only by `childgraph import … --link-entered`). */
export function linkEnteredIntervalMs(): number {
  return intervalMsFromEnv('CHILDGRAPH_LINK_SECONDS', 300);
}

/**
 * `childgraph import <subgraph> <kind> --link-entered` for every kind, as a recurring job: a save
 * mutation's subgraph cannot reach the registry, so its record waits for this. Records with a
 * personal ID the registry knows are linked and their master child id written back; the others go
 * to the pending queue, which `childgraph link` works through as after an import. It needs every
 * subgraph's database, so it runs where they are all open (`serve`).
 */
export function linkEnteredJob(dbs: SubgraphDbs, intervalMs: number): RecurringJob {
  return {
    name: 'link-entered',
    intervalMs,
    run: async () => {
      const total = { runs: 0, linked: 0, queued: 0 };
      for (const kind of RECORD_KINDS) {
        const counts = await linkEnteredRecords(kind, dbs[kind.subgraph as keyof SubgraphDbs], dbs.registry);
        total.runs += counts.runs;
        total.linked += counts.linked;
        total.queued += counts.queued;
      }
      if (total.linked + total.queued > 0) logger.info(total, 'entered records linked');
    },
  };
}
