import type { Jurisdiction } from '../../../auth/principal';
import { pgArray } from '../../../db/bulk-insert';
import { communesOf } from '../../../domain/admin-units';
import { checkAreaFilter } from '../../registry/area-filter';
import type { AbandonedChildFilter } from './abandoned-children.type';

/** The keyset of the list: most days overdue first, then the earliest found, then the file id. */
export type AbandonedChildKeys = [maxDaysOverdue: number, foundAt: string, caseId: string];

export interface AbandonedChildRow {
  totalCount: number | null;
  id: string;
  version: number;
  foundAt: Date;
  /** foundAt as Postgres prints it, so the cursor casts back to exactly the stored timestamp. */
  foundAtKey: string;
  receivingCommuneCode: string;
  childId: string | null;
  openSteps: number;
  overdueSteps: number;
  maxDaysOverdue: number;
  steps: { step: string; dueOn: string; completedOn: string | null; note: string | null }[] | null;
}

interface Statement {
  text: string;
  values: unknown[];
}

/**
 * One page of reception files with each file's step summary and steps as of `today`, and the
 * filter's total count (if asked), in one statement; `count` alone for an empty page. The sort key
 * moves with `today`, so it cannot be stored: every file in the filter is summarised per page (its
 * steps read by the (caseId, step) index). Reception files are few (a commune receives a handful
 * of abandoned children a year), so this stays cheap.
 */
export function abandonedChildrenPage(
  filter: AbandonedChildFilter,
  jurisdiction: Jurisdiction,
  today: string,
  after: AbandonedChildKeys | null,
  take: number,
  withCount: boolean,
): { page: Statement; count: Statement | null } {
  checkAreaFilter(filter);
  const values: unknown[] = [today];
  const param = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const conditions: string[] = [];
  const inProvince = (code: string) => `c."receivingCommuneCode" = ANY(${param(pgArray(communesOf(code).map((c) => c.code)), 'text[]')})`;
  if (filter.provinceCode != null) conditions.push(inProvince(filter.provinceCode));
  if (filter.communeCode != null) conditions.push(`c."receivingCommuneCode" = ${param(filter.communeCode, 'text')}`);
  if (jurisdiction.kind === 'province') conditions.push(inProvince(jurisdiction.code));
  if (jurisdiction.kind === 'commune') conditions.push(`c."receivingCommuneCode" = ${param(jurisdiction.code, 'text')}`);
  if (filter.overdue != null) conditions.push(`${filter.overdue ? '' : 'NOT '}(s."overdueSteps" > 0)`);
  const files = `SELECT c."id", c."version", c."foundAt", c."foundAt"::text AS "foundAtKey", c."receivingCommuneCode", p."childId",
      s."openSteps", s."overdueSteps", s."maxDaysOverdue", s."steps"
    FROM "protection"."AbandonmentCase" c
    JOIN "protection"."ChildProfile" p ON p."id" = c."profileId"
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r."completedOn" IS NULL)::int AS "openSteps",
        count(*) FILTER (WHERE r."completedOn" IS NULL AND r."dueOn" < $1::date)::int AS "overdueSteps",
        GREATEST(COALESCE(max($1::date - r."dueOn") FILTER (WHERE r."completedOn" IS NULL), 0), 0)::int AS "maxDaysOverdue",
        json_agg(json_build_object('step', r."step", 'dueOn', r."dueOn", 'completedOn', r."completedOn", 'note', r."note") ORDER BY r."dueOn", r."step") AS "steps"
      FROM "protection"."ReceptionStep" r WHERE r."caseId" = c."id"
    ) s
    WHERE ${conditions.length ? conditions.join(' AND ') : 'TRUE'}`;
  const filterValues = [...values];
  const keyset = after
    ? `WHERE ("maxDaysOverdue" < ${param(after[0], 'int')} OR ("maxDaysOverdue" = $${values.length}::int AND ("foundAt", "id") > (${param(after[1], 'timestamp')}, ${param(after[2], 'uuid')})))`
    : '';
  const limit = param(take + 1, 'int');
  const count = `(SELECT count(*)::int FROM files)`;
  const order = 'ORDER BY "maxDaysOverdue" DESC, "foundAt", "id"';
  return {
    page: { text: `WITH files AS (${files}) SELECT ${withCount ? count : 'NULL::int'} AS "totalCount", * FROM files ${keyset} ${order} LIMIT ${limit}`, values },
    count: withCount ? { text: `WITH files AS (${files}) SELECT ${count} AS "totalCount"`, values: filterValues } : null,
  };
}
