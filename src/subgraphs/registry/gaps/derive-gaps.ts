import { pgArray } from '../../../db/bulk-insert';
import type { Derivation } from '../feeds/refresh';
import type { RegistryDb } from '../registry.db';
import { GAP_RULES, gapsAsOf } from './gap-rules';
import { maintainTables } from '../../../db/analyze';

const days = (n: number): number => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`gap rule days must be a whole number; got ${n}`);
  return n;
};

/**
 * The personal ID checks of src/domain/personal-id.ts (`contradictsRecord`), as SQL over a row with
 * "personalId", "sex" and "birthDate": G (4th digit, 0-3) gives sex (even = male) and century,
 * YY the year. Only well-formed numbers are checked; a malformed one is no contradiction.
 */
const PID_WELL_FORMED = `"personalId" ~ '^[0-9]{3}[0-3][0-9]{8}$'`;
const PID_SEX_CONTRADICTS = `CASE WHEN ${PID_WELL_FORMED} THEN (substr("personalId", 4, 1)::int % 2 = 0) <> ("sex" = 'MALE') END`;
const PID_YEAR_CONTRADICTS = `CASE WHEN ${PID_WELL_FORMED} THEN (CASE WHEN substr("personalId", 4, 1) < '2' THEN 1900 ELSE 2000 END) + substr("personalId", 5, 2)::int <> extract(year FROM "birthDate")::int END`;

/**
 * One set-based statement that writes the gap rows of the children in scope (every master child,
 * or those whose facts changed), from the registry's copies of the agencies' facts. $1 is the day
 * deadlines are measured at; $2 (incremental only) the child ids.
 */
