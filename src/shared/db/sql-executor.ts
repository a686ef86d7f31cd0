import { Client } from 'pg';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The few raw SQL operations the migration runner and bulk writers need, over either a
 * PostgreSQL connection or the embedded PGlite instance.
 */
export interface SqlExecutor {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    // The shared instance outlives any one user of it; its owner closes it.
    close: async () => undefined,
  };
}

export async function postgresExecutor(connectionString: string): Promise<SqlExecutor> {
  const client = new Client({ connectionString });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
    close: () => client.end(),
  };
}
