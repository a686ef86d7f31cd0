import { loadTokenKeys } from '../auth/token';
import { openStorageFromEnv } from '../db/storage-from-env';
import { dataDir } from '../shared/paths';
import { withSubgraphDbs } from '../subgraphs/open-dbs';
import { DERIVATIONS, endpointsFromEnv, HUB_FEEDS, HubClient, refreshHub } from '../subgraphs/registry/feeds';
import { UsageError } from './usage-error';

/**
 * One refresh of the registry's cross-agency facts and lists, for a cron job in distributed mode
 * (the registry process and `serve` also refresh on their own every CHILDGRAPH_REFRESH_SECONDS).
 */
export async function refresh(): Promise<void> {
  const storage = await openStorageFromEnv();
  if (storage.config.kind === 'embedded') {
    await storage.close();
    throw new UsageError('in embedded mode `npm start` refreshes by itself; `refresh` is for PostgreSQL deployments (set DATABASE_URL or REGISTRY_DATABASE_URL)');
  }
  await withSubgraphDbs(storage, async (dbs) => {
    const summary = await refreshHub(dbs.registry, new HubClient(endpointsFromEnv(), loadTokenKeys(dataDir())), HUB_FEEDS, DERIVATIONS);
    for (const { feed, rows } of summary.feeds) process.stdout.write(`${feed}: ${rows} changed records read\n`);
    process.stdout.write(`${summary.childrenChanged} children recomputed${summary.fullRecompute ? ' (first load: every child)' : ''} in ${summary.ms} ms\n`);
  });
}
