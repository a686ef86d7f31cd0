import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The few raw SQL operations the migration runner and bulk writers need, over either a
 * PostgreSQL connection or the embedded PGlite instance.
 */
export interface SqlExecutor {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `COPY <target> FROM STDIN` with `data` in PostgreSQL's text format. */
  copyFrom(copySql: string, data: string): Promise<void>;
  close(): Promise<void>;
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    // PGlite reads COPY input from a virtual /dev/blob file rather than the protocol's STDIN.
    copyFrom: async (copySql, data) => {
      await db.query(copySql.replace(/FROM STDIN$/, "FROM '/dev/blob'"), [], { blob: new Blob([data]) });
    },
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
    copyFrom: async (copySql, data) => {
      const stream = client.query(copyFrom(copySql));
      await pipeline(Readable.from([data]), stream);
    },
    close: () => client.end(),
  };
}
