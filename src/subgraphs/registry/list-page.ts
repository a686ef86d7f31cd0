import type { RequestedFields } from '../../server/prefetch';
import type { ChildIndexFields } from './child.type';

/**
 * The master index columns a list row can carry, so that `Child.index` on a list node is served from
 * the row itself (no loader, no second query); prefixed to keep them apart from the list's own.
 */
const INDEX_COLUMNS = ['fullName', 'birthDate', 'sex', 'provinceCode', 'communeCode', 'personalId', 'createdAt'] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/**
 * The index columns an operation may read on its list rows: those it names anywhere (by field name,
 * so a superset). Each unread column costs transfer and parsing on every row: the timestamp
 * `createdAt` alone was a fifth of a 500-row page's statement time.
 */
export function indexColumnsFor(requested: RequestedFields): IndexColumn[] {
  return INDEX_COLUMNS.filter((column) => requested.selectsAny([column]));
}

export interface ListPageStatement {
  text: string;
  values: unknown[];
  /** The total count alone, for an empty page, which has no row to carry it; null when not asked. */
  count: { text: string; values: unknown[] } | null;
}

/** What a row of a list page statement carries besides the list's own columns. */
export interface ListPageExtras {
  /** Null when the statement was made without the count. */
  totalCount: number | null;
  childId: string;
  /** Null when the child has no master index entry (then `index` loads it); the other index columns only if asked. */
  index_id: string | null;
  index_fullName?: string;
  index_birthDate?: Date;
  index_sex?: ChildIndexFields['sex'];
  index_provinceCode?: string;
  index_communeCode?: string;
  index_personalId?: string | null;
  index_createdAt?: Date;
}

/**
 * One statement per list page (a round trip and a plan, not four): the page's rows (one more than
 * asked, which tells whether more follow), each with the filter's total count (if asked) and its
 * master index entry, looked up by primary key.
 *
 * `where` and `after.sql` are SQL conditions whose placeholders refer to `values` then `after.values`;
 * `orderBy` names the list's own columns. The master entry is joined LATERAL with LIMIT 1, which
 * keeps it a primary-key lookup per row: as a plain join the planner once chose to hash the whole
 * master index (100,000 rows) for 500 lookups. The statement is flat (count as a column, no outer
 * join around the page) so that the planner sees the rows already arrive in `orderBy` order and
 * streams them: wrapped in a join with the count, the page was sorted again and sent only once
 * complete, 2 ms more on a 500-row page.
 */
export function listPageStatement(options: {
  table: string;
  columns: string;
  where: string;
  values: readonly unknown[];
  after: { sql: string; values: readonly unknown[] } | null;
  orderBy: string;
  take: number;
  /** False when the caller did not select totalCount: the count is the part that grows with the area. */
  count: boolean;
  /** Where the count comes from when not from the rows themselves: a table of per-group counts with the same filter columns. */
  tally?: { table: string; column: string };
  indexColumns: readonly IndexColumn[];
}): ListPageStatement {
  const values = [...options.values, ...(options.after?.values ?? []), options.take + 1];
  const pageWhere = options.after ? `(${options.where}) AND ${options.after.sql}` : options.where;
  const count = options.count ? countSql(options) : null;
  const index = ['id', ...options.indexColumns].map((c) => `m."${c}" AS "index_${c}"`).join(', ');
  const text = `SELECT ${count ?? 'NULL::int'} AS "totalCount", r.*, m.*
  FROM (SELECT ${options.columns} FROM ${options.table} WHERE ${pageWhere} ORDER BY ${options.orderBy} LIMIT $${values.length}) r
  LEFT JOIN LATERAL (SELECT ${index} FROM "registry"."MasterChild" m WHERE m."id" = r."childId" LIMIT 1) m ON TRUE
 ORDER BY ${options.orderBy}`;
  return { text, values, count: count ? { text: `SELECT ${count} AS "totalCount"`, values: [...options.values] } : null };
}

function countSql(options: { table: string; where: string; tally?: { table: string; column: string } }): string {
  return options.tally
    ? `(SELECT COALESCE(sum("${options.tally.column}"), 0)::int FROM ${options.tally.table} WHERE ${options.where})`
    : `(SELECT count(*)::int FROM ${options.table} WHERE ${options.where})`;
}

/** Runs a page statement: its rows and the total count (asked separately only when the page is empty). */
export async function readListPage<Row extends ListPageExtras>(
  db: { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> },
  page: ListPageStatement,
): Promise<{ rows: Row[]; totalCount: number | null }> {
  const rows = await db.$queryRawUnsafe<Row[]>(page.text, ...page.values);
  if (rows.length > 0 || !page.count) return { rows, totalCount: rows[0]?.totalCount ?? null };
  const [{ totalCount }] = await db.$queryRawUnsafe<{ totalCount: number }[]>(page.count.text, ...page.count.values);
  return { rows, totalCount };
}

/**
 * The master index entry a page row carries, or undefined when the child has none (then `index` loads
 * it). It holds the columns the operation names (indexColumnsFor); GraphQL reads no others.
 */
export function indexFieldsOf(row: ListPageExtras): ChildIndexFields | undefined {
  if (row.index_id === null) return undefined;
  return {
    id: row.childId,
    fullName: row.index_fullName,
    birthDate: row.index_birthDate,
    sex: row.index_sex,
    provinceCode: row.index_provinceCode,
    communeCode: row.index_communeCode,
    personalId: row.index_personalId,
    createdAt: row.index_createdAt,
  } as ChildIndexFields;
}
