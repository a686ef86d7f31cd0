import { COUNT_NAMES, countSql } from './counts';

/** The age bands indicators are broken down by (years on the day). */
export const AGE_BANDS = [
  { code: 'AGE_0_5', from: 0, to: 5 },
  { code: 'AGE_6_10', from: 6, to: 10 },
  { code: 'AGE_11_14', from: 11, to: 14 },
  { code: 'AGE_15_17', from: 15, to: 17 },
] as const;

/** Age in whole years on day $1. */
export const ageOnDaySql = (birthDate: string): string => `date_part('year', age($1::date, ${birthDate}))`;
/** The age band (AGE_BANDS) on day $1. */
export const ageBandSql = (birthDate: string): string => `CASE ${AGE_BANDS.map((b) => `WHEN ${ageOnDaySql(birthDate)} <= ${b.to} THEN '${b.code}'`).join(' ')} END`;
/** The children the indicators count on day $1: born by then, aged 0-17. */
export const countedOnDaySql = (birthDate: string): string => `${birthDate} <= $1::date AND ${ageOnDaySql(birthDate)} <= 17`;
const AGE_BAND = ageBandSql('c."birthDate"');
const COUNTED = countedOnDaySql('c."birthDate"');
const quoted = (name: string) => `"${name}"`;

/** Every count's column, quoted, in catalogue order. */
export const COUNT_COLUMNS = COUNT_NAMES.map(quoted).join(', ');

/**
 * The indicator cube on day $1: per commune, sex, age band, ethnic group and disability, every
 * count of counts.ts summed over the children aged 0-17 that day. Tiny next to the children
 * (at most 32 rows per commune), so any published table is a sum over a few thousand rows.
 */
export function cubeInsertSql(schoolYear: string): string {
  const sums = COUNT_NAMES.map((name) => `count(*) FILTER (WHERE ${countSql(name, schoolYear)})::int`).join(',\n    ');
  return `
INSERT INTO "registry"."IndicatorCube" ("communeCode", "provinceCode", "sex", "ageBand", "ethnicGroup", "hasDisability", ${COUNT_COLUMNS})
SELECT c."communeCode", c."provinceCode", c."sex"::text, ${AGE_BAND}, c."ethnicGroup", c."hasDisability",
    ${sums}
FROM "registry"."ChildIndicator" c
WHERE ${COUNTED}
GROUP BY 1, 2, 3, 4, 5, 6`;
}

/** Children in special circumstances and those supported, per commune and Article 10 group; the sensitive groups only together, as SENSITIVE. */
export function groupCubeInsertSql(schoolYear: string): string {
  return `
INSERT INTO "registry"."IndicatorGroupCube" ("communeCode", "provinceCode", "circumstanceGroup", "specialCircumstances", "specialSupported")
SELECT c."communeCode", c."provinceCode", g, count(*)::int, count(*) FILTER (WHERE ${countSql('specialSupported', schoolYear)})::int
FROM "registry"."ChildIndicator" c,
  unnest(c."specialGroups" || CASE WHEN c."inSensitiveCircumstances" THEN ARRAY['SENSITIVE'] ELSE ARRAY[]::text[] END) AS g
WHERE ${COUNTED}
GROUP BY 1, 2, 3`;
}

/** The day's snapshot: the cube's commune totals (run after deleting any taken earlier the same day). */
export function snapshotInsertSql(): string {
  const sums = COUNT_NAMES.map((name) => `sum(${quoted(name)})::int`).join(', ');
  return `
INSERT INTO "registry"."IndicatorSnapshot" ("day", "communeCode", "provinceCode", ${COUNT_COLUMNS})
SELECT $1::date, "communeCode", "provinceCode", ${sums} FROM "registry"."IndicatorCube" GROUP BY "communeCode", "provinceCode"`;
}
