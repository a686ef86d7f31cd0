import { isSchoolYear } from '../../../domain/school-year';
import { RISK_MODEL, type RiskFactor, type RiskModelConfig } from './config';

/**
 * The model of model.ts in SQL, so the registry can score every pupil set-based and keep the list
 * sorted in the database. Built from the same config; test/integration/dropout-risk.int.test.ts
 * scores every seeded pupil both ways and requires equal results.
 */

const EPSILON = 1e-9;

/** Each factor's rule over the columns of `featuresSql` (NULL counts as "does not apply"). */
function factorSql(factor: RiskFactor, c: RiskModelConfig): string {
  switch (factor) {
    case 'CHRONIC_ABSENCE':
      return `absence_share >= ${c.chronicAbsenceShare - EPSILON}`;
    case 'ABSENCE_RISING':
      return `(absence_share - previous_absence_share >= ${c.absenceRise - EPSILON} OR last_term_share - first_term_share >= ${c.absenceRise - EPSILON})`;
    case 'REPEATED_GRADE':
      return `(grade >= 1 AND previous_grade >= grade)`;
    case 'OVER_AGE':
      return `(grade >= 1 AND age_years - (grade + 5) >= ${c.overAgeYears})`;
    case 'RECENT_TRANSFER':
      return `(previous_status = 'TRANSFERRED' OR days_after_opening > ${c.transferGraceDays})`;
    case 'ENROLLMENT_GAP':
      return `(previous_status = 'DROPPED_OUT' OR (previous_grade IS NULL AND grade >= 2) OR days_since_previous_ended > ${c.enrollmentGapDays})`;
    case 'DROPOUT_WARNING':
      return `open_warnings > 0`;
    case 'SPECIAL_CIRCUMSTANCE':
      return `special`;
    case 'ORPHANED':
      return `orphaned`;
    case 'DISABILITY':
      return `disability`;
    case 'POOR_HOUSEHOLD':
      return `poverty = 'POOR'`;
    case 'NEAR_POOR_HOUSEHOLD':
      return `poverty = 'NEAR_POOR'`;
    case 'MIGRANT_FAMILY':
      return `EXISTS (SELECT 1 FROM unnest(temporary_provinces) AS t(province) WHERE t.province <> ALL(coalesce(permanent_provinces, '{}')))`;
  }
}

const factorsOf = (c: RiskModelConfig) => Object.entries(c.factors) as [RiskFactor, RiskModelConfig['factors'][RiskFactor]][];

/** The score expression: school factors in full plus cross-agency factors up to the cap. */
export function scoreSql(c: RiskModelConfig = RISK_MODEL): string {
  const sum = (source: 'school' | 'crossAgency') =>
    factorsOf(c)
      .filter(([, s]) => s.source === source)
      .map(([f, s]) => `(CASE WHEN ${factorSql(f, c)} THEN ${s.weight} ELSE 0 END)`)
      .join(' + ') || '0';
  return `(${sum('school')} + LEAST(${c.crossAgencyCap}, ${sum('crossAgency')}))`;
}

/** The reasons expression: each shown code once, in factor order. */
export function reasonsSql(c: RiskModelConfig = RISK_MODEL): string {
  const codes = [...new Set(factorsOf(c).map(([, s]) => s.shownAs))];
  const items = codes.map((code) => {
    const rules = factorsOf(c).filter(([, s]) => s.shownAs === code).map(([f]) => factorSql(f, c));
    return `CASE WHEN ${rules.length > 1 ? `(${rules.join(') OR (')})` : rules[0]} THEN '${code}' END`;
  });
  return `array_remove(ARRAY[${items.join(', ')}]::text[], NULL)`;
}

export function levelSql(score: string, c: RiskModelConfig = RISK_MODEL): string {
  return `(CASE WHEN ${score} >= ${c.levels.HIGH} THEN 'HIGH' WHEN ${score} >= ${c.levels.MEDIUM} THEN 'MEDIUM' ELSE 'LOW' END)::"registry"."RiskLevel"`;
}

/**
 * The school year the lists describe, given the current one (currentSchoolYear: the school year of
 * the hub's today): that year once the education feed has reported any enrollment in it, until then
 * the latest earlier year it reported, so the lists do not empty out (nor list every child as out of
 * school) in the weeks after a school year opens; later years (data entered ahead) never count.
 * NULL when no year up to the current one has facts.
 */
