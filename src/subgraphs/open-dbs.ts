import { applyMigrations } from '../db/migrate';
import type { Storage } from '../db/storage';
import { logger } from '../shared/logger';
import type { PrismaLike } from '../server/subgraph-module';
import type { SubgraphName } from './subgraph-names';
import { SUBGRAPHS, type SubgraphDbs } from '.';

/** Migrates each subgraph's database and opens its data layer. */
export async function openSubgraphDbs(storage: Storage, onQuery?: (name: SubgraphName) => void): Promise<SubgraphDbs> {
  const dbs = {} as Record<SubgraphName, PrismaLike>;
  for (const module of SUBGRAPHS) {
    const executor = await storage.executorFor(module.name);
    try {
      const applied = await applyMigrations(executor, module.name, storage.migrationsTableSchema(module.name));
      if (applied.length) logger.info({ subgraph: module.name, applied }, 'migrations applied');
    } finally {
      await executor.close();
    }
    dbs[module.name] = module.createDb(storage.adapterFor(module.name), { onQuery: () => onQuery?.(module.name) });
  }
  // Each module created its own client type; the map restores the static types the modules erased.
  return dbs as unknown as SubgraphDbs;
}

/** Disconnects every data layer `openSubgraphDbs` opened (the storage stays open). */
export async function closeSubgraphDbs(dbs: Partial<SubgraphDbs>): Promise<void> {
  await Promise.all(Object.values(dbs).map((db: PrismaLike) => db.$disconnect()));
}

/** Brings every subgraph's database to the latest migration, and leaves nothing open but the storage. */
export async function migrateSubgraphDbs(storage: Storage): Promise<void> {
  await closeSubgraphDbs(await openSubgraphDbs(storage));
}

/**
 * Opens every subgraph's database, runs `work` over them, then disconnects them and closes the
 * storage, whether `work` succeeded or not: the storage belongs to this call from here on.
 */
export async function withSubgraphDbs<T>(storage: Storage, work: (dbs: SubgraphDbs) => Promise<T>): Promise<T> {
  try {
    const dbs = await openSubgraphDbs(storage);
    try {
      return await work(dbs);
    } finally {
      await closeSubgraphDbs(dbs);
    }
  } finally {
    await storage.close();
  }
}
