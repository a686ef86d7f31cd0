import type { ExportColumn, Language, ValueLabels } from './list-export';

/** What a table writer receives for one cell. A Date is a calendar day (UTC midnight). */
export type Cell = string | number | Date | null;

/** Lists of values (gap kinds, agencies, reasons) share one cell, separated so that a filter on "contains" still works. */
const LIST_SEPARATOR = '; ';

/** One column of one row as the cell to write: labels in the caller's language, dates as days, lists joined. */
export function cellOf(column: ExportColumn, row: Record<string, unknown>, language: Language): Cell {
  const raw = column.value(row, language);
  if (raw === null || raw === undefined) return null;
  if (column.kind === 'date') return typeof raw === 'string' ? calendarDay(raw) : null;
  if (column.kind === 'code') return String(raw);
  if (Array.isArray(raw)) return raw.map((item) => labelled(column.labels, item, language)).join(LIST_SEPARATOR);
  if (typeof raw === 'number') return raw;
  return labelled(column.labels, raw, language);
}

/** A value shown by its label; one the table lacks (a value added to the schema since) shows as itself rather than vanish. */
function labelled(labels: ValueLabels | undefined, value: unknown, language: Language): string {
  const text = String(value);
  return labels?.[text]?.[language] ?? text;
}

/** The day a GraphQL Date ("2026-03-01") or DateTime falls on, as UTC midnight; null if it is not a date. */
function calendarDay(value: string): Date | null {
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}
