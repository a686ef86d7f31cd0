import type { ValueLabels } from '../../shared/value-labels';

/** The languages an export speaks: its headers and the labels of its coded values. */
export type Language = 'en' | 'vi';

/** The words for each value of an enum, in both languages: the enum's own labels, which the schema describes its values with. */
export type { ValueLabels };

/**
 * How a column's cells are written.
 * - `text` (the default): as it comes; a number stays a number.
 * - `code`: an identifier made of digits (province, commune, school, personal ID) that a
 *   spreadsheet must not read as a number, which would drop its leading zeros.
 * - `date`: a GraphQL Date or DateTime, written as the calendar day it falls on (UTC).
 */
export type ColumnKind = 'text' | 'code' | 'date';

export interface ExportColumn {
  key: string;
  en: string;
  vi: string;
  kind?: ColumnKind;
  /** The enum this column shows: each value (or each of a list's values) is written as its label. */
  labels?: ValueLabels;
  /** The raw value: a string, number, enum value or list of enum values; null or undefined for an empty cell. */
  value(row: Record<string, unknown>, language: Language): unknown;
}

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
  columns: readonly ExportColumn[];
}
