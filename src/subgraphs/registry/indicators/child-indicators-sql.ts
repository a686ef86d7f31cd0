import { RISK_MODEL } from '../risk/config';
import { GAP_RULES } from '../gaps/gap-rules';

/**
 * One set-based statement writing a ChildIndicator row per master child in scope (every child, or
 * $3, a text[] of ids): what the indicators count, from the registry's copies of the agencies'
 * facts and its derived lists (dropout risk, out of school; they are recomputed first). $2 is the listed school year, $1 the
 * day facts that change with the calendar are read at (a residence or insurance card valid then).
 * Fact tables are filtered by their own childId index when scoped, as in the gap list.
 */
export function childIndicatorInsertSql(scope: 'all' | 'children'): string {
  const only = (alias: string) => (scope === 'all' ? '' : `WHERE ${alias}."childId" = ANY($3::text[])`);
  const and = (alias: string) => (scope === 'all' ? '' : `AND ${alias}."childId" = ANY($3::text[])`);
  const steps = GAP_RULES.legalStepDueDays;
  const { from, to } = RISK_MODEL.compulsoryAge;
  return `
WITH scope AS (
  SELECT m."id", m."provinceCode", m."communeCode", m."birthDate", m."sex", m."personalId"
  FROM "registry"."MasterChild" m ${scope === 'all' ? '' : 'WHERE m."id" = ANY($3::text[])'}
), subject AS (
  -- The population registry's ethnicity first, then the school's; the latest record of each.
  SELECT f."childId", bool_or(f."personalId" IS NOT NULL) AS has_pid,
    (array_agg(f."ethnicity" ORDER BY (f."agency" = 'POLICE') DESC, f."sourceUpdatedAt" DESC) FILTER (WHERE f."ethnicity" IS NOT NULL))[1] AS ethnicity
  FROM "registry"."SubjectRecordFact" f ${only('f')} GROUP BY f."childId"
), registration AS (
  SELECT c."childId", min(c."registeredOn") AS registered_on, bool_or(c."personalId" IS NOT NULL) AS has_pid
  FROM "registry"."CivilRegistrationFact" c ${only('c')} GROUP BY c."childId"
), residence AS (
  SELECT f."childId", true AS has_permanent
  FROM "registry"."SubjectRecordFact" f JOIN "registry"."ResidenceFact" rf ON rf."personRecordId" = f."recordId"
  WHERE f."recordKind" = 'identity.Person' ${and('f')} AND rf."kind" = 'PERMANENT' AND (rf."endedOn" IS NULL OR rf."endedOn" > $1::date)
  GROUP BY f."childId"
), health AS (
  SELECT h."childId", bool_or(h."hasDisability") AS disability, max(h."lastScreenedOn") AS last_screened
  FROM "registry"."HealthFact" h ${only('h')} GROUP BY h."childId"
), insurance AS (
  SELECT i."childId", max(i."validTo") AS insured_until
  FROM "registry"."InsuranceCardFact" i WHERE i."validFrom" <= $1::date AND i."validTo" >= $1::date ${and('i')} GROUP BY i."childId"
), social AS (
  SELECT s."childId",
    bool_or(s."inSensitiveCircumstances") AS sensitive, max(s."lastSupportPaidOn") AS last_paid,
    (array_agg(s."careStartedOn" ORDER BY s."careStartedOn" DESC NULLS LAST))[1] AS care_started,
    (array_agg(s."careEndedOn" ORDER BY s."careStartedOn" DESC NULLS LAST))[1] AS care_ended
  FROM "registry"."SocialFact" s ${only('s')} GROUP BY s."childId"
), social_groups AS (
  SELECT s."childId", array_agg(DISTINCT g ORDER BY g) AS groups FROM "registry"."SocialFact" s, unnest(s."groups") AS g ${only('s')} GROUP BY s."childId"
), abandoned AS (
  SELECT a."childId", min(a."foundOn") AS found_on, min(a."birthRegistrationDoneOn") AS registered_on,
    min(v.due) FILTER (WHERE v.done IS NULL) AS open_due
  FROM "registry"."AbandonmentFileFact" a
  CROSS JOIN LATERAL (VALUES
    (coalesce(a."birthRegistrationDueOn", a."foundOn" + ${steps.BIRTH_REGISTRATION}), a."birthRegistrationDoneOn"),
    (coalesce(a."residenceRegistrationDueOn", a."foundOn" + ${steps.RESIDENCE_REGISTRATION}), a."residenceRegistrationDoneOn"),
    (coalesce(a."healthInsuranceDueOn", a."foundOn" + ${steps.HEALTH_INSURANCE}), a."healthInsuranceDoneOn")
  ) AS v(due, done)
  ${only('a')} GROUP BY a."childId"
), schooling AS (
  SELECT s."childId", true AS enrolled, bool_or(s."status" = 'DROPPED_OUT') AS dropped
  FROM "registry"."SchoolingFact" s WHERE s."schoolYear" = $2 ${and('s')} GROUP BY s."childId"
)
INSERT INTO "registry"."ChildIndicator" ("childId", "provinceCode", "communeCode", "birthDate", "sex", "ethnicGroup", "hasDisability",
  "abandonedFoundOn", "careStartedOn", "careEndedOn", "legalFileComplete", "legalStepOpenDueOn", "daysToBirthRegistration",
  "specialGroups", "inSensitiveCircumstances", "lastSupportPaidOn", "birthRegisteredOn", "hasPersonalId", "lastScreenedOn", "insuredUntil",
  "outOfSchool", "enrolledThisYear", "droppedOutThisYear", "highDropoutRisk")
SELECT s."id", s."provinceCode", s."communeCode", s."birthDate", s."sex",
  CASE WHEN sj.ethnicity IS NULL THEN 'NOT_RECORDED' WHEN lower(trim(sj.ethnicity)) = 'kinh' THEN 'KINH' ELSE 'MINORITY' END,
  coalesce(h.disability, false),
  ab.found_on, so.care_started, so.care_ended,
  ab.found_on IS NOT NULL AND rg."childId" IS NOT NULL AND (s."personalId" IS NOT NULL OR coalesce(sj.has_pid, false) OR coalesce(rg.has_pid, false)) AND rs."childId" IS NOT NULL,
  ab.open_due,
  -- Reception to registration: the civil record's date when the file has none.
  -- (greatest() skips a NULL: without a registration the row must stay NULL, not 0.)
  CASE WHEN ab.found_on IS NOT NULL AND coalesce(ab.registered_on, rg.registered_on) IS NOT NULL THEN greatest(0, coalesce(ab.registered_on, rg.registered_on) - ab.found_on) END,
  coalesce(sg.groups, '{}'), coalesce(so.sensitive, false), so.last_paid,
  rg.registered_on,
  s."personalId" IS NOT NULL OR coalesce(sj.has_pid, false) OR coalesce(rg.has_pid, false),
  h.last_screened, ins.insured_until,
  EXISTS (SELECT 1 FROM "registry"."OutOfSchoolChild" o WHERE o."childId" = s."id" AND o."ageYears" BETWEEN ${from} AND ${to}),
  sc."childId" IS NOT NULL, coalesce(sc.dropped, false),
  EXISTS (SELECT 1 FROM "registry"."DropoutRisk" d WHERE d."childId" = s."id" AND d."level" = 'HIGH')
FROM scope s
LEFT JOIN subject sj ON sj."childId" = s."id"
LEFT JOIN registration rg ON rg."childId" = s."id"
LEFT JOIN residence rs ON rs."childId" = s."id"
LEFT JOIN health h ON h."childId" = s."id"
LEFT JOIN insurance ins ON ins."childId" = s."id"
LEFT JOIN social so ON so."childId" = s."id"
LEFT JOIN social_groups sg ON sg."childId" = s."id"
LEFT JOIN abandoned ab ON ab."childId" = s."id"
LEFT JOIN schooling sc ON sc."childId" = s."id"`;
}
