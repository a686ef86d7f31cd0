import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Client } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { lockEmbeddedDirectory } from './embedded-lock';
import { createInMemoryPGlite } from './in-memory-pglite';
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from './sql-executor';

/**
 * Where the subgraphs keep their data.
 * - embedded: one PGlite instance (a directory, or memory when `dataDir` is null) with one
 *   PostgreSQL schema per subgraph: one instance starts faster and holds less memory than six.
 * - postgres: one database per subgraph.
 */
export type StorageConfig =
  | { kind: 'embedded'; dataDir: string | null }
  | { kind: 'postgres'; urls: Record<SubgraphName, string> };

export interface Storage {
  config: StorageConfig;
  adapterFor(name: SubgraphName): SqlDriverAdapterFactory;
  executorFor(name: SubgraphName): Promise<SqlExecutor>;
  /** Where `_prisma_migrations` lives: Prisma's default `public` in a database of one's own. */
  migrationsTableSchema(name: SubgraphName): string;
  close(): Promise<void>;
}

export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.kind === 'embedded') {
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    const unlock = config.dataDir ? lockEmbeddedDirectory(config.dataDir) : () => undefined;
    const pglite = await (config.dataDir ? PGlite.create(config.dataDir) : createInMemoryPGlite()).catch((error: unknown) => {
      unlock();
      throw error;
    });
    return {
      config,
      adapterFor: () => new PrismaPGlite(pglite),
      executorFor: async () => pgliteExecutor(pglite),
      migrationsTableSchema: (name) => name,
      close: async () => {
        await pglite.close();
        unlock();
      },
    };
  }
  await Promise.all(SUBGRAPH_NAMES.map((name) => ensureDatabase(config.urls[name])));
  return {
    config,
    adapterFor: (name) => new PrismaPg({ connectionString: config.urls[name] }),
    executorFor: (name) => postgresExecutor(config.urls[name]),
    migrationsTableSchema: () => 'public',
    close: async () => undefined,
  };
}

/** Creates the database named in `url` when it does not exist (connecting to `postgres`). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another process created it between our check and our CREATE.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL URLs per subgraph from the environment: `<NAME>_DATABASE_URL` each, or
 * `DATABASE_URL` naming a server on which each subgraph gets database `<prefix>_<name>`.
 * Returns null when neither is set (embedded mode).
 */
export function postgresUrlsFromEnv(env: NodeJS.ProcessEnv = process.env, prefix = 'childgraph'): Record<SubgraphName, string> | null {
  const explicit = SUBGRAPH_NAMES.map((name) => env[`${name.toUpperCase()}_DATABASE_URL`]);
  if (!env.DATABASE_URL && explicit.every((url) => !url)) return null;
  const urls = {} as Record<SubgraphName, string>;
  SUBGRAPH_NAMES.forEach((name, i) => {
    const own = explicit[i];
    if (own) urls[name] = own;
    else if (env.DATABASE_URL) urls[name] = databaseUrl(env.DATABASE_URL, `${prefix}_${name}`);
    else throw new Error(`Set ${name.toUpperCase()}_DATABASE_URL, or DATABASE_URL for all subgraphs`);
  });
  return urls;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