export function gapInsertSql(scope: 'all' | 'children'): string {
  const r = GAP_RULES;
  const registrationDue = days(r.birthRegistrationDueDays);
  const steps = r.legalStepDueDays;
  // For given children, each fact table is filtered by its own childId index (a join to the scope
  // makes the planner scan whole tables); rows of children outside the scope drop out at the end.
  const only = (alias: string) => (scope === 'all' ? '' : `WHERE ${alias}."childId" = ANY($2::text[])`);
  // A whole-table join for all children; for a few, a lookup per person record.
  const hasPermanent = `rf."kind" = 'PERMANENT' AND (rf."endedOn" IS NULL OR rf."endedOn" > $1::date)`;
  const residence =
    scope === 'all'
      ? `SELECT c."childId", bool_or(${hasPermanent}) AS has_permanent
  FROM checked c JOIN "registry"."ResidenceFact" rf ON rf."personRecordId" = c."recordId"
  WHERE c."recordKind" = 'identity.Person' GROUP BY c."childId"`
      : `SELECT c."childId", bool_or(EXISTS (SELECT 1 FROM "registry"."ResidenceFact" rf WHERE rf."personRecordId" = c."recordId" AND ${hasPermanent})) AS has_permanent
  FROM checked c WHERE c."recordKind" = 'identity.Person' GROUP BY c."childId"`;
  return `
WITH scope AS (
  SELECT m."id", m."provinceCode", m."communeCode", m."birthDate", m."personalId"
  FROM "registry"."MasterChild" m ${scope === 'all' ? '' : 'WHERE m."id" = ANY($2::text[])'}
), subject AS (
  SELECT f."childId", f."agency"::text AS agency, f."recordKind", f."recordId", f."birthDate", f."sex"::text AS sex, f."personalId", f."sourceUpdatedAt"
  FROM "registry"."SubjectRecordFact" f ${only('f')}
  UNION ALL
  SELECT c."childId", 'JUSTICE', 'civil.BirthRegistration', c."recordId", c."birthDate", c."sex"::text, c."personalId", c."sourceUpdatedAt"
  FROM "registry"."CivilRegistrationFact" c ${only('c')}
), checked AS (
  SELECT subject.*, coalesce(${PID_SEX_CONTRADICTS}, false) AS pid_sex, coalesce(${PID_YEAR_CONTRADICTS}, false) AS pid_year FROM subject
), per_child AS (
  SELECT "childId",
    array_agg(DISTINCT agency ORDER BY agency) AS agencies,
    bool_or("recordKind" = 'civil.BirthRegistration') AS registered,
    bool_or("personalId" IS NOT NULL) AS has_personal_id,
    bool_or(pid_sex) AS pid_sex,
    bool_or(pid_year) AS pid_year,
    array_agg(DISTINCT agency ORDER BY agency) FILTER (WHERE pid_sex OR pid_year) AS pid_agencies,
    count(DISTINCT "birthDate") > 1 AS birth_dates_differ,
    jsonb_agg(DISTINCT jsonb_build_object('agency', agency, 'birthDate', "birthDate")) AS birth_dates,
    min("sourceUpdatedAt")::date AS first_recorded
  FROM checked GROUP BY "childId"
), residence AS (
  ${residence}
), registration AS (
  SELECT DISTINCT ON (c."childId") c."childId", c."birthDate", c."registeredOn"
  FROM "registry"."CivilRegistrationFact" c ${only('c')} ORDER BY c."childId", c."registeredOn"
), adoption AS (
  SELECT a."childId", min(coalesce(a."approvedOn", a."sourceUpdatedAt"::date)) AS approved_on
  FROM (SELECT * FROM "registry"."AdoptionFact" a ${only('a')}) a WHERE a."status" = 'APPROVED' GROUP BY a."childId"
), abandoned AS (
  SELECT a."childId", min(v.due) AS since, jsonb_agg(jsonb_build_object('step', v.step, 'dueOn', v.due, 'completedOn', v.done) ORDER BY v.due, v.step) AS steps
  FROM (SELECT * FROM "registry"."AbandonmentFileFact" a ${only('a')}) a
  CROSS JOIN LATERAL (VALUES
    ('BIRTH_REGISTRATION', coalesce(a."birthRegistrationDueOn", a."foundOn" + ${days(steps.BIRTH_REGISTRATION)}), a."birthRegistrationDoneOn"),
    ('RESIDENCE_REGISTRATION', coalesce(a."residenceRegistrationDueOn", a."foundOn" + ${days(steps.RESIDENCE_REGISTRATION)}), a."residenceRegistrationDoneOn"),
    ('HEALTH_INSURANCE', coalesce(a."healthInsuranceDueOn", a."foundOn" + ${days(steps.HEALTH_INSURANCE)}), a."healthInsuranceDoneOn")
  ) AS v(step, due, done)
  -- Missing and overdue, or done after its deadline.
  WHERE v.due < $1::date AND (v.done IS NULL OR v.done > v.due)
  GROUP BY a."childId"
), entries AS (
  SELECT s."id" AS "childId", 'NO_BIRTH_REGISTRATION' AS kind, s."birthDate" + ${registrationDue} AS since, pc.agencies AS detected,
    jsonb_build_object('dueOn', s."birthDate" + ${registrationDue}) AS detail
  FROM scope s JOIN per_child pc ON pc."childId" = s."id" WHERE NOT pc.registered
  UNION ALL
  SELECT g."childId", 'LATE_BIRTH_REGISTRATION', g."birthDate" + ${registrationDue}, ARRAY['JUSTICE'],
    jsonb_build_object('dueOn', g."birthDate" + ${registrationDue}, 'registeredOn', g."registeredOn", 'daysLate', g."registeredOn" - g."birthDate" - ${registrationDue})
  FROM registration g WHERE g."registeredOn" - g."birthDate" > ${registrationDue}
  UNION ALL
  SELECT s."id", 'NO_PERSONAL_ID', s."birthDate" + ${days(r.personalIdDueDays)}, pc.agencies, '{}'::jsonb
  FROM scope s JOIN per_child pc ON pc."childId" = s."id" WHERE NOT pc.has_personal_id AND s."personalId" IS NULL
  UNION ALL
  SELECT s."id", 'NO_RESIDENCE_REGISTRATION', s."birthDate" + ${days(r.residenceRegistrationDueDays)}, pc.agencies, '{}'::jsonb
  FROM scope s JOIN per_child pc ON pc."childId" = s."id" LEFT JOIN residence rs ON rs."childId" = s."id" WHERE NOT coalesce(rs.has_permanent, false)
  UNION ALL
  SELECT a."childId", 'ABANDONED_WITHOUT_LEGAL_FILE', a.since, ARRAY['SOCIAL'], jsonb_build_object('steps', a.steps) FROM abandoned a
  UNION ALL
  SELECT d."childId", 'ADOPTION_NOT_REGISTERED', d.approved_on, ARRAY['JUSTICE'], jsonb_build_object('approvedOn', d.approved_on) FROM adoption d
  UNION ALL
  SELECT pc."childId", 'IDENTITY_MISMATCH', pc.first_recorded,
    CASE WHEN pc.birth_dates_differ THEN pc.agencies ELSE pc.pid_agencies END,
    jsonb_build_object(
      'reasons', to_jsonb(array_remove(ARRAY[CASE WHEN pc.pid_sex THEN 'PERSONAL_ID_SEX' END, CASE WHEN pc.pid_year THEN 'PERSONAL_ID_BIRTH_YEAR' END, CASE WHEN pc.birth_dates_differ THEN 'BIRTH_DATES_DIFFER' END], NULL)),
      'birthDates', CASE WHEN pc.birth_dates_differ THEN pc.birth_dates END)
  FROM per_child pc WHERE pc.pid_sex OR pc.pid_year OR pc.birth_dates_differ
)
INSERT INTO "registry"."CivilStatusGap" ("childId", "provinceCode", "communeCode", "birthDate", "kinds", "detectedBy", "since", "details", "computedAt")
SELECT s."id", s."provinceCode", s."communeCode", s."birthDate",
  array_agg(e.kind ORDER BY e.kind),
  -- The union of the kinds' agencies (arrays of different lengths cannot be aggregated into one directly).
  ARRAY(SELECT DISTINCT a FROM unnest(string_to_array(string_agg(array_to_string(e.detected, ','), ','), ',')) AS a WHERE a <> '' ORDER BY a),
  min(e.since),
  jsonb_agg(jsonb_build_object('kind', e.kind, 'since', e.since, 'detectedBy', to_jsonb(coalesce(e.detected, ARRAY[]::text[]))) || e.detail ORDER BY e.kind),
  now() AT TIME ZONE 'UTC'
FROM entries e JOIN scope s ON s."id" = e."childId"
GROUP BY s."id", s."provinceCode", s."communeCode", s."birthDate"`;
}

