-- The hub's change feeds read in commit order, so no committed row is missed. Until now a feed
-- read (updatedAt, id) from a cursor and re-read five minutes behind: a row that became visible
-- later than that (a transaction that committed late, a row written with an old timestamp, a clock
-- that differs between hosts) was never read. Now every write stamps the row with its transaction's
-- id (64-bit, never wraps), and a feed reads, in (changeXid, id) order, only the rows of
-- transactions older than any still running in this database: those are all committed or rolled
-- back, and every later write gets a larger id. Rows written before this migration carry its id.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "protection"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A record created again with the id of a deleted one (an import rollback restoring it) forgets the
-- tombstones of that id: the hub must not drop the new copy for the old deletion.
CREATE OR REPLACE FUNCTION "protection"."forget_deletions"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "protection"."DeletedRecord" d USING created c
   WHERE d."recordId" = c."id" AND d."recordKind" = TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- ChildProfile
ALTER TABLE "protection"."ChildProfile" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "protection"."ChildProfile" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "protection"."ChildProfile_updatedAt_id_idx";
CREATE INDEX "ChildProfile_changeXid_id_idx" ON "protection"."ChildProfile"("changeXid", "id");
CREATE TRIGGER "ChildProfile_stamp_change" BEFORE INSERT OR UPDATE ON "protection"."ChildProfile" FOR EACH ROW EXECUTE FUNCTION "protection"."stamp_change"();
CREATE TRIGGER "ChildProfile_forget_deletions" AFTER INSERT ON "protection"."ChildProfile" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "protection"."forget_deletions"();

-- AbandonmentCase
ALTER TABLE "protection"."AbandonmentCase" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "protection"."AbandonmentCase" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "protection"."AbandonmentCase_updatedAt_id_idx";
CREATE INDEX "AbandonmentCase_changeXid_id_idx" ON "protection"."AbandonmentCase"("changeXid", "id");
CREATE TRIGGER "AbandonmentCase_stamp_change" BEFORE INSERT OR UPDATE ON "protection"."AbandonmentCase" FOR EACH ROW EXECUTE FUNCTION "protection"."stamp_change"();
CREATE TRIGGER "AbandonmentCase_forget_deletions" AFTER INSERT ON "protection"."AbandonmentCase" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "protection"."forget_deletions"();

-- DeletedRecord
ALTER TABLE "protection"."DeletedRecord" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "protection"."DeletedRecord" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "protection"."DeletedRecord_updatedAt_id_idx";
CREATE INDEX "DeletedRecord_changeXid_id_idx" ON "protection"."DeletedRecord"("changeXid", "id");
CREATE TRIGGER "DeletedRecord_stamp_change" BEFORE INSERT OR UPDATE ON "protection"."DeletedRecord" FOR EACH ROW EXECUTE FUNCTION "protection"."stamp_change"();
CREATE INDEX "DeletedRecord_recordId_idx" ON "protection"."DeletedRecord"("recordId");

-- Tombstones of records that exist again (created again before this migration) are forgotten now.
DELETE FROM "protection"."DeletedRecord" d WHERE d."recordKind" = 'protection.ChildProfile' AND EXISTS (SELECT 1 FROM "protection"."ChildProfile" r WHERE r."id" = d."recordId");
DELETE FROM "protection"."DeletedRecord" d WHERE d."recordKind" = 'protection.AbandonmentCase' AND EXISTS (SELECT 1 FROM "protection"."AbandonmentCase" r WHERE r."id" = d."recordId");
