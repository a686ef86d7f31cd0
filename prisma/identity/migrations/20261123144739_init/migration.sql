-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "identity";

-- CreateEnum
CREATE TYPE "identity"."Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "identity"."ResidenceKind" AS ENUM ('PERMANENT', 'TEMPORARY');

-- CreateEnum
CREATE TYPE "identity"."GuardianRelationship" AS ENUM ('MOTHER', 'FATHER', 'GRANDPARENT', 'SIBLING', 'OTHER_RELATIVE', 'LEGAL_GUARDIAN');

-- CreateTable
CREATE TABLE "identity"."Person" (
    "id" UUID NOT NULL,
    "childId" TEXT,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "identity"."Sex" NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "nationality" VARCHAR(2) NOT NULL DEFAULT 'VN',
    "householdId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."Residence" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "identity"."ResidenceKind" NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "address" TEXT NOT NULL,
    "registeredOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Residence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."Household" (
    "id" UUID NOT NULL,
    "householdNumber" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."HouseholdMember" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "relationToHead" TEXT NOT NULL,
    "birthYear" INTEGER,
    "personalId" VARCHAR(12),
    "childId" TEXT,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."Guardian" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "relationship" "identity"."GuardianRelationship" NOT NULL,
    "personalId" VARCHAR(12),
    "phone" TEXT,
    "isLegalGuardian" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Guardian_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_childId_key" ON "identity"."Person"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_personalId_key" ON "identity"."Person"("personalId");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "identity"."Person"("householdId");

-- CreateIndex
CREATE INDEX "Residence_personId_idx" ON "identity"."Residence"("personId");

-- CreateIndex
CREATE INDEX "Residence_communeCode_idx" ON "identity"."Residence"("communeCode");

-- CreateIndex
CREATE UNIQUE INDEX "Household_householdNumber_key" ON "identity"."Household"("householdNumber");

-- CreateIndex
CREATE INDEX "HouseholdMember_householdId_idx" ON "identity"."HouseholdMember"("householdId");

-- CreateIndex
CREATE INDEX "Guardian_personId_idx" ON "identity"."Guardian"("personId");

-- AddForeignKey
ALTER TABLE "identity"."Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "identity"."Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."Residence" ADD CONSTRAINT "Residence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "identity"."Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."HouseholdMember" ADD CONSTRAINT "HouseholdMember_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "identity"."Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."Guardian" ADD CONSTRAINT "Guardian_personId_fkey" FOREIGN KEY ("personId") REFERENCES "identity"."Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
