-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "protection";

-- CreateEnum
CREATE TYPE "protection"."Sex" AS ENUM ('MALE', 'FEMALE');

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
CREATE TABLE "protection"."ChildProfile" (
    "id" UUID NOT NULL,
    "childId" TEXT,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "protection"."Sex" NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "motherName" TEXT,
    "verification" "protection"."VerificationState" NOT NULL DEFAULT 'COLLECTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChildProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."SpecialCircumstance" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
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
    "profileId" UUID NOT NULL,
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
    "profileId" UUID NOT NULL,
    "scheme" TEXT NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "amountVnd" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,

    CONSTRAINT "SupportPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."HouseholdPoverty" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "level" "protection"."HouseholdPovertyLevel" NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "HouseholdPoverty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protection"."AbandonmentCase" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
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
CREATE INDEX "ChildProfile_childId_idx" ON "protection"."ChildProfile"("childId");

-- CreateIndex
CREATE INDEX "ChildProfile_personalId_idx" ON "protection"."ChildProfile"("personalId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialCircumstance_profileId_group_identifiedOn_key" ON "protection"."SpecialCircumstance"("profileId", "group", "identifiedOn");

-- CreateIndex
CREATE INDEX "CarePlacement_profileId_idx" ON "protection"."CarePlacement"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPayment_profileId_scheme_period_key" ON "protection"."SupportPayment"("profileId", "scheme", "period");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdPoverty_profileId_year_key" ON "protection"."HouseholdPoverty"("profileId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AbandonmentCase_profileId_key" ON "protection"."AbandonmentCase"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionStep_caseId_step_key" ON "protection"."ReceptionStep"("caseId", "step");

-- AddForeignKey
ALTER TABLE "protection"."SpecialCircumstance" ADD CONSTRAINT "SpecialCircumstance_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "protection"."ChildProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protection"."CarePlacement" ADD CONSTRAINT "CarePlacement_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "protection"."ChildProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protection"."SupportPayment" ADD CONSTRAINT "SupportPayment_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "protection"."ChildProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protection"."HouseholdPoverty" ADD CONSTRAINT "HouseholdPoverty_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "protection"."ChildProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protection"."AbandonmentCase" ADD CONSTRAINT "AbandonmentCase_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "protection"."ChildProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protection"."ReceptionStep" ADD CONSTRAINT "ReceptionStep_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "protection"."AbandonmentCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
