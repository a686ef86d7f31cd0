-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "health";

-- CreateEnum
CREATE TYPE "health"."Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "health"."ScreeningKind" AS ENUM ('NEWBORN', 'PERIODIC', 'SCHOOL');

-- CreateEnum
CREATE TYPE "health"."NutritionStatus" AS ENUM ('NORMAL', 'STUNTED', 'WASTED', 'UNDERWEIGHT', 'OVERWEIGHT');

-- CreateEnum
CREATE TYPE "health"."DisabilityLevel" AS ENUM ('MILD', 'SEVERE', 'ESPECIALLY_SEVERE');

-- CreateEnum
CREATE TYPE "health"."HivStatusValue" AS ENUM ('NEGATIVE', 'EXPOSED', 'POSITIVE');

-- CreateTable
CREATE TABLE "health"."Patient" (
    "id" UUID NOT NULL,
    "recordNumber" TEXT NOT NULL,
    "childId" TEXT,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "health"."Sex" NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "motherName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health"."Screening" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "screenedOn" DATE NOT NULL,
    "facilityCode" TEXT NOT NULL,
    "facilityName" TEXT NOT NULL,
    "kind" "health"."ScreeningKind" NOT NULL,
    "heightCm" DECIMAL(5,1),
    "weightKg" DECIMAL(5,2),
    "nutritionStatus" "health"."NutritionStatus",
    "vaccinationComplete" BOOLEAN,
    "findings" TEXT,
    "referredTo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health"."Disability" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "detectedOn" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "certificateLevel" "health"."DisabilityLevel",
    "certifiedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Disability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health"."InsuranceCard" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "cardNumber" VARCHAR(15) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "freeUnderSix" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InsuranceCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health"."HivStatus" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "status" "health"."HivStatusValue" NOT NULL,
    "onTreatment" BOOLEAN NOT NULL DEFAULT false,
    "recordedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HivStatus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Patient_recordNumber_key" ON "health"."Patient"("recordNumber");

-- CreateIndex
CREATE INDEX "Patient_childId_idx" ON "health"."Patient"("childId");

-- CreateIndex
CREATE INDEX "Patient_personalId_idx" ON "health"."Patient"("personalId");

-- CreateIndex
CREATE INDEX "Screening_patientId_screenedOn_idx" ON "health"."Screening"("patientId", "screenedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Disability_patientId_key" ON "health"."Disability"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceCard_cardNumber_key" ON "health"."InsuranceCard"("cardNumber");

-- CreateIndex
CREATE INDEX "InsuranceCard_patientId_validTo_idx" ON "health"."InsuranceCard"("patientId", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "HivStatus_patientId_key" ON "health"."HivStatus"("patientId");

-- AddForeignKey
ALTER TABLE "health"."Screening" ADD CONSTRAINT "Screening_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "health"."Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health"."Disability" ADD CONSTRAINT "Disability_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "health"."Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health"."InsuranceCard" ADD CONSTRAINT "InsuranceCard_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "health"."Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health"."HivStatus" ADD CONSTRAINT "HivStatus_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "health"."Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
