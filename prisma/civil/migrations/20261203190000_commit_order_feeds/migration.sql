-- The hub's change feeds read in commit order, so no committed row is missed. Until now a feed
-- read (updatedAt, id) from a cursor and re-read five minutes behind: a row that became visible
-- later than that (a transaction that committed late, a row written with an old timestamp, a clock
-- that differs between hosts) was never read. Now every write stamps the row with its transaction's
-- id (64-bit, never wraps), and a feed reads, in (changeXid, id) order, only the rows of
-- transactions older than any still running in this database: those are all committed or rolled
-- back, and every later write gets a larger id. Rows written before this migration carry its id.
-- (Hand-written: Prisma schemas cannot express triggers or volatile defaults.)
CREATE OR REPLACE FUNCTION "civil"."stamp_change"() RETURNS trigger AS $$
BEGIN
  NEW."changeXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A record created again with the id of a deleted one (an import rollback restoring it) forgets the
-- tombstones of that id: the hub must not drop the new copy for the old deletion.
CREATE OR REPLACE FUNCTION "civil"."forget_deletions"() RETURNS trigger AS $$
BEGIN
  DELETE FROM "civil"."DeletedRecord" d USING created c
   WHERE d."recordId" = c."id" AND d."recordKind" = TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- BirthRegistration
ALTER TABLE "civil"."BirthRegistration" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "civil"."BirthRegistration" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "civil"."BirthRegistration_updatedAt_id_idx";
CREATE INDEX "BirthRegistration_changeXid_id_idx" ON "civil"."BirthRegistration"("changeXid", "id");
CREATE TRIGGER "BirthRegistration_stamp_change" BEFORE INSERT OR UPDATE ON "civil"."BirthRegistration" FOR EACH ROW EXECUTE FUNCTION "civil"."stamp_change"();
CREATE TRIGGER "BirthRegistration_forget_deletions" AFTER INSERT ON "civil"."BirthRegistration" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "civil"."forget_deletions"();

-- Adoption
ALTER TABLE "civil"."Adoption" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "civil"."Adoption" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "civil"."Adoption_updatedAt_id_idx";
CREATE INDEX "Adoption_changeXid_id_idx" ON "civil"."Adoption"("changeXid", "id");
CREATE TRIGGER "Adoption_stamp_change" BEFORE INSERT OR UPDATE ON "civil"."Adoption" FOR EACH ROW EXECUTE FUNCTION "civil"."stamp_change"();
CREATE TRIGGER "Adoption_forget_deletions" AFTER INSERT ON "civil"."Adoption" REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION "civil"."forget_deletions"();

-- DeletedRecord
ALTER TABLE "civil"."DeletedRecord" ADD COLUMN "changeXid" BIGINT DEFAULT (pg_current_xact_id()::text::bigint);
ALTER TABLE "civil"."DeletedRecord" ALTER COLUMN "changeXid" DROP DEFAULT;
DROP INDEX "civil"."DeletedRecord_updatedAt_id_idx";
CREATE INDEX "DeletedRecord_changeXid_id_idx" ON "civil"."DeletedRecord"("changeXid", "id");
CREATE TRIGGER "DeletedRecord_stamp_change" BEFORE INSERT OR UPDATE ON "civil"."DeletedRecord" FOR EACH ROW EXECUTE FUNCTION "civil"."stamp_change"();
CREATE INDEX "DeletedRecord_recordId_idx" ON "civil"."DeletedRecord"("recordId");

-- Tombstones of records that exist again (created again before this migration) are forgotten now.
DELETE FROM "civil"."DeletedRecord" d WHERE d."recordKind" = 'civil.BirthRegistration' AND EXISTS (SELECT 1 FROM "civil"."BirthRegistration" r WHERE r."id" = d."recordId");
DELETE FROM "civil"."DeletedRecord" d WHERE d."recordKind" = 'civil.Adoption' AND EXISTS (SELECT 1 FROM "civil"."Adoption" r WHERE r."id" = d."recordId");
