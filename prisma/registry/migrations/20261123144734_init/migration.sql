-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "registry";

-- CreateEnum
CREATE TYPE "registry"."Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "registry"."Agency" AS ENUM ('POLICE', 'JUSTICE', 'EDUCATION', 'HEALTH', 'SOCIAL');

-- CreateEnum
CREATE TYPE "registry"."LinkMethod" AS ENUM ('PERSONAL_ID', 'PROBABILISTIC', 'MANUAL', 'SEED_TRUTH');

-- CreateTable
CREATE TABLE "registry"."MasterChild" (
    "id" TEXT NOT NULL,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MasterChild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry"."RecordLink" (
    "id" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "agency" "registry"."Agency" NOT NULL,
    "recordKind" TEXT NOT NULL,
    "sourceRecordId" TEXT NOT NULL,
    "method" "registry"."LinkMethod" NOT NULL,
    "score" DOUBLE PRECISION,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MasterChild_personalId_key" ON "registry"."MasterChild"("personalId");

-- CreateIndex
CREATE INDEX "MasterChild_provinceCode_id_idx" ON "registry"."MasterChild"("provinceCode", "id");

-- CreateIndex
CREATE INDEX "MasterChild_communeCode_id_idx" ON "registry"."MasterChild"("communeCode", "id");

-- CreateIndex
CREATE INDEX "MasterChild_birthYear_idx" ON "registry"."MasterChild"("birthYear");

-- CreateIndex
CREATE INDEX "RecordLink_childId_idx" ON "registry"."RecordLink"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordLink_recordKind_sourceRecordId_key" ON "registry"."RecordLink"("recordKind", "sourceRecordId");

-- AddForeignKey
ALTER TABLE "registry"."RecordLink" ADD CONSTRAINT "RecordLink_childId_fkey" FOREIGN KEY ("childId") REFERENCES "registry"."MasterChild"("id") ON DELETE CASCADE ON UPDATE CASCADE;
