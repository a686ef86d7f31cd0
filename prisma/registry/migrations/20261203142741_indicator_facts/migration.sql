-- AlterTable
ALTER TABLE "registry"."HealthFact" ADD COLUMN     "lastScreenedOn" DATE;

-- AlterTable
ALTER TABLE "registry"."SocialFact" ADD COLUMN     "careEndedOn" DATE,
ADD COLUMN     "careStartedOn" DATE,
ADD COLUMN     "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "inSensitiveCircumstances" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastSupportPaidOn" DATE;

-- AlterTable
ALTER TABLE "registry"."SubjectRecordFact" ADD COLUMN     "ethnicity" TEXT;

-- CreateTable
CREATE TABLE "registry"."InsuranceCardFact" (
    "cardId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InsuranceCardFact_pkey" PRIMARY KEY ("cardId")
);

-- CreateIndex
CREATE INDEX "InsuranceCardFact_childId_idx" ON "registry"."InsuranceCardFact"("childId");

-- CreateIndex
CREATE INDEX "InsuranceCardFact_patientId_idx" ON "registry"."InsuranceCardFact"("patientId");

-- The fact rows already copied lack the new columns' values (ethnicity, last screening, insurance
-- cards, groups, support and care dates), and an incremental refresh would fill them only for the
-- records that change again. Dropping these feeds' cursors makes the next refresh read them from the
-- start: a feed without a cursor is a first load, so every person, pupil, patient and profile is read
-- once more (facts are upserted or replaced per subject, so the re-read is harmless) and every
-- child's lists are recomputed. (Hand-written: data, not schema.)
DELETE FROM "registry"."FeedCursor"
 WHERE "feed" IN ('identity.persons', 'education.pupil-facts', 'health.patient-facts', 'protection.profile-facts');