export function listYearSql(currentYear: string): string {
  if (!isSchoolYear(currentYear)) throw new Error(`"${currentYear}" is not a school year like 2026-2027`);
  const year = `'${currentYear}'`;
  return `(SELECT coalesce((SELECT ${year}::text WHERE EXISTS (SELECT 1 FROM "registry"."SchoolingFact" WHERE "schoolYear" = ${year})),
                   (SELECT max("schoolYear") FROM "registry"."SchoolingFact" WHERE "schoolYear" < ${year})))`;
}

/** The reckoning date of ages for school year `year` (an SQL expression of type text, "2025-2026"). */
export function reckoningDateSql(year: string, c: RiskModelConfig = RISK_MODEL): string {
  const part = c.ageReckonedOn.yearOf === 'start' ? 1 : 2;
  return `make_date(split_part(${year}, '-', ${part})::int, ${c.ageReckonedOn.month}, ${c.ageReckonedOn.day})`;
}

/** The day school year `year` (an SQL text expression, "2025-2026") opens. */
function schoolYearOpeningSql(year: string, c: RiskModelConfig): string {
  return `make_date(split_part(${year}, '-', 1)::int, ${c.schoolYearOpens.month}, ${c.schoolYearOpens.day})`;
}

export function ageSql(birthDate: string, year: string, c: RiskModelConfig = RISK_MODEL): string {
  return `date_part('year', age(${reckoningDateSql(year, c)}, ${birthDate}))::int`;
}

/**
 * One row of features per child enrolled (status ENROLLED) in the school year of listYearSql(currentYear);
 * with `scoped`, only the children in $1 (a text[] literal). Columns: child and placement, then the
 * features of model.ts in snake case (residenceProvinces as permanent_provinces and
 * temporary_provinces, each null when there is none of the kind).
 */
export function featuresSql(scoped: boolean, currentYear: string, c: RiskModelConfig = RISK_MODEL): string {
  const scope = (column: string) => (scoped ? `AND ${column} = ANY($1::text[])` : '');
  return `
  WITH yr AS (SELECT ${listYearSql(currentYear)} AS y),
  cur AS (
    SELECT DISTINCT ON (s."childId") s.* FROM "registry"."SchoolingFact" s, yr
     WHERE s."schoolYear" = yr.y AND s."status" = 'ENROLLED' ${scope('s."childId"')}
     ORDER BY s."childId", s."enrolledOn" DESC, s."enrollmentId"),
  prev AS (
    SELECT DISTINCT ON (s."childId") s.* FROM "registry"."SchoolingFact" s, yr
     WHERE s."schoolYear" < yr.y ${scope('s."childId"')}
     ORDER BY s."childId", s."schoolYear" DESC, s."enrolledOn" DESC, s."enrollmentId"),
  att AS (
    SELECT a."enrollmentId",
           sum(a."daysAbsent")::float8 / nullif(sum(a."schoolDays"), 0) AS share,
           (array_agg(a."daysAbsent"::float8 / nullif(a."schoolDays", 0) ORDER BY a."term"))[1] AS first_share,
           (array_agg(a."daysAbsent"::float8 / nullif(a."schoolDays", 0) ORDER BY a."term" DESC))[1] AS last_share
      FROM "registry"."AttendanceFact" a
     WHERE a."enrollmentId" IN (SELECT "enrollmentId" FROM cur UNION ALL SELECT "enrollmentId" FROM prev)
     GROUP BY a."enrollmentId"),
  health AS (
    SELECT h."childId", bool_or(h."hasDisability") AS disability FROM "registry"."HealthFact" h
     WHERE true ${scope('h."childId"')} GROUP BY h."childId"),
  social AS (
    SELECT x."childId", bool_or(x."inSpecialCircumstances") AS special, bool_or(x."orphaned") AS orphaned,
           CASE WHEN bool_or(x."householdPoverty" = 'POOR') THEN 'POOR' WHEN bool_or(x."householdPoverty" = 'NEAR_POOR') THEN 'NEAR_POOR' END AS poverty
      FROM "registry"."SocialFact" x WHERE true ${scope('x."childId"')} GROUP BY x."childId"),
  residence AS (
    SELECT p."childId",
           array_agg(DISTINCT r."provinceCode" ORDER BY r."provinceCode") FILTER (WHERE r."kind" = 'PERMANENT') AS permanent_provinces,
           array_agg(DISTINCT r."provinceCode" ORDER BY r."provinceCode") FILTER (WHERE r."kind" = 'TEMPORARY') AS temporary_provinces
      FROM "registry"."SubjectRecordFact" p JOIN "registry"."ResidenceFact" r ON r."personRecordId" = p."recordId", yr
     WHERE p."recordKind" = 'identity.Person' ${scope('p."childId"')}
       AND (r."endedOn" IS NULL OR r."endedOn" >= ${schoolYearOpeningSql('yr.y', c)})
     GROUP BY p."childId")
  SELECT cur."childId" AS child_id, m."provinceCode" AS province_code, m."communeCode" AS commune_code,
         cur."schoolCode" AS school_code, cur."schoolName" AS school_name, cur."schoolYear" AS school_year,
         ca.share AS absence_share, pa.share AS previous_absence_share, ca.first_share AS first_term_share, ca.last_share AS last_term_share,
         cur."grade" AS grade, prev."grade" AS previous_grade, prev."status" AS previous_status,
         (cur."enrolledOn" - prev."endedOn") AS days_since_previous_ended,
         ${ageSql('m."birthDate"', 'cur."schoolYear"', c)} AS age_years,
         (cur."enrolledOn" - ${schoolYearOpeningSql('cur."schoolYear"', c)}) AS days_after_opening,
         cur."openDropoutWarnings" AS open_warnings,
         social.special, social.orphaned, health.disability, social.poverty, residence.permanent_provinces, residence.temporary_provinces
    FROM cur
    JOIN "registry"."MasterChild" m ON m."id" = cur."childId"
    LEFT JOIN prev ON prev."childId" = cur."childId"
    LEFT JOIN att ca ON ca."enrollmentId" = cur."enrollmentId"
    LEFT JOIN att pa ON pa."enrollmentId" = prev."enrollmentId"
    LEFT JOIN health ON health."childId" = cur."childId"
    LEFT JOIN social ON social."childId" = cur."childId"
    LEFT JOIN residence ON residence."childId" = cur."childId"`;
}

