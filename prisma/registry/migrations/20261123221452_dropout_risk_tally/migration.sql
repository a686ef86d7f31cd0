-- CreateTable
CREATE TABLE "registry"."DropoutRiskTally" (
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "schoolCode" VARCHAR(16) NOT NULL,
    "schoolYear" VARCHAR(9) NOT NULL,
    "grade" INTEGER NOT NULL,
    "level" "registry"."RiskLevel" NOT NULL,
    "pupils" INTEGER NOT NULL,

    CONSTRAINT "DropoutRiskTally_pkey" PRIMARY KEY ("provinceCode","communeCode","schoolCode","schoolYear","grade","level")
);

-- CreateIndex
CREATE INDEX "DropoutRiskTally_communeCode_idx" ON "registry"."DropoutRiskTally"("communeCode");

-- CreateIndex
CREATE INDEX "DropoutRiskTally_schoolCode_idx" ON "registry"."DropoutRiskTally"("schoolCode");

-- Kept by statement-level triggers with transition tables: one grouped upsert per statement on
-- DropoutRisk, so a full recompute (TRUNCATE, then one INSERT … SELECT of every pupil) costs one
-- GROUP BY, and an incremental one (DELETE, INSERT of the changed children) two small ones.
CREATE FUNCTION "registry"."dropout_risk_tally_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "registry"."DropoutRiskTally" AS t ("provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", "pupils")
  SELECT "provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", count(*)::int
    FROM added GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level") DO UPDATE SET "pupils" = t."pupils" + EXCLUDED."pupils";
  RETURN NULL;
END $$;

CREATE FUNCTION "registry"."dropout_risk_tally_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "registry"."DropoutRiskTally" t SET "pupils" = t."pupils" - r."pupils"
    FROM (SELECT "provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", count(*)::int AS "pupils"
            FROM removed GROUP BY 1, 2, 3, 4, 5, 6) r
   WHERE (t."provinceCode", t."communeCode", t."schoolCode", t."schoolYear", t."grade", t."level")
       = (r."provinceCode", r."communeCode", r."schoolCode", r."schoolYear", r."grade", r."level");
  DELETE FROM "registry"."DropoutRiskTally" WHERE "pupils" <= 0;
  RETURN NULL;
END $$;

CREATE FUNCTION "registry"."dropout_risk_tally_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "registry"."DropoutRiskTally";
  RETURN NULL;
END $$;

CREATE TRIGGER "DropoutRisk_tally_insert" AFTER INSERT ON "registry"."DropoutRisk"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "registry"."dropout_risk_tally_add"();
CREATE TRIGGER "DropoutRisk_tally_delete" AFTER DELETE ON "registry"."DropoutRisk"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "registry"."dropout_risk_tally_remove"();
-- An UPDATE is a removal of the old rows and an addition of the new ones.
CREATE TRIGGER "DropoutRisk_tally_update_old" AFTER UPDATE ON "registry"."DropoutRisk"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "registry"."dropout_risk_tally_remove"();
CREATE TRIGGER "DropoutRisk_tally_update_new" AFTER UPDATE ON "registry"."DropoutRisk"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "registry"."dropout_risk_tally_add"();
CREATE TRIGGER "DropoutRisk_tally_truncate" AFTER TRUNCATE ON "registry"."DropoutRisk"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry"."dropout_risk_tally_clear"();

-- Databases derived before this migration: tally what is there.
INSERT INTO "registry"."DropoutRiskTally" ("provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", "pupils")
SELECT "provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", count(*)::int
  FROM "registry"."DropoutRisk" GROUP BY 1, 2, 3, 4, 5, 6;
