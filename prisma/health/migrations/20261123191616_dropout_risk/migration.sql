-- CreateIndex
CREATE INDEX "Patient_updatedAt_id_idx" ON "health"."Patient"("updatedAt", "id");

-- The hub's health feed lists patients in (updatedAt, id) order: a change to a disability record
-- touches its patient, whichever code wrote it; a patient this transaction already wrote is left as
-- its writer stamped it. (Hand-written: Prisma schemas cannot express triggers.)
CREATE OR REPLACE FUNCTION "health"."touch_patients"() RETURNS trigger AS $$
BEGIN
  UPDATE "health"."Patient" p SET "updatedAt" = (now() AT TIME ZONE 'UTC')
   WHERE p."id" IN (SELECT "patientId" FROM changed) AND p.xmin <> pg_current_xact_id()::xid;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Disability_touch_patient_ins" AFTER INSERT ON "health"."Disability" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "Disability_touch_patient_upd" AFTER UPDATE ON "health"."Disability" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "Disability_touch_patient_del" AFTER DELETE ON "health"."Disability" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
