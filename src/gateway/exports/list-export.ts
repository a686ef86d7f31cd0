/**
 * A list that the gateway's download endpoint can export: `GET /exports/<name>.csv|.xlsx?<filter>`
 * pages through `rootField` with the caller's own token. Adding a list is adding one of these to
 * LIST_EXPORTS (./index.ts); the mechanism does not change.
 */
export interface ListExport {
  /** URL segment, e.g. 'civil-status-gaps'. */
  name: string;
  /** The connection root field; it takes `filter`, `first` and `after`. */
  rootField: string;
  /** GraphQL input type of its `filter` argument: each of its fields is a query parameter. */
  filterType: string;
  /** Selection inside edges { node { … } }. */
  nodeSelection: string;
  /**
   * A node that exports as several rows (a file's steps): the rows, each handed to the columns.
   * Without it, each node is one row.
   */
  rowsOf?(node: Record<string, unknown>): Record<string, unknown>[];
  /** A Date cell is a date: YYYY-MM-DD in CSV, a date cell in XLSX. */
  columns: { key: string; en: string; vi: string; value(row: Record<string, unknown>): string | number | Date | null }[];
}
