import type { RegistryDb } from '../registry.db';
import { pgArray } from '../../../db/bulk-insert';
import type { CountName } from './counts';
import { ageBandSql, countedOnDaySql } from './cube-sql';

/** Where a table's counts are read: today's cube (any breakdown), a past day's snapshot (areas only), or the Article 10 group cube. */
export type CountSource = { kind: 'cube'; categorySql: string | null } | { kind: 'snapshot'; day: string } | { kind: 'groups' };

/** One area's counts, for one category of the breakdown (null: no breakdown). */
export interface AreaCounts {
  area: string;
  category: string | null;
  counts: Record<string, number>;
}

const TABLES = { cube: '"registry"."IndicatorCube"', snapshot: '"registry"."IndicatorSnapshot"', groups: '"registry"."IndicatorGroupCube"' } as const;

/**
 * The counts summed per province (every province: the country's table fixes what each province's
 * may publish) and per commune of the given provinces, each per category when broken down.
 */
export async function readCounts(db: RegistryDb, source: CountSource, counts: readonly CountName[], communesOf: readonly string[]): Promise<{ provinces: AreaCounts[]; communes: AreaCounts[] }> {
  const category = source.kind === 'cube' ? source.categorySql : source.kind === 'groups' ? '"circumstanceGroup"' : null;
  const sums = counts.map((c) => `sum("${c}")::int AS "${c}"`).join(', ');
  // A snapshot's day is $1; the provinces whose communes are read come after it.
  const dayParams = source.kind === 'snapshot' ? [source.day] : [];
  const day = source.kind === 'snapshot' ? `"day" = $1::date` : 'true';
  const provincesParam = `$${dayParams.length + 1}::text[]`;
  const select = (area: string, where: string) =>
    `SELECT ${area} AS area, ${category ?? 'NULL::text'} AS category, ${sums} FROM ${TABLES[source.kind]} WHERE ${day} AND ${where} GROUP BY 1, 2`;
  type Row = { area: string; category: string | null } & Record<string, number>;
  const [provinces, communes] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(select('"provinceCode"', 'true'), ...dayParams),
    communesOf.length === 0
      ? Promise.resolve([] as Row[])
      : db.$queryRawUnsafe<Row[]>(select('"communeCode"', `"provinceCode" = ANY(${provincesParam})`), ...dayParams, pgArray([...communesOf])),
  ]);
  const shape = (rows: Row[]): AreaCounts[] => rows.map(({ area, category: c, ...rest }) => ({ area, category: c, counts: rest as Record<string, number> }));
  return { provinces: shape(provinces), communes: shape(communes) };
}

/** Median days from reception to birth registration per area (and category), from the children's rows on `day`. */
export async function readMedians(db: RegistryDb, day: string, categorySql: string | null, communesOf: readonly string[]): Promise<Map<string, number>> {
  const children = `SELECT "provinceCode", "communeCode", "daysToBirthRegistration", "ethnicGroup", "hasDisability", "sex"::text AS "sex", ${ageBandSql('"birthDate"')} AS "ageBand" FROM "registry"."ChildIndicator"
    WHERE "abandonedFoundOn" <= $1::date AND "daysToBirthRegistration" IS NOT NULL AND ${countedOnDaySql('"birthDate"')}`;
  type Row = { area: string; category: string | null; median: number };
  // Per area, and per area and category: a median does not add up, so each level is its own query.
  const query = (area: string, where: string, ...params: unknown[]) =>
    db.$queryRawUnsafe<Row[]>(
      `SELECT ${area} AS area, ${categorySql ?? 'NULL::text'} AS category, percentile_disc(0.5) WITHIN GROUP (ORDER BY "daysToBirthRegistration")::int AS median
       FROM (${children}) c WHERE ${where} GROUP BY GROUPING SETS ((1, 2), (1))`,
      day,
      ...params,
    );
  const levels = await Promise.all([
    query(`'VN'::text`, 'true'),
    query('"provinceCode"', 'true'),
    communesOf.length ? query('"communeCode"', '"provinceCode" = ANY($2::text[])', pgArray([...communesOf])) : Promise.resolve([] as Row[]),
  ]);
  return new Map(levels.flat().map((r) => [cellKey(r.area, r.category), r.median]));
}

/** The key of a published cell: an area and a category (TOTAL for the whole area). */
export const cellKey = (area: string, category: string | null): string => `${area}|${category ?? 'TOTAL'}`;
