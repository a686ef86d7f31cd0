import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrationStatus, readMigrations, type MigrationStatus } from '../db/migrate';
import { postgresExecutor } from '../db/sql-executor';
import { openStorage, postgresUrlsFromEnv } from '../db/storage';
import { openStorageFromEnv } from '../db/storage-from-env';
import { dataDir } from '../shared/paths';
import { withSubgraphDbs } from '../subgraphs/open-dbs';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';

export async function migrate(): Promise<void> {
  await withSubgraphDbs(await openStorageFromEnv(), async () => {});
  process.stdout.write('every subgraph database is migrated\n');
}

/**
 * `childgraph migrate status`: where each subgraph's database stands, read without writing (a
 * database that does not exist yet is not created). Fails (exit 1) when a migration is pending,
 * failed or edited, so a deployment script can stop before serving.
 */
export async function printMigrationStatus(): Promise<void> {
  const statuses = await readStatuses();
  const lines: string[] = [];
  let behind = false;
  for (const name of SUBGRAPH_NAMES) {
    const status = statuses[name];
    const problems = [
      status.pending.length ? `${status.pending.length} pending (${listed(status.pending)})` : '',
      status.failed.length ? `FAILED: ${status.failed.join(', ')} (repair the database, then mark it rolled back)` : '',
      status.edited.length ? `EDITED after they were applied: ${status.edited.join(', ')}` : '',
      status.unknown.length ? `applied here but not in this version: ${status.unknown.join(', ')}` : '',
    ].filter(Boolean);
    if (status.pending.length || status.failed.length || status.edited.length) behind = true;
    lines.push(`${name.padEnd(11)} ${status.applied.length} applied${problems.length ? `; ${problems.join('; ')}` : ', up to date'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (behind) throw new Error('the databases are not at the committed migrations: run childgraph migrate (or repair what failed)');
}

/** Names, the first and last of a long list only. */
const listed = (names: string[]) => (names.length > 3 ? `${names[0]} … ${names.at(-1)}` : names.join(', '));

async function readStatuses(): Promise<Record<SubgraphName, MigrationStatus>> {
  const statuses = {} as Record<SubgraphName, MigrationStatus>;
  const neverMigrated = (name: SubgraphName): MigrationStatus => ({ applied: [], pending: readMigrations(name).map((m) => m.name), failed: [], edited: [], unknown: [] });
  const urls = postgresUrlsFromEnv(process.env, process.env.CHILDGRAPH_DB_PREFIX ?? 'childgraph');
  if (urls) {
    for (const name of SUBGRAPH_NAMES) {
      const db = await postgresExecutor(urls[name]).catch((error: { code?: string }) => {
        if (error.code === '3D000') return null; // the database does not exist yet
        throw error;
      });
      if (!db) statuses[name] = neverMigrated(name);
      else statuses[name] = await migrationStatus(db, name, 'public').finally(() => db.close());
    }
    return statuses;
  }
  const directory = path.join(dataDir(), 'pglite');
  if (!existsSync(directory)) {
    for (const name of SUBGRAPH_NAMES) statuses[name] = neverMigrated(name);
    return statuses;
  }
  const storage = await openStorage({ kind: 'embedded', dataDir: directory });
  try {
    for (const name of SUBGRAPH_NAMES) {
      const db = await storage.executorFor(name);
      statuses[name] = await migrationStatus(db, name, storage.migrationsTableSchema(name)).finally(() => db.close());
    }
  } finally {
    await storage.close();
  }
  return statuses;
}
