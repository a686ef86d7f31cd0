import type { ChildIndexFields } from './child.type';

/**
 * The master index columns a list row carries, so that `Child.index` on a list node is served from
 * the row itself (no loader, no second query); prefixed to keep them apart from the list's own.
 */
const INDEX_COLUMNS = ['fullName', 'birthDate', 'sex', 'provinceCode', 'communeCode', 'personalId', 'createdAt'] as const;
const INDEX_SELECT = INDEX_COLUMNS.map((c) => `m."${c}" AS "index_${c}"`).join(', ');

export interface ListPageStatement {
  text: string;
  values: unknown[];
}

/** What a row of a list page statement carries besides the list's own columns. */
export interface ListPageExtras {
  /** Null when the statement was made without the count. */
  totalCount: number | null;
  /** Null on the single row of an empty page (it only carries the count). */
  childId: string | null;
  index_fullName: string | null;
  index_birthDate: Date | null;
  index_sex: ChildIndexFields['sex'] | null;
  index_provinceCode: string | null;
  index_communeCode: string | null;
  index_personalId: string | null;
  index_createdAt: Date | null;
}

/**
 * One statement per list page (a round trip and a plan, not four): the filter's total count (if asked), and the
 * page's rows (one more than asked, which tells whether more follow) each joined to its master index
 * entry by primary key. An empty page still returns one row, carrying the count with a null childId.
 *
 * `where` and `after` are SQL conditions whose placeholders refer to `values`; `orderBy` names the
 * list's own columns (they are ordered again outside, since a join does not promise to keep order).
 * The master entry is joined LATERAL with LIMIT 1, which keeps it a primary-key lookup per row: as a
 * plain join the planner chose to hash the whole master index (100,000 rows) for 500 lookups.
 */
export function listPageStatement(options: {
  table: string;
  columns: string;
  where: string;
  after: string | null;
  values: readonly unknown[];
  orderBy: string;
  take: number;
  /** False when the caller did not select totalCount: the count is the part that grows with the area. */
  count: boolean;
  /** Where the count comes from when not from the rows themselves: a table of per-group counts with the same filter columns. */
  tally?: { table: string; column: string };
}): ListPageStatement {
  const values = [...options.values, options.take + 1];
  const pageWhere = options.after ? `(${options.where}) AND ${options.after}` : options.where;
  const text = `SELECT c."totalCount", p.*
  FROM (SELECT ${options.count ? countSql(options) : 'NULL::int'} AS "totalCount") c
  LEFT JOIN LATERAL (
    SELECT r.*, m.*
      FROM (SELECT ${options.columns} FROM ${options.table} WHERE ${pageWhere} ORDER BY ${options.orderBy} LIMIT $${values.length}) r
      LEFT JOIN LATERAL (SELECT ${INDEX_SELECT} FROM "registry"."MasterChild" m WHERE m."id" = r."childId" LIMIT 1) m ON TRUE
  ) p ON TRUE
 ORDER BY ${options.orderBy}`;
  return { text, values };
}

function countSql(options: { table: string; where: string; tally?: { table: string; column: string } }): string {
  return options.tally
    ? `(SELECT COALESCE(sum("${options.tally.column}"), 0)::int FROM ${options.tally.table} WHERE ${options.where})`
    : `(SELECT count(*)::int FROM ${options.table} WHERE ${options.where})`;
}

/** The master index entry a page row carries, or undefined when the child has none (then `index` loads it). */
export function indexFieldsOf(row: ListPageExtras): ChildIndexFields | undefined {
  if (row.childId === null || row.index_fullName === null) return undefined;
  return {
    id: row.childId,
    fullName: row.index_fullName,
    birthDate: row.index_birthDate!,
    sex: row.index_sex!,
    provinceCode: row.index_provinceCode!,
    communeCode: row.index_communeCode!,
    personalId: row.index_personalId,
    createdAt: row.index_createdAt!,
  };
}
