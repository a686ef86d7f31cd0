import { randomUUID } from 'node:crypto';
import { insertRows, type BulkColumn, type RawExecutor } from '../db/bulk-insert';

interface Versioned {
  id: string;
  version: number;
}

export interface HistoryRow {
  id: string;
  tableName: string;
  recordId: string;
  version: number;
  data: object;
  importRunId: string;
}

/** How an import reads, compares and writes one table of a subgraph. */
export interface UpsertTable<Existing extends Versioned> {
  /** Qualified table name for the set-based insert, e.g. `"education"."Pupil"`. */
  table: string;
  /** Name in RecordHistory. */
  name: string;
  /** Columns the insert writes (every new row carries them all, plus id, importRunId, updatedAt). */
  columns: readonly BulkColumn[];
  /** Fields whose change makes a re-sent row an update. */
  compared: readonly string[];
  /** Existing rows for these natural keys, and the natural key of one. */
  find(keys: string[]): Promise<Existing[]>;
  keyOf(row: Existing): string;
  update(id: string, fields: Record<string, unknown>): Promise<unknown>;
}

export interface UpsertResult {
  idByKey: Map<string, string>;
  inserted: Map<string, Record<string, unknown>>;
  updated: Set<string>;
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

/**
 * Whether writing `fields` over `existing` changes any of the `compared` fields: what makes a re-sent
 * row an update here, and what a save mutation asks of the records it would touch.
 */
export function wouldChange(existing: object, fields: object, compared: readonly string[]): boolean {
  const before = existing as Record<string, unknown>;
  const after = fields as Record<string, unknown>;
  return compared.some((field) => !same(before[field], after[field]));
}

/**
 * Writes rows keyed by a natural key into one table: new keys in one set-based INSERT, changed rows
 * updated with their version bumped and the previous version added to `history`, the rest left
 * alone. Within one batch the last row of a key wins.
 */
export async function upsertTable<Existing extends Versioned>(
  tx: RawExecutor,
  spec: UpsertTable<Existing>,
  rows: Map<string, Record<string, unknown>>,
  runId: string,
  history: HistoryRow[],
): Promise<UpsertResult> {
  const existing = new Map((await spec.find([...rows.keys()])).map((row) => [spec.keyOf(row), row]));
  const result: UpsertResult = { idByKey: new Map(), inserted: new Map(), updated: new Set() };
  for (const [key, fields] of rows) {
    const current = existing.get(key);
    if (!current) {
      const row = { ...fields, id: randomUUID(), importRunId: runId, updatedAt: new Date() };
      result.inserted.set(key, row);
      result.idByKey.set(key, row.id);
      continue;
    }
    result.idByKey.set(key, current.id);
    if (wouldChange(current, fields, spec.compared)) {
      history.push({ id: randomUUID(), tableName: spec.name, recordId: current.id, version: current.version, data: current, importRunId: runId });
      await spec.update(current.id, { ...fields, version: { increment: 1 }, importRunId: runId });
      result.updated.add(key);
    }
  }
  const columns = [{ name: 'id', type: 'uuid' }, ...spec.columns, { name: 'importRunId', type: 'uuid' }, { name: 'updatedAt', type: 'timestamp(3)' }];
  await insertRows(tx, spec.table, columns, [...result.inserted.values()]);
  return result;
}

/** How a rollback restores and removes the rows of one table an import run wrote. */
export interface RollbackTable {
  name: string;
  restore(id: string, previous: Record<string, unknown>): Promise<unknown>;
  /** Deletes rows the run created (all its rows but `keep`); returns their ids. */
  deleteCreated(runId: string, keep: string[]): Promise<string[]>;
}

/**
 * Undoes a run over tables given children first: each row the run changed gets the version before
 * the run back (its first history row of the run), each row it created is deleted.
 */
export async function rollbackTables(history: { tableName: string; recordId: string; data: unknown }[], runId: string, tables: readonly RollbackTable[]) {
  const before = new Map<string, { tableName: string; data: Record<string, unknown> }>();
  for (const h of history) if (!before.has(h.recordId)) before.set(h.recordId, { tableName: h.tableName, data: h.data as Record<string, unknown> });
  let restored = 0;
  const deleted: Record<string, string[]> = {};
  for (const table of tables) {
    const mine = [...before.entries()].filter(([, h]) => h.tableName === table.name);
    for (const [id, h] of mine) await table.restore(id, h.data);
    restored += mine.length;
    deleted[table.name] = await table.deleteCreated(runId, mine.map(([id]) => id));
  }
  return { restored, deleted };
}

/** A history row's JSON date back as a Date. */
export const historyDate = (value: unknown): Date | null => (value ? new Date(String(value)) : null);
