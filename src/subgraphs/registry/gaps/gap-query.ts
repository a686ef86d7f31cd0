import type { Jurisdiction } from '../../../auth/principal';
import { checkAreaFilter } from '../area-filter';
import { pgArray } from '../../../db/bulk-insert';
import { badUserInput } from '../../../shared/errors';
import { listPageStatement, type IndexColumn, type ListPageExtras, type ListPageStatement } from '../list-page';
import type { GapFilter } from './gaps.type';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

const MAX_AGE = 17;

/** The WHERE clause of a filter within a jurisdiction, with its parameters; bad filters are BAD_USER_INPUT. */
export function gapWhere(filter: GapFilter, jurisdiction: Jurisdiction, asOf: string): { sql: string; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  checkAreaFilter(filter);
  if (filter.provinceCode != null) conditions.push(`"provinceCode" = ${param(filter.provinceCode, 'text')}`);
  if (filter.communeCode != null) conditions.push(`"communeCode" = ${param(filter.communeCode, 'text')}`);
  if (filter.kinds != null) {
    if (filter.kinds.length === 0) throw badUserInput('kinds is empty; leave it out to list every kind', 'filter');
    conditions.push(`"kinds" && ${param(pgArray(filter.kinds), 'text[]')}`);
  }
  if (filter.detectedBy != null) {
    if (filter.detectedBy.length === 0) throw badUserInput('detectedBy is empty; leave it out to list children revealed by any agency', 'filter');
    conditions.push(`"detectedBy" && ${param(pgArray(filter.detectedBy), 'text[]')}`);
  }
  for (const [name, age] of [['ageFrom', filter.ageFrom], ['ageTo', filter.ageTo]] as const) {
    if (age != null && (age < 0 || age > MAX_AGE)) throw badUserInput(`${name} must be an age in years from 0 to ${MAX_AGE}; got ${age}`, 'filter');
  }
  if (filter.ageFrom != null && filter.ageTo != null && filter.ageFrom > filter.ageTo) throw badUserInput(`ageFrom (${filter.ageFrom}) is greater than ageTo (${filter.ageTo})`, 'filter');
  // Age in whole years on the day deadlines are measured at: born on or before asOf minus ageFrom years, after asOf minus ageTo+1 years.
  if (filter.ageFrom != null) conditions.push(`"birthDate" <= ${param(yearsBefore(asOf, filter.ageFrom), 'date')}`);
  if (filter.ageTo != null) conditions.push(`"birthDate" > ${param(yearsBefore(asOf, filter.ageTo + 1), 'date')}`);
  if (jurisdiction.kind === 'province') conditions.push(`"provinceCode" = ${param(jurisdiction.code, 'text')}`);
  if (jurisdiction.kind === 'commune') conditions.push(`"communeCode" = ${param(jurisdiction.code, 'text')}`);
  return { sql: conditions.length ? conditions.join(' AND ') : 'TRUE', values };
}

function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  // 29 February minus whole years lands on 1 March: keep the end of February instead.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export interface GapRow extends ListPageExtras {
  kinds: string[];
  detectedBy: string[];
  since: Date;
  details: unknown;
}

const GAP_COLUMNS = '"childId", "kinds", "detectedBy", "since", "details"';

/**
 * One page, oldest gap first, after a keyset cursor (since, childId), with the filter's total count
 * and each child's master index entry, in one statement (list-page.ts).
 */
export function gapPageQuery(
  where: { sql: string; values: unknown[] },
  after: [string, string] | null,
  take: number,
  options: { count: boolean; indexColumns: readonly IndexColumn[] },
): ListPageStatement {
  const n = where.values.length;
  const keyset = after && { sql: `("since", "childId") > ($${n + 1}::date, $${n + 2}::text)`, values: after };
  return listPageStatement({
    table: '"registry"."CivilStatusGap"', columns: GAP_COLUMNS, where: where.sql, values: where.values, after: keyset,
    orderBy: '"since", "childId"', take, count: options.count, indexColumns: options.indexColumns,
  });
}

/**
 * The benchmark's floor for a 500-row gap page of one province: the same rows as
 * `civilStatusGaps(filter: { provinceCode }, first: 500)` with the child's master index entry
 * (name, date of birth, sex, commune), in one hand-written query on the registry database.
 */
export function civilStatusGapsFloorQuery(provinceCode: string, first = 500): SqlQuery {
  return {
    text: `SELECT g."childId", g."kinds", g."detectedBy", g."since", g."details", m."fullName", m."birthDate", m."sex", m."communeCode", m."personalId"
FROM "registry"."CivilStatusGap" g JOIN "registry"."MasterChild" m ON m."id" = g."childId"
WHERE g."provinceCode" = $1 ORDER BY g."since", g."childId" LIMIT $2`,
    values: [provinceCode, first],
  };
}
