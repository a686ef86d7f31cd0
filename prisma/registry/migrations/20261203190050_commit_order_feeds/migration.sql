-- The refresh finds the children whose master entry or links changed in commit order, as the
-- agencies' feeds do: every write stamps the row with its transaction's id, and a refresh reads the
-- rows of transactions settled since the previous one, not rows whose timestamp
-- is later than a clock reading, which missed a transaction that committed late.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "registry"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE "registry"."MasterChild" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "registry"."MasterChild" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "registry"."MasterChild_updatedAt_idx";
CREATE INDEX "MasterChild_changeXid_idx" ON "registry"."MasterChild"("changeXid");
CREATE TRIGGER "MasterChild_stamp_change" BEFORE INSERT OR UPDATE ON "registry"."MasterChild" FOR EACH ROW EXECUTE FUNCTION "registry"."stamp_change"();

ALTER TABLE "registry"."RecordLink" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "registry"."RecordLink" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "registry"."RecordLink_linkedAt_idx";
CREATE INDEX "RecordLink_changeXid_idx" ON "registry"."RecordLink"("changeXid");
CREATE TRIGGER "RecordLink_stamp_change" BEFORE INSERT OR UPDATE ON "registry"."RecordLink" FOR EACH ROW EXECUTE FUNCTION "registry"."stamp_change"();

-- The agencies' feeds now issue cursors in commit order; the ones kept here were (updatedAt, id)
-- and would be refused. Forgetting them makes the next refresh a first load: every feed read again
-- from the start (facts are upserted, so nothing is doubled) and every list recomputed.
DELETE FROM "registry"."FeedCursor"
 WHERE "feed" IN ('civil.registrations', 'civil.adoptions', 'civil.deletions', 'identity.persons', 'identity.residences', 'identity.deletions',
                  'education.pupil-facts', 'education.deletions', 'health.patient-facts', 'health.deletions',
                  'protection.profile-facts', 'protection.abandonment-files', 'protection.deletions', 'registry.local');
