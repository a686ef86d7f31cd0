import type { TokenKeys } from '../auth/token';
import type { Storage } from '../db/storage';
import { accessLogWriter } from '../auth/access-log';
import { accessLimitsFromEnv, BulkAccessWatch, slowingBulkAccess } from '../auth/access-limits';
import { logger } from '../shared/logger';
import type { PrismaLike, SubgraphModule } from '../server/subgraph-module';
import type { SubgraphName } from '../subgraphs/subgraph-names';
import { startSubgraphServer, type RunningServer, type SubgraphServer } from '../server/subgraph-server';
import { SUBGRAPHS, type SubgraphDbs } from '../subgraphs';
import { closeSubgraphDbs, openSubgraphDbs } from '../subgraphs/open-dbs';
import { DERIVATIONS, HUB_FEEDS, HubClient, refreshHub, type RefreshSummary, type SubgraphEndpoints } from '../subgraphs/registry/feeds';
import { composeSupergraph } from './compose';
import { startGateway } from './gateway';

export interface StackOptions {
  storage: Storage;
  keys: TokenKeys;
  host?: string;
  /** Gateway port; 0 picks a free one. */
  port?: number;
  /** Runs after migrations, before any server listens (e.g. the first-start seed). */
  beforeServe?: (dbs: SubgraphDbs) => Promise<void>;
}

export interface Stack {
  gateway: RunningServer;
  subgraphs: Record<SubgraphName, SubgraphServer>;
  dbs: SubgraphDbs;
  /** SQL statements each subgraph has sent since start: the N+1 tests read it. */
  queryCounts: Record<SubgraphName, number>;
  supergraphSdl: string;
  /** Brings the registry's cross-agency facts and lists up to date from the subgraphs' feeds, once. */
  refreshHub(): Promise<RefreshSummary>;
  close(): Promise<void>;
}

/** Starts all six subgraphs and the gateway in this process, composing the supergraph at start. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const queryCounts = {} as Record<SubgraphName, number>;
  for (const module of SUBGRAPHS) queryCounts[module.name] = 0;
  const dbs = await openSubgraphDbs(options.storage, (name) => queryCounts[name]++);
  await options.beforeServe?.(dbs);
  const subgraphs = {} as Record<SubgraphName, SubgraphServer>;
  const sdls: { name: string; sdl: string; url: string }[] = [];
  for (const module of SUBGRAPHS as SubgraphModule<PrismaLike>[]) {
    const { server, sdl } = await startModuleServer(module, dbs[module.name], { keys: options.keys, host: options.host, port: 0 });
    subgraphs[module.name] = server;
    sdls.push({ name: module.name, sdl, url: server.url });
  }
  const { supergraphSdl } = composeSupergraph(sdls);
  // The gateway calls the subgraphs it shares this process with directly when it forwards a whole operation.
  const inProcessSubgraphs = Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.executeInProcess]));
  const gateway = await startGateway({ supergraphSdl, keys: options.keys, host: options.host, port: options.port, inProcessSubgraphs });
  const endpoints = Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])) as SubgraphEndpoints;
  const hub = new HubClient(endpoints, options.keys);
  return {
    gateway,
    subgraphs,
    dbs,
    queryCounts,
    supergraphSdl,
    refreshHub: () => refreshHub(dbs.registry, hub, HUB_FEEDS, DERIVATIONS),
    close: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((s) => s.close()));
      await closeSubgraphDbs(dbs);
      await options.storage.close();
    },
  };
}

/** Serves one subgraph module over its own database: its schema, per-request context, audit log and health check. */
export async function startModuleServer(
  module: SubgraphModule<PrismaLike>,
  db: PrismaLike,
  options: { keys: TokenKeys; host?: string; port: number },
): Promise<{ server: SubgraphServer; sdl: string }> {
  const { schema, sdl } = await module.buildSchema();
  const server = await startSubgraphServer({
    name: module.name,
    schema,
    keys: options.keys,
    host: options.host,
    port: options.port,
    createContext: (principal, requested) => module.createContext(principal, db, requested),
    // Logged first; a subject past its hourly limit of distinct children then waits (bulk-access alerts).
    writeAudit: slowingBulkAccess(accessLogWriter(db, module.name), new BulkAccessWatch(accessLimitsFromEnv()), module.name, logger),
    healthCheck: async () => {
      await db.$queryRawUnsafe('SELECT 1');
    },
    notReadyBecause: module.notReadyBecause ? () => module.notReadyBecause!(db) : undefined,
  });
  return { server, sdl };
}
