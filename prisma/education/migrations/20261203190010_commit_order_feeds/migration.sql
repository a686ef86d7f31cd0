-- The hub's change feeds read in commit order, so no committed row is missed. Until now a feed
-- read (updatedAt, id) from a cursor and re-read five minutes behind: a row that became visible
-- later than that (a transaction that committed late, a row written with an old timestamp, a clock
-- that differs between hosts) was never read. Now every write stamps the row with its transaction's
-- id (64-bit, never wraps), and a feed reads, in (changeXid, id) order, only the rows of
-- transactions older than any still running in this database: those are all committed or rolled
-- back, and every later write gets a larger id. Rows written before this migration carry its id.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "education"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A record created again with the id of a deleted one (an import rollback restoring it) forgets the
-- tombstones of that id: the hub must not drop the new copy for the old deletion.
CREATE OR REPLACE FUNCTION "education"."forget_deletions"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "education"."DeletedRecord" d USING created c
   WHERE d."recordId" = c."id" AND d."recordKind" = TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Pupil
ALTER TABLE "education"."Pupil" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "education"."Pupil" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "education"."Pupil_updatedAt_id_idx";
CREATE INDEX "Pupil_changeXid_id_idx" ON "education"."Pupil"("changeXid", "id");
CREATE TRIGGER "Pupil_stamp_change" BEFORE INSERT OR UPDATE ON "education"."Pupil" FOR EACH ROW EXECUTE FUNCTION "education"."stamp_change"();
CREATE TRIGGER "Pupil_forget_deletions" AFTER INSERT ON "education"."Pupil" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "education"."forget_deletions"();

-- DeletedRecord
ALTER TABLE "education"."DeletedRecord" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "education"."DeletedRecord" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "education"."DeletedRecord_updatedAt_id_idx";
CREATE INDEX "DeletedRecord_changeXid_id_idx" ON "education"."DeletedRecord"("changeXid", "id");
CREATE TRIGGER "DeletedRecord_stamp_change" BEFORE INSERT OR UPDATE ON "education"."DeletedRecord" FOR EACH ROW EXECUTE FUNCTION "education"."stamp_change"();
CREATE INDEX "DeletedRecord_recordId_idx" ON "education"."DeletedRecord"("recordId");

-- Tombstones of records that exist again (created again before this migration) are forgotten now.
DELETE FROM "education"."DeletedRecord" d WHERE d."recordKind" = 'education.Pupil' AND EXISTS (SELECT 1 FROM "education"."Pupil" r WHERE r."id" = d."recordId");