/** Scores the features and writes the rows of DropoutRisk. */
export function insertDropoutRiskSql(scoped: boolean, currentYear: string, c: RiskModelConfig = RISK_MODEL): string {
  return `
  INSERT INTO "registry"."DropoutRisk" ("childId", "provinceCode", "communeCode", "schoolCode", "schoolName", "schoolYear", "grade", "level", "score", "reasons")
  SELECT child_id, province_code, commune_code, school_code, school_name, school_year, grade, ${levelSql('score', c)}, score, reasons
    FROM (SELECT f.*, ${scoreSql(c)} AS score, ${reasonsSql(c)} AS reasons FROM (${featuresSql(scoped, currentYear, c)}) f) scored`;
}

/**
 * Writes the rows of OutOfSchoolChild: children of compulsory school age (on the reckoning date of
 * the school year of listYearSql(currentYear)) in the master index with no enrollment this school year that is ENROLLED
 * or COMPLETED, and every child whose enrollment this school year ended DROPPED_OUT.
 */
export function insertOutOfSchoolSql(scoped: boolean, currentYear: string, c: RiskModelConfig = RISK_MODEL): string {
  const scope = scoped ? `AND m."id" = ANY($1::text[])` : '';
  return `
  INSERT INTO "registry"."OutOfSchoolChild" ("childId", "provinceCode", "communeCode", "ageYears", "situation", "schoolYear", "lastSchoolCode", "lastSchoolName", "lastGrade", "lastSchoolYear", "leftOn")
  WITH yr AS (SELECT ${listYearSql(currentYear)} AS y),
  candidates AS (
    SELECT m."id", m."provinceCode", m."communeCode", ${ageSql('m."birthDate"', 'yr.y', c)} AS age_years, yr.y
      FROM "registry"."MasterChild" m, yr
     WHERE yr.y IS NOT NULL ${scope}
       AND NOT EXISTS (SELECT 1 FROM "registry"."SchoolingFact" s WHERE s."childId" = m."id" AND s."schoolYear" = yr.y AND s."status" IN ('ENROLLED', 'COMPLETED')))
  SELECT c."id", c."provinceCode", c."communeCode", c.age_years,
         CASE WHEN last."schoolYear" = c.y AND last."status" = 'DROPPED_OUT' THEN 'DROPPED_OUT' WHEN last."childId" IS NULL THEN 'NEVER_ENROLLED' ELSE 'NOT_ENROLLED_THIS_YEAR' END,
         c.y, last."schoolCode", last."schoolName", last."grade", last."schoolYear", last."endedOn"
    FROM candidates c
    LEFT JOIN LATERAL (
      SELECT s.* FROM "registry"."SchoolingFact" s WHERE s."childId" = c."id"
       ORDER BY s."schoolYear" DESC, (s."status" = 'DROPPED_OUT') DESC, s."enrolledOn" DESC LIMIT 1) last ON true
   WHERE c.age_years BETWEEN ${c.compulsoryAge.from} AND ${c.compulsoryAge.to}
      OR (last."schoolYear" = c.y AND last."status" = 'DROPPED_OUT')`;
}
