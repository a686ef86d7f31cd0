import { insertRows, pgArray, type BulkColumn } from '../../../db/bulk-insert';
import type { RegistryTx } from './refresh';

export interface FactTable {
  /** Qualified table name, e.g. `"registry"."SchoolingFact"`. */
  table: string;
  columns: readonly BulkColumn[];
  rows: readonly Record<string, unknown>[];
  /** Whether the table has a `childId` column (the children whose facts change). */
  hasChildId: boolean;
}

/**
 * Replaces every fact of the given source subjects (pupils, patients, profiles) with the rows a feed
 * page just reported: a subject's feed row carries all its records, so replacing (rather than
 * upserting) also drops records the agency deleted. Returns the children whose facts changed: the
 * ones the facts belonged to before (a record can be relinked to another child) and after.
 */
export async function replaceFactsOf(tx: RegistryTx, subject: { column: string; ids: readonly string[] }, tables: readonly FactTable[]): Promise<string[]> {
  const ids = pgArray(subject.ids);
  const children = new Set<string>();
  for (const { table, hasChildId } of tables) {
    if (!hasChildId) continue;
    const before = await tx.$queryRawUnsafe<{ childId: string }[]>(`SELECT DISTINCT "childId" FROM ${table} WHERE "${subject.column}" = ANY($1::text[]::uuid[])`, ids);
    for (const { childId } of before) children.add(childId);
  }
  for (const { table } of tables) await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE "${subject.column}" = ANY($1::text[]::uuid[])`, ids);
  for (const { table, columns, rows, hasChildId } of tables) {
    await insertRows(tx, table, columns, rows);
    if (hasChildId) for (const row of rows) children.add(row.childId as string);
  }
  return [...children];
}
