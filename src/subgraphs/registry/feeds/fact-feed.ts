import { insertRows, type BulkColumn } from '../../../shared/db/bulk-insert';
import type { SubgraphName } from '../../../shared/subgraph-names';
import type { HubFeed } from './refresh';

/**
 * A feed whose rows are upserted, one fact per source record, into a registry fact table with
 * "sourceUpdatedAt" (the record's updatedAt in its subgraph). `toFact` reshapes a row when the
 * table's columns differ from the feed's fields; the master children touched are the rows'
 * non-null childIds.
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
      await insertRows(tx, definition.table, columns, facts, { upsertOn: definition.conflictKey ?? ['recordId'] });
      return rows.flatMap((row) => (row.childId ? [row.childId] : []));
    },
  };
}
