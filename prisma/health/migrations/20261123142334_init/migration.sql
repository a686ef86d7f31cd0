-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "health";

-- CreateEnum
CREATE TYPE "health"."ScreeningKind" AS ENUM ('NEWBORN', 'PERIODIC', 'SCHOOL');

-- CreateEnum
CREATE TYPE "health"."NutritionStatus" AS ENUM ('NORMAL', 'STUNTED', 'WASTED', 'UNDERWEIGHT', 'OVERWEIGHT');

-- CreateEnum
CREATE TYPE "health"."DisabilityLevel" AS ENUM ('MILD', 'SEVERE', 'ESPECIALLY_SEVERE');

-- CreateEnum
CREATE TYPE "health"."HivStatusValue" AS ENUM ('NEGATIVE', 'EXPOSED', 'POSITIVE');

-- CreateTable
CREATE TABLE "health"."Screening" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
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
    "childId" TEXT NOT NULL,
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
    "childId" TEXT NOT NULL,
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
    "childId" TEXT NOT NULL,
    "status" "health"."HivStatusValue" NOT NULL,
    "onTreatment" BOOLEAN NOT NULL DEFAULT false,
    "recordedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HivStatus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Screening_childId_screenedOn_idx" ON "health"."Screening"("childId", "screenedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Disability_childId_key" ON "health"."Disability"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceCard_cardNumber_key" ON "health"."InsuranceCard"("cardNumber");

-- CreateIndex
CREATE INDEX "InsuranceCard_childId_validTo_idx" ON "health"."InsuranceCard"("childId", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "HivStatus_childId_key" ON "health"."HivStatus"("childId");
