-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "protection";

-- CreateEnum
CREATE TYPE "protection"."SpecialCircumstanceGroup" AS ENUM ('ORPHANED_BOTH_PARENTS', 'ABANDONED', 'WITHOUT_CARER', 'DISABLED', 'LIVING_WITH_HIV', 'IN_CONFLICT_WITH_LAW', 'DRUG_ADDICTED', 'DROPPED_OUT_TO_WORK', 'SEVERELY_HARMED_BY_VIOLENCE', 'EXPLOITED', 'SEXUALLY_ABUSED', 'TRAFFICKED', 'SERIOUS_ILLNESS_POOR_HOUSEHOLD', 'MIGRANT_OR_REFUGEE_UNACCOMPANIED');

-- CreateEnum
CREATE TYPE "protection"."VerificationState" AS ENUM ('COLLECTED', 'CHECKED', 'RECHECKED');

-- CreateEnum
CREATE TYPE "protection"."CareKind" AS ENUM ('KINSHIP', 'FOSTER_FAMILY', 'ADOPTION', 'TEMPORARY', 'SOCIAL_PROTECTION_FACILITY');

-- CreateEnum
CREATE TYPE "protection"."FinderKind" AS ENUM ('HOSPITAL', 'RESIDENT', 'POLICE', 'COMMUNE', 'OTHER');

-- CreateEnum
CREATE TYPE "protection"."ReceptionStepKind" AS ENUM ('RECEPTION', 'FIRST_AID', 'HEALTH_SCREENING', 'HANDOVER', 'PUBLIC_NOTICE', 'BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE', 'ALTERNATIVE_CARE');

-- CreateEnum
CREATE TYPE "protection"."HouseholdPovertyLevel" AS ENUM ('POOR', 'NEAR_POOR');

-- CreateTable
CREATE TABLE "protection"."SpecialCircumstance" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "group" "protection"."SpecialCircumstanceGroup" NOT NULL,
    "identifiedOn" DATE NOT NULL,
    "endedOn" DATE,
    "verification" "protection"."VerificationState" NOT NULL DEFAULT 'COLLECTED',
    "communeCode" VARCHAR(5) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpecialCircumstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."CarePlacement" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "kind" "protection"."CareKind" NOT NULL,
    "carerName" TEXT NOT NULL,
    "carerRelationship" TEXT,
    "facilityName" TEXT,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CarePlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."SupportPayment" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "amountVnd" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,

    CONSTRAINT "SupportPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."HouseholdPoverty" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "level" "protection"."HouseholdPovertyLevel" NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "HouseholdPoverty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."AbandonmentCase" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "foundAt" TIMESTAMP(3) NOT NULL,
    "foundPlace" TEXT NOT NULL,
    "foundByName" TEXT NOT NULL,
    "foundByKind" "protection"."FinderKind" NOT NULL,
    "receivingCommuneCode" VARCHAR(5) NOT NULL,
    "verification" "protection"."VerificationState" NOT NULL DEFAULT 'COLLECTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AbandonmentCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."ReceptionStep" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "step" "protection"."ReceptionStepKind" NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedOn" DATE,
    "note" TEXT,

    CONSTRAINT "ReceptionStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpecialCircumstance_childId_group_identifiedOn_key" ON "protection"."SpecialCircumstance"("childId", "group", "identifiedOn");

-- CreateIndex
CREATE INDEX "CarePlacement_childId_idx" ON "protection"."CarePlacement"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPayment_childId_scheme_period_key" ON "protection"."SupportPayment"("childId", "scheme", "period");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdPoverty_childId_year_key" ON "protection"."HouseholdPoverty"("childId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AbandonmentCase_childId_key" ON "protection"."AbandonmentCase"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionStep_caseId_step_key" ON "protection"."ReceptionStep"("caseId", "step");

-- AddForeignKey
ALTER TABLE "protection"."ReceptionStep" ADD CONSTRAINT "ReceptionStep_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "protection"."AbandonmentCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
