-- The hub's change feeds read in commit order, so no committed row is missed. Until now a feed
-- read (updatedAt, id) from a cursor and re-read five minutes behind: a row that became visible
-- later than that (a transaction that committed late, a row written with an old timestamp, a clock
-- that differs between hosts) was never read. Now every write stamps the row with its transaction's
-- id (64-bit, never wraps), and a feed reads, in (changeXid, id) order, only the rows of
-- transactions older than any still running in this database: those are all committed or rolled
-- back, and every later write gets a larger id. Rows written before this migration carry its id.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "identity"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A record created again with the id of a deleted one (an import rollback restoring it) forgets the
-- tombstones of that id: the hub must not drop the new copy for the old deletion.
CREATE OR REPLACE FUNCTION "identity"."forget_deletions"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "identity"."DeletedRecord" d USING created c
   WHERE d."recordId" = c."id" AND d."recordKind" = TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Person
ALTER TABLE "identity"."Person" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "identity"."Person" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "identity"."Person_updatedAt_id_idx";
CREATE INDEX "Person_changeXid_id_idx" ON "identity"."Person"("changeXid", "id");
CREATE TRIGGER "Person_stamp_change" BEFORE INSERT OR UPDATE ON "identity"."Person" FOR EACH ROW EXECUTE FUNCTION "identity"."stamp_change"();
CREATE TRIGGER "Person_forget_deletions" AFTER INSERT ON "identity"."Person" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "identity"."forget_deletions"();

-- Residence
ALTER TABLE "identity"."Residence" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "identity"."Residence" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "identity"."Residence_updatedAt_id_idx";
CREATE INDEX "Residence_changeXid_id_idx" ON "identity"."Residence"("changeXid", "id");
CREATE TRIGGER "Residence_stamp_change" BEFORE INSERT OR UPDATE ON "identity"."Residence" FOR EACH ROW EXECUTE FUNCTION "identity"."stamp_change"();
CREATE TRIGGER "Residence_forget_deletions" AFTER INSERT ON "identity"."Residence" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "identity"."forget_deletions"();

-- DeletedRecord
ALTER TABLE "identity"."DeletedRecord" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "identity"."DeletedRecord" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "identity"."DeletedRecord_updatedAt_id_idx";
CREATE INDEX "DeletedRecord_changeXid_id_idx" ON "identity"."DeletedRecord"("changeXid", "id");
CREATE TRIGGER "DeletedRecord_stamp_change" BEFORE INSERT OR UPDATE ON "identity"."DeletedRecord" FOR EACH ROW EXECUTE FUNCTION "identity"."stamp_change"();
CREATE INDEX "DeletedRecord_recordId_idx" ON "identity"."DeletedRecord"("recordId");

-- Tombstones of records that exist again (created again before this migration) are forgotten now.
DELETE FROM "identity"."DeletedRecord" d WHERE d."recordKind" = 'identity.Person' AND EXISTS (SELECT 1 FROM "identity"."Person" r WHERE r."id" = d."recordId");
DELETE FROM "identity"."DeletedRecord" d WHERE d."recordKind" = 'identity.Residence' AND EXISTS (SELECT 1 FROM "identity"."Residence" r WHERE r."id" = d."recordId");
