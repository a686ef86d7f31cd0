-- CreateIndex
CREATE INDEX "ChildProfile_updatedAt_id_idx" ON "protection"."ChildProfile"("updatedAt", "id");

-- The hub's social feed lists child profiles in (updatedAt, id) order: a change to a special
-- circumstance or a poverty listing touches its profile, whichever code wrote it; a profile this
-- transaction already wrote is left as its writer stamped it. (Hand-written: Prisma schemas cannot
-- express triggers.)
CREATE OR REPLACE FUNCTION "protection"."touch_profiles"() RETURNS trigger AS $$
BEGIN
  UPDATE "protection"."ChildProfile" p SET "updatedAt" = (now() AT TIME ZONE 'UTC')
   WHERE p."id" IN (SELECT "profileId" FROM changed) AND p.xmin <> pg_current_xact_id()::xid;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SpecialCircumstance_touch_profile_ins" AFTER INSERT ON "protection"."SpecialCircumstance" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "SpecialCircumstance_touch_profile_upd" AFTER UPDATE ON "protection"."SpecialCircumstance" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "SpecialCircumstance_touch_profile_del" AFTER DELETE ON "protection"."SpecialCircumstance" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "HouseholdPoverty_touch_profile_ins" AFTER INSERT ON "protection"."HouseholdPoverty" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "HouseholdPoverty_touch_profile_upd" AFTER UPDATE ON "protection"."HouseholdPoverty" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "HouseholdPoverty_touch_profile_del" AFTER DELETE ON "protection"."HouseholdPoverty" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
