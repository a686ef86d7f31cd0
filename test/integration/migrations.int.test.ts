import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { applyMigrations, migrationStatus, readMigrations, resolvePrismaDir } from '../../src/db/migrate';
import { diffDatabaseToSchemaSql } from '../../src/db/schema-engine';
import { openStorage, type Storage } from '../../src/db/storage';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import type { SubgraphDbs } from '../../src/subgraphs';
import { testStorageConfig } from './harness';

let storage: Storage;
let dbs: SubgraphDbs;
beforeAll(async () => {
  storage = await openStorage(await testStorageConfig('migrations'));
  dbs = await openSubgraphDbs(storage);
});
afterAll(async () => {
  await closeSubgraphDbs(dbs);
  await storage.close();
});

describe.each(SUBGRAPH_NAMES)('%s migrations on this database', (name) => {
  it('leave the database exactly as schema.prisma describes', async () => {
    const schema = readFileSync(path.join(resolvePrismaDir(), name, 'schema.prisma'), 'utf8');
    expect(await diffDatabaseToSchemaSql({ adapterFactory: storage.adapterFor(name), schema })).toBe('');
  });

  it('are recorded the way prisma migrate deploy records them, and re-running applies nothing', async () => {
    const executor = await storage.executorFor(name);
    const table = `"${storage.migrationsTableSchema(name)}"."_prisma_migrations"`;
    try {
      const rows = await executor.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM ${table} ORDER BY migration_name`,
      );
      expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(
        readMigrations(name).map((m) => ({ migration_name: m.name, checksum: m.checksum })),
      );
      expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
      expect(await applyMigrations(executor, name, storage.migrationsTableSchema(name))).toEqual([]);
      expect(await migrationStatus(executor, name, storage.migrationsTableSchema(name))).toEqual({
        applied: readMigrations(name).map((m) => m.name), pending: [], failed: [], edited: [], unknown: [],
      });
    } finally {
      await executor.close();
    }
  });
});

it('refuses to run when an applied migration was edited afterwards', async () => {
  const executor = await storage.executorFor('health');
  const table = `"${storage.migrationsTableSchema('health')}"."_prisma_migrations"`;
  try {
    await executor.exec(`UPDATE ${table} SET checksum = 'tampered' WHERE migration_name = '${readMigrations('health')[0].name}'`);
    await expect(applyMigrations(executor, 'health', storage.migrationsTableSchema('health'))).rejects.toThrow(/edited after it was applied/);
    expect((await migrationStatus(executor, 'health', storage.migrationsTableSchema('health'))).edited).toEqual([readMigrations('health')[0].name]);
  } finally {
    await executor.close();
  }
});

// Two deployments starting at once: the embedded database belongs to one process, so PostgreSQL only.
(process.env.DATABASE_URL ? it : it.skip)('two migrators at once: one waits for the other, both succeed, each migration applied once', async () => {
  const fresh = await openStorage(await testStorageConfig('migrations_race'));
  const executors = await Promise.all([fresh.executorFor('registry'), fresh.executorFor('registry')]);
  try {
    expect((await migrationStatus(executors[0], 'registry', 'public')).pending).toEqual(readMigrations('registry').map((m) => m.name));
    const [first, second] = await Promise.all(executors.map((executor) => applyMigrations(executor, 'registry', 'public')));
    expect([...first, ...second].sort()).toEqual(readMigrations('registry').map((m) => m.name));
    const status = await migrationStatus(executors[0], 'registry', 'public');
    expect({ pending: status.pending, failed: status.failed, applied: status.applied.length }).toEqual({ pending: [], failed: [], applied: readMigrations('registry').length });
  } finally {
    await Promise.all(executors.map((executor) => executor.close()));
    await fresh.close();
  }
});
