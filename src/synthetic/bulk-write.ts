import type { SqlExecutor } from '../db/sql-executor';
import type { SubgraphName } from '../subgraphs/subgraph-names';
import type { BatchRows, Row } from './batch';

/** One table's rows in COPY text format: cheap to pass between threads, ready to stream. */
export interface CopyTable {
  table: string;
  columns: string[];
  text: string;
}
export type CopyBatch = Record<SubgraphName, CopyTable[]>;

export function toCopyBatch(rows: BatchRows): CopyBatch {
  const batch = {} as CopyBatch;
  for (const [subgraph, tables] of Object.entries(rows) as [SubgraphName, Record<string, Row[]>][]) {
    batch[subgraph] = Object.entries(tables)
      .filter(([, tableRows]) => tableRows.length > 0)
      .map(([table, tableRows]) => {
        const columns = columnsOf(tableRows);
        let text = '';
        for (const row of tableRows) {
          let line = copyValue(row[columns[0]]);
          for (let c = 1; c < columns.length; c++) line += '\t' + copyValue(row[columns[c]]);
          text += line + '\n';
        }
        return { table, columns, text };
      });
  }
  return batch;
}

/**
 * Writes one batch of a subgraph's tables in one transaction, in order (parents first).
 * - `direct`: COPY straight into the tables; for a first seed into empty tables.
 * - otherwise COPY into a temporary staging table, then INSERT … ON CONFLICT DO NOTHING, so
 *   re-running a seed (or resuming an interrupted one) adds nothing twice.
 * COPY streams rows in PostgreSQL's bulk format instead of Prisma createMany's parameterised
 * INSERT statements, which would make a full population take many times longer to seed.
 */
export async function writeCopyTables(db: SqlExecutor, schema: string, tables: CopyTable[], direct: boolean): Promise<void> {
  if (tables.length === 0) return;
  await db.exec('BEGIN');
  try {
    for (const { table, columns, text } of tables) {
      const quoted = columns.map((c) => `"${c}"`).join(', ');
      const target = `"${schema}"."${table}"`;
      if (direct) {
        await db.copyFrom(`COPY ${target} (${quoted}) FROM STDIN`, text);
        continue;
      }
      const stage = `"stage_${table}"`;
      await db.exec(`CREATE TEMP TABLE ${stage} (LIKE ${target} INCLUDING DEFAULTS) ON COMMIT DROP`);
      await db.copyFrom(`COPY ${stage} (${quoted}) FROM STDIN`, text);
      await db.exec(`INSERT INTO ${target} (${quoted}) SELECT ${quoted} FROM ${stage} ON CONFLICT DO NOTHING`);
    }
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}

function columnsOf(rows: Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

// Synthetic data repeats few distinct instants (birth dates, the fixed stamp): formatting each once pays.
const timestampText = new Map<number, string>();
function formatTimestamp(time: number): string {
  let text = timestampText.get(time);
  if (text === undefined) {
    const iso = new Date(time).toISOString();
    text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
    if (timestampText.size > 200_000) timestampText.clear();
    timestampText.set(time, text);
  }
  return text;
}

/** One value in COPY's text format. Dates go without a zone: Prisma stores UTC in timestamp(3). */
export function copyValue(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return formatTimestamp(value.getTime());
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
