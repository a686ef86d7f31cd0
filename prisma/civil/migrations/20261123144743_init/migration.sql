-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "civil";

-- CreateEnum
CREATE TYPE "civil"."Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "civil"."AdoptionStatus" AS ENUM ('APPLIED', 'APPROVED', 'REGISTERED', 'REVOKED');

-- CreateEnum
CREATE TYPE "civil"."AdoptionKind" AS ENUM ('DOMESTIC', 'INTERCOUNTRY');

-- CreateTable
CREATE TABLE "civil"."BirthRegistration" (
    "id" UUID NOT NULL,
    "childId" TEXT,
    "registrationNumber" TEXT NOT NULL,
    "registerBook" TEXT NOT NULL,
    "registeredOn" DATE NOT NULL,
    "registeringCommuneCode" VARCHAR(5) NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "civil"."Sex" NOT NULL,
    "placeOfBirth" TEXT NOT NULL,
    "personalId" VARCHAR(12),
    "motherName" TEXT,
    "motherPersonalId" VARCHAR(12),
    "fatherName" TEXT,
    "fatherPersonalId" VARCHAR(12),
    "isLate" BOOLEAN NOT NULL,
    "registeredAsAbandoned" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BirthRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "civil"."Adoption" (
    "id" UUID NOT NULL,
    "birthRegistrationId" UUID NOT NULL,
    "status" "civil"."AdoptionStatus" NOT NULL,
    "kind" "civil"."AdoptionKind" NOT NULL,
    "appliedOn" DATE NOT NULL,
    "approvedOn" DATE,
    "registeredOn" DATE,
    "revokedOn" DATE,
    "decisionNumber" TEXT,
    "authorityCode" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Adoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "civil"."AdoptiveParent" (
    "id" UUID NOT NULL,
    "adoptionId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "personalId" VARCHAR(12),
    "nationality" VARCHAR(2) NOT NULL,

    CONSTRAINT "AdoptiveParent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BirthRegistration_childId_key" ON "civil"."BirthRegistration"("childId");

-- CreateIndex
CREATE INDEX "BirthRegistration_personalId_idx" ON "civil"."BirthRegistration"("personalId");

-- CreateIndex
CREATE UNIQUE INDEX "BirthRegistration_registeringCommuneCode_registerBook_regis_key" ON "civil"."BirthRegistration"("registeringCommuneCode", "registerBook", "registrationNumber");

-- CreateIndex
CREATE INDEX "Adoption_birthRegistrationId_idx" ON "civil"."Adoption"("birthRegistrationId");

-- CreateIndex
CREATE INDEX "AdoptiveParent_adoptionId_idx" ON "civil"."AdoptiveParent"("adoptionId");

-- AddForeignKey
ALTER TABLE "civil"."Adoption" ADD CONSTRAINT "Adoption_birthRegistrationId_fkey" FOREIGN KEY ("birthRegistrationId") REFERENCES "civil"."BirthRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "civil"."AdoptiveParent" ADD CONSTRAINT "AdoptiveParent_adoptionId_fkey" FOREIGN KEY ("adoptionId") REFERENCES "civil"."Adoption"("id") ON DELETE CASCADE ON UPDATE CASCADE;