const AS_OF_MARKER = 'gaps.as-of';
const GAP_SOURCES = ['MasterChild', 'SubjectRecordFact', 'CivilRegistrationFact', 'ResidenceFact', 'AdoptionFact', 'AbandonmentFileFact'];
/** Prisma's default (5 s) is far shorter than a full recompute of a million children. */
const FULL_RECOMPUTE_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 };

/**
 * The civil-status gap list as a Derivation: for given children, delete their rows and write them
 * again; for all, the same over every child in one transaction (readers see the old list until it
 * commits). Deadlines move with the calendar, not with the facts, so the first refresh of a new
 * day recomputes every child.
 */
export const civilStatusGapsDerivation: Derivation = {
  name: 'civil-status-gaps',
  async recompute(db: RegistryDb, scope) {
    const asOf = gapsAsOf();
    const marker = await db.feedCursor.findUnique({ where: { feed: AS_OF_MARKER } });
    const all = 'all' in scope || marker?.cursor !== asOf;
    if (all) {
      // A full recompute follows a first load or a new day: fresh statistics on the facts keep the
      // planner on the childId indexes for the incremental recomputes that follow. One the refresh
      // asked for ({ all }) comes right after its own ANALYZE of every fact table; a new day's does not.
      if (!('all' in scope)) {
        await maintainTables('ANALYZE gap sources', () => db.$executeRawUnsafe(`ANALYZE ${GAP_SOURCES.map((table) => `"registry"."${table}"`).join(', ')}`));
      }
      await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe('DELETE FROM "registry"."CivilStatusGap"');
          await tx.$executeRawUnsafe(gapInsertSql('all'), asOf);
          await tx.feedCursor.upsert({ where: { feed: AS_OF_MARKER }, create: { feed: AS_OF_MARKER, cursor: asOf }, update: { cursor: asOf, refreshedAt: new Date() } });
        },
        FULL_RECOMPUTE_TRANSACTION,
      );
      // The rows the DELETE left dead go (autovacuum may be off: a daily recompute would double the
      // table each day), and fresh statistics keep a province page an ordered index range scan.
      await maintainTables('VACUUM CivilStatusGap', () => db.$executeRawUnsafe('VACUUM (ANALYZE) "registry"."CivilStatusGap"'));
      return;
    }
    const ids = pgArray(scope.childIds);
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('DELETE FROM "registry"."CivilStatusGap" WHERE "childId" = ANY($1::text[])', ids);
        await tx.$executeRawUnsafe(gapInsertSql('children'), asOf, ids);
      },
      FULL_RECOMPUTE_TRANSACTION,
    );
  },
};
