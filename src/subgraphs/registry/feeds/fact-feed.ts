import { insertRows, pgArray, type BulkColumn } from '../../../db/bulk-insert';
import type { SubgraphName } from '../../subgraph-names';
import type { HubFeed, RegistryTx } from './refresh';

/**
 * A feed whose rows are upserted, one fact per source record, into a registry fact table with
 * "sourceUpdatedAt" (the record's updatedAt in its subgraph). `toFact` reshapes a row when the
 * table's columns differ from the feed's fields; the master children touched are the rows'
 * childIds and, for a record linked elsewhere before, the child it was linked to.
 */
export function factFeed<Row extends { updatedAt: string; childId: string | null }>(definition: {
  name: string;
  subgraph: SubgraphName;
  field: string;
  rowSelection: string;
  table: string;
  columns: readonly BulkColumn[];
  conflictKey?: string[];
  toFact?: (row: Row) => Record<string, unknown>;
}): HubFeed<Row> {
  const columns = [...definition.columns, { name: 'sourceUpdatedAt', type: 'timestamp(3)' }];
  return {
    name: definition.name,
    subgraph: definition.subgraph,
    field: definition.field,
    rowSelection: definition.rowSelection,
    async apply(tx, rows) {
      const facts = rows.map((row) => ({ ...(definition.toFact ? definition.toFact(row) : row), sourceUpdatedAt: new Date(row.updatedAt) }));
      const key = definition.conflictKey ?? ['recordId'];
      // A record re-linked to another master child leaves the child it was linked to: both change.
      const previous = definition.columns.some((c) => c.name === 'childId') ? await previousChildIds(tx, definition.table, columns, key, facts) : [];
      await insertRows(tx, definition.table, columns, facts, { upsertOn: key });
      return [...previous, ...rows.flatMap((row) => (row.childId ? [row.childId] : []))];
    },
  };
}

/** The childIds the facts with these keys carry now, before the upsert overwrites them. */
async function previousChildIds(tx: RegistryTx, table: string, columns: readonly BulkColumn[], key: readonly string[], facts: Record<string, unknown>[]): Promise<string[]> {
  const types = key.map((name) => columns.find((c) => c.name === name)!.type);
  const arrays = key.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const match = key.map((name, i) => `t."${name}" = k.c${i}::${types[i]}`).join(' AND ');
  const rows = await tx.$queryRawUnsafe<{ childId: string }[]>(
    `SELECT DISTINCT t."childId" FROM ${table} t JOIN unnest(${arrays}) AS k(${key.map((_, i) => `c${i}`).join(', ')}) ON ${match}`,
    ...key.map((name) => pgArray(facts.map((f) => f[name]))),
  );
  return rows.map((r) => r.childId);
}
