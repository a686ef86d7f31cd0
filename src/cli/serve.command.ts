import { loadTokenKeys } from '../auth/token';
import { readCommittedSupergraph } from '../gateway/artefacts';
import { withSubgraphUrls } from '../gateway/compose';
import { startGateway } from '../gateway/gateway';
import { startModuleServer, startStack } from '../gateway/stack';
import { applyMigrations } from '../db/migrate';
import { openStorage } from '../db/storage';
import { openStorageFromEnv } from '../db/storage-from-env';
import { logger } from '../shared/logger';
import { dataDir } from '../shared/paths';
import { DEFAULT_SUBGRAPH_PORT, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { SUBGRAPHS } from '../subgraphs';
import type { RegistryDb } from '../subgraphs/registry/registry.db';
import { DERIVATIONS, endpointsFromEnv, HUB_FEEDS, HubClient, hubRefreshJob, refreshHub, refreshIntervalMs } from '../subgraphs/registry/feeds';
import { linkEnteredIntervalMs, linkEnteredJob } from '../imports/link-entered-job';
import { startRecurringJobs } from '../jobs/start-jobs';
import { DEFAULT_RATES } from '../synthetic/rates';
import { seedPopulation } from '../synthetic/seed';
import { progressReporter } from './progress';
import { startTracing, stopTracing } from '../server/tracing';
import { drain } from '../server/draining';

const print = (line: string) => process.stdout.write(`${line}\n`);

function closeOnSignal(close: () => Promise<void>) {
  const stop = () => {
    drain().then(close).then(stopTracing).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `npm start`: everything in one process, seeded with a small population on first start. */
export async function serve(options: { seedChildren: number }): Promise<void> {
  startTracing('childgraph');
  const intervals = { refresh: refreshIntervalMs(), link: linkEnteredIntervalMs() };
  const storage = await openStorageFromEnv();
  const keys = loadTokenKeys(dataDir());
  const stack = await startStack({
    storage,
    keys,
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4000),
    beforeServe: async (dbs) => {
      if ((await dbs.registry.masterChild.count()) > 0) return;
      print(`First start: seeding ${options.seedChildren} synthetic children (seed 1)…`);
      const onProgress = progressReporter('seeding children', options.seedChildren);
      await seedPopulation(storage, { children: options.seedChildren, seed: 1, rates: DEFAULT_RATES, onProgress });
    },
  });
  const stopJobs = await startRecurringJobs(storage.config.kind === 'postgres' ? storage.config.urls.registry : null, [
    hubRefreshJob(stack.dbs.registry, stack.refreshHub, intervals.refresh),
    linkEnteredJob(stack.dbs, intervals.link),
  ]);
  closeOnSignal(async () => {
    await stopJobs();
    await stack.close();
  });
  const where = storage.config.kind === 'embedded' ? `embedded PGlite in ${storage.config.dataDir}` : 'PostgreSQL';
  print(`childgraph is running (${where}).`);
  print(`  GraphQL gateway: ${stack.gateway.url}`);
  print(`  Health:          ${new URL('/healthz', stack.gateway.url)}`);
  print(`  Get a token:     npm run cli -- token --agency SOCIAL`);
  print(`  Then:            curl -H "Authorization: Bearer <token>" -H 'content-type: application/json' \\`);
  print(`                     -d '{"query":"{ children(first: 3) { totalCount edges { node { id fullName } } } }"}' ${stack.gateway.url}`);
}

/** Distributed mode: one subgraph in this process, against its own PostgreSQL database. */
export async function serveSubgraph(name: SubgraphName): Promise<void> {
  startTracing(`childgraph-${name}`);
  const url = process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const refreshMs = refreshIntervalMs();
  if (!url) throw new Error(`Set ${name.toUpperCase()}_DATABASE_URL to this subgraph's PostgreSQL database`);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, url])) as Record<SubgraphName, string>;
  const storage = await openStorage({ kind: 'postgres', urls });
  const executor = await storage.executorFor(name);
  await applyMigrations(executor, name, storage.migrationsTableSchema(name)).finally(() => executor.close());
  const module = SUBGRAPHS.find((m) => m.name === name)!;
  const db = module.createDb(storage.adapterFor(name));
  const keys = loadTokenKeys(dataDir());
  const { server } = await startModuleServer(module, db, {
    keys,
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? DEFAULT_SUBGRAPH_PORT[name]),
  });
  // The registry process keeps the cross-agency lists current from the other subgraphs' feeds; its
  // replicas share the refresh through the job queue in its database. Linking entered records needs
  // every subgraph's database: `childgraph import … --link-entered` from cron in this mode.
  const registry = db as RegistryDb;
  const refresh = () => refreshHub(registry, new HubClient(endpointsFromEnv(), keys), HUB_FEEDS, DERIVATIONS);
  const stopJobs = name === 'registry' ? await startRecurringJobs(url, [hubRefreshJob(registry, refresh, refreshMs)]) : async () => {};
  closeOnSignal(async () => {
    await stopJobs();
    await server.close();
    await db.$disconnect();
  });
  print(`subgraph ${name}: ${server.url}`);
}

/** Distributed mode: the gateway over the committed supergraph. */
export async function serveGateway(): Promise<void> {
  startTracing('childgraph-gateway');
  const overrides = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, process.env[`SUBGRAPH_${n.toUpperCase()}_URL`]]));
  const gateway = await startGateway({
    supergraphSdl: withSubgraphUrls(readCommittedSupergraph(), overrides),
    keys: loadTokenKeys(dataDir()),
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4000),
  });
  closeOnSignal(gateway.close);
  print(`gateway: ${gateway.url}`);
}
