-- The hub's abandonment-file feed lists reception files in (updatedAt, id) order and carries their
-- legal-file steps: a step written, changed or deleted (an import of reception steps, its rollback,
-- a hand edit) touches its file, whichever code wrote it, as circumstances touch their profile.
-- A file this transaction already wrote is left as its writer stamped it. (Hand-written: Prisma
-- schemas cannot express triggers.)
CREATE OR REPLACE FUNCTION "protection"."touch_cases"() RETURNS trigger AS $$
BEGIN
  UPDATE "protection"."AbandonmentCase" c SET "updatedAt" = (now() AT TIME ZONE 'UTC')
   WHERE c."id" IN (SELECT "caseId" FROM changed) AND c.xmin <> pg_current_xact_id()::xid;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "ReceptionStep_touch_case_ins" AFTER INSERT ON "protection"."ReceptionStep" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_cases"();
CREATE TRIGGER "ReceptionStep_touch_case_upd" AFTER UPDATE ON "protection"."ReceptionStep" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_cases"();
CREATE TRIGGER "ReceptionStep_touch_case_del" AFTER DELETE ON "protection"."ReceptionStep" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_cases"();
