import type { ReactNode } from 'react';
import type { ApiError } from '../api';
import type { Language, MessageKey } from '../i18n';

/** A filter as the form shows it and as the export URL and the GraphQL filter take it. */
export type FilterField = { name: string; label: MessageKey; kind: 'code'; pattern: string } | { name: string; label: MessageKey; kind: 'choices'; choices: Record<Language, Record<string, string>> };

export type FilterValues = Record<string, string | string[]>;

export interface Column<TRow> {
  label: MessageKey;
  cell(row: TRow, language: Language): ReactNode;
}

export interface WorklistPage<TRow> {
  rows: TRow[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  errors: ApiError[];
}

/**
 * One worklist of the app: adding a list is one file with one of these, added to WORKLISTS.
 * `exportName` is the gateway's /exports/<name>.csv|xlsx, which takes the same filter.
 */
export interface Worklist<TRow> {
  name: string;
  title: MessageKey;
  exportName: string;
  filters: FilterField[];
  columns: Column<TRow>[];
  childIdOf(row: TRow): string;
  load(filter: FilterValues, first: number, after: string | null): Promise<WorklistPage<TRow>>;
}

/** The filter without empty fields, for the GraphQL variables. */
export function filterVariables(filter: FilterValues): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== '')));
}

/** The same filter as query parameters of the export. */
export function exportQuery(filter: FilterValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filterVariables(filter))) params.set(name, Array.isArray(value) ? value.join(',') : value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
