-- The hub's change feeds read in commit order, so no committed row is missed. Until now a feed
-- read (updatedAt, id) from a cursor and re-read five minutes behind: a row that became visible
-- later than that (a transaction that committed late, a row written with an old timestamp, a clock
-- that differs between hosts) was never read. Now every write stamps the row with its transaction's
-- id (64-bit, never wraps), and a feed reads, in (changeXid, id) order, only the rows of
-- transactions older than any still running in this database: those are all committed or rolled
-- back, and every later write gets a larger id. Rows written before this migration carry its id.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "health"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A record created again with the id of a deleted one (an import rollback restoring it) forgets the
-- tombstones of that id: the hub must not drop the new copy for the old deletion.
CREATE OR REPLACE FUNCTION "health"."forget_deletions"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "health"."DeletedRecord" d USING created c
   WHERE d."recordId" = c."id" AND d."recordKind" = TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Patient
ALTER TABLE "health"."Patient" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "health"."Patient" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "health"."Patient_updatedAt_id_idx";
CREATE INDEX "Patient_changeXid_id_idx" ON "health"."Patient"("changeXid", "id");
CREATE TRIGGER "Patient_stamp_change" BEFORE INSERT OR UPDATE ON "health"."Patient" FOR EACH ROW EXECUTE FUNCTION "health"."stamp_change"();
CREATE TRIGGER "Patient_forget_deletions" AFTER INSERT ON "health"."Patient" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "health"."forget_deletions"();

-- DeletedRecord
ALTER TABLE "health"."DeletedRecord" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "health"."DeletedRecord" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "health"."DeletedRecord_updatedAt_id_idx";
CREATE INDEX "DeletedRecord_changeXid_id_idx" ON "health"."DeletedRecord"("changeXid", "id");
CREATE TRIGGER "DeletedRecord_stamp_change" BEFORE INSERT OR UPDATE ON "health"."DeletedRecord" FOR EACH ROW EXECUTE FUNCTION "health"."stamp_change"();
CREATE INDEX "DeletedRecord_recordId_idx" ON "health"."DeletedRecord"("recordId");

-- Tombstones of records that exist again (created again before this migration) are forgotten now.
DELETE FROM "health"."DeletedRecord" d WHERE d."recordKind" = 'health.Patient' AND EXISTS (SELECT 1 FROM "health"."Patient" r WHERE r."id" = d."recordId");
