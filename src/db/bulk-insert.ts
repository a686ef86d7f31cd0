/**
 * One INSERT for many rows, as `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)`: one
 * statement with one parameter per column, whatever the number of rows. Prisma's createMany builds
 * a parameter per cell and spends most of a 1,000-row batch compiling it.
 */
export interface BulkColumn {
  name: string;
  /** PostgreSQL type of the array elements, e.g. `uuid`, `text`, `date`, `int4`, `"education"."Sex"`. */
  type: string;
}

export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export async function insertRows(
  db: RawExecutor,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  options: { skipDuplicates?: boolean; /** Conflict target: a row that exists there is overwritten with the new values. */ upsertOn?: readonly string[] } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const casts = columns.map((c, i) => `${aliases[i]}::${c.type}`).join(', ');
  const values = columns.map((c) => pgArray(rows.map((row) => row[c.name])));
  const updated = columns.filter((c) => !options.upsertOn?.includes(c.name)).map((c) => `"${c.name}" = EXCLUDED."${c.name}"`);
  const conflict = options.upsertOn
    ? ` ON CONFLICT (${options.upsertOn.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${updated.join(', ')}`
    : options.skipDuplicates
      ? ' ON CONFLICT DO NOTHING'
      : '';
  return db.$executeRawUnsafe(`INSERT INTO ${table} (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases.join(', ')})${conflict}`, ...values);
}

/**
 * A PostgreSQL array literal of text, built here rather than by the driver: the PostgreSQL and
 * PGlite adapters serialise JS arrays differently, a text literal reads the same on both.
 */
export function pgArray(values: readonly unknown[]): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    const text = value instanceof Date ? `${value.toISOString().slice(0, 10)} ${value.toISOString().slice(11, 23)}` : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
