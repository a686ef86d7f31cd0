-- CreateTable
CREATE TABLE "civil"."DeletedRecord" (
    "id" UUID NOT NULL,
    "recordKind" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "childId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeletedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletedRecord_updatedAt_id_idx" ON "civil"."DeletedRecord"("updatedAt", "id");

-- Tombstones for the hub: a deleted row never reaches an (updatedAt, id) change feed, so every
-- delete of a table the hub copies leaves one DeletedRecord row, whichever code deleted it (an
-- import rollback, the data layer, psql). The time is the clock's, in UTC like the feeds' updatedAt,
-- so the hub can tell a deletion from a later re-creation of the same id. The childId is the
-- record's own column where it has one (to_jsonb reads it without naming it per table).
-- (Hand-written: Prisma schemas cannot express triggers.)
CREATE OR REPLACE FUNCTION "civil"."record_deletions"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "civil"."DeletedRecord" ("id", "recordKind", "recordId", "childId", "updatedAt")
  SELECT gen_random_uuid(), TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, g."id", to_jsonb(g) ->> 'childId', clock_timestamp() AT TIME ZONE 'UTC'
    FROM gone g;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "BirthRegistration_record_deletions" AFTER DELETE ON "civil"."BirthRegistration" REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "civil"."record_deletions"();
CREATE TRIGGER "Adoption_record_deletions" AFTER DELETE ON "civil"."Adoption" REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "civil"."record_deletions"();
