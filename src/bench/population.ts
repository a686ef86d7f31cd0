import path from 'node:path';
import type { StorageConfig } from '../db/storage';
import { postgresUrlsFromEnv } from '../db/storage';
import { dataDir } from '../shared/paths';

/**
 * `childgraph_bench_<N>`; CHILDGRAPH_BENCH_DB_PREFIX replaces `childgraph_bench` so that test runs
 * of several checkouts on one server keep apart.
 */
export const benchDatabasePrefix = (children: number, env: NodeJS.ProcessEnv = process.env): string =>
  `${env.CHILDGRAPH_BENCH_DB_PREFIX ?? 'childgraph_bench'}_${children}`;

/** Every benchmark population is seeded with this seed: the same N always means the same children. */
export const BENCH_SEED = 1;

/**
 * Where a benchmark population of `children` lives: its own databases, apart from `npm start`'s,
 * so it is seeded once and reused by later runs. PostgreSQL (DATABASE_URL): databases
 * `childgraph_bench_<N>_<subgraph>`; embedded: `.data/bench/children-<N>/`.
 */
export function benchStorageConfig(children: number, env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const urls = postgresUrlsFromEnv(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}, benchDatabasePrefix(children, env));
  return urls ? { kind: 'postgres', urls } : { kind: 'embedded', dataDir: path.join(dataDir(), 'bench', `children-${children}`) };
}

export function describeStorage(config: StorageConfig): string {
  return config.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
}
