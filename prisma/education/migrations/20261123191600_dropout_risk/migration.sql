-- CreateIndex
CREATE INDEX "Pupil_updatedAt_id_idx" ON "education"."Pupil"("updatedAt", "id");

-- The hub's schooling feed lists pupils in (updatedAt, id) order: a change to a pupil's enrollments,
-- attendance or dropout warnings touches the pupil, whichever code wrote it (the data layer, an
-- import, psql). A pupil this transaction already wrote was stamped by its writer and is left as is,
-- which keeps seeded tables deterministic. (Hand-written: Prisma schemas cannot express triggers.)
CREATE OR REPLACE FUNCTION "education"."touch_pupils"() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'Enrollment' THEN
    UPDATE "education"."Pupil" p SET "updatedAt" = (now() AT TIME ZONE 'UTC')
     WHERE p."id" IN (SELECT "pupilId" FROM changed) AND p.xmin <> pg_current_xact_id()::xid;
  ELSE
    UPDATE "education"."Pupil" p SET "updatedAt" = (now() AT TIME ZONE 'UTC')
     WHERE p."id" IN (SELECT e."pupilId" FROM "education"."Enrollment" e JOIN changed c ON c."enrollmentId" = e."id")
       AND p.xmin <> pg_current_xact_id()::xid;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Enrollment_touch_pupil_ins" AFTER INSERT ON "education"."Enrollment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "Enrollment_touch_pupil_upd" AFTER UPDATE ON "education"."Enrollment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "Enrollment_touch_pupil_del" AFTER DELETE ON "education"."Enrollment" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "AttendanceSummary_touch_pupil_ins" AFTER INSERT ON "education"."AttendanceSummary" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "AttendanceSummary_touch_pupil_upd" AFTER UPDATE ON "education"."AttendanceSummary" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "AttendanceSummary_touch_pupil_del" AFTER DELETE ON "education"."AttendanceSummary" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "DropoutFlag_touch_pupil_ins" AFTER INSERT ON "education"."DropoutFlag" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "DropoutFlag_touch_pupil_upd" AFTER UPDATE ON "education"."DropoutFlag" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
CREATE TRIGGER "DropoutFlag_touch_pupil_del" AFTER DELETE ON "education"."DropoutFlag" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "education"."touch_pupils"();
