import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../shared/logger';
import type { SqlExecutor } from './sql-executor';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}


/** Committed migrations of one subgraph in Prisma's layout, oldest first. */
export function readMigrations(subgraph: string, prismaDir = resolvePrismaDir()): Migration[] {
  const dir = path.join(prismaDir, subgraph, 'migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Works both from src/ (tests, ts) and dist/src/ (compiled). */
export function resolvePrismaDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'prisma', 'generate.cjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the prisma/ folder above ' + __dirname);
    dir = parent;
  }
  return path.join(dir, 'prisma');
}

/**
 * One migrator per database at a time: a session advisory lock, so a second `migrate` (two
 * deployments starting at once) waits for the first and then finds nothing to apply, instead of
 * failing half-way on objects the first is creating. The key is childgraph's own; advisory locks
 * are per database.
 */
const MIGRATION_LOCK = "hashtext('childgraph migrations')";

async function withMigrationLock<T>(db: SqlExecutor, subgraph: string, work: () => Promise<T>): Promise<T> {
  const [{ locked }] = await db.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${MIGRATION_LOCK}) AS locked`);
  if (!locked) {
    logger.info({ subgraph }, 'another process is migrating this database; waiting for it to finish');
    await db.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  }
  try {
    return await work();
  } finally {
    await db.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}

/**
 * Applies pending migrations and records them in `_prisma_migrations` with the columns and
 * checksums `prisma migrate deploy` uses, so a machine with Prisma's native engine agrees with us.
 * `tableSchema` is `public` when the subgraph has its own database (Prisma's default) and the
 * subgraph's own schema when several subgraphs share the embedded instance.
 */
export function applyMigrations(db: SqlExecutor, subgraph: string, tableSchema: string): Promise<string[]> {
  return withMigrationLock(db, subgraph, () => applyPending(db, subgraph, tableSchema));
}

async function applyPending(db: SqlExecutor, subgraph: string, tableSchema: string): Promise<string[]> {
  const table = `"${tableSchema}"."_prisma_migrations"`;
  await db.exec(`CREATE SCHEMA IF NOT EXISTS "${tableSchema}";
CREATE TABLE IF NOT EXISTS ${table} (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`);
  const applied = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM ${table} WHERE rolled_back_at IS NULL`,
  );
  const appliedByName = new Map(applied.map((row) => [row.migration_name, row]));
  const done: string[] = [];
  for (const migration of readMigrations(subgraph)) {
    const previous = appliedByName.get(migration.name);
    if (previous?.finished_at) {
      if (previous.checksum !== migration.checksum) {
        throw new Error(`Migration ${subgraph}/${migration.name} was edited after it was applied; add a new migration instead`);
      }
      continue;
    }
    if (previous) throw new Error(`Migration ${subgraph}/${migration.name} failed earlier; repair the database, then mark it rolled back`);
    await db.exec('BEGIN');
    try {
      await db.exec(migration.sql);
      await db.query(
        `INSERT INTO ${table} (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await db.exec('COMMIT');
    } catch (error) {
      await db.exec('ROLLBACK');
      throw new Error(`Migration ${subgraph}/${migration.name} failed: ${(error as Error).message}`);
    }
    done.push(migration.name);
  }
  return done;
}

/** Where one subgraph's database stands against the committed migrations (`childgraph migrate status`). */
export interface MigrationStatus {
  applied: string[];
  /** Committed, not applied yet. */
  pending: string[];
  /** Started and never finished (a migration that failed): the database needs repair. */
  failed: string[];
  /** Applied, but the committed file changed since. */
  edited: string[];
  /** Applied here, but not among the committed migrations (a newer version of childgraph ran here). */
  unknown: string[];
}

/** Reads, writes nothing: a database never migrated has every migration pending. */
export async function migrationStatus(db: SqlExecutor, subgraph: string, tableSchema: string): Promise<MigrationStatus> {
  const [{ exists }] = await db.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [`"${tableSchema}"."_prisma_migrations"`]);
  const rows = exists
    ? await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "${tableSchema}"."_prisma_migrations" WHERE rolled_back_at IS NULL`,
      )
    : [];
  const committed = readMigrations(subgraph);
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  const names = new Set(committed.map((m) => m.name));
  return {
    applied: committed.filter((m) => byName.get(m.name)?.finished_at).map((m) => m.name),
    pending: committed.filter((m) => !byName.has(m.name)).map((m) => m.name),
    failed: rows.filter((row) => !row.finished_at).map((row) => row.migration_name),
    edited: committed.filter((m) => byName.get(m.name)?.finished_at && byName.get(m.name)!.checksum !== m.checksum).map((m) => m.name),
    unknown: rows.filter((row) => row.finished_at && !names.has(row.migration_name)).map((row) => row.migration_name),
  };
}
