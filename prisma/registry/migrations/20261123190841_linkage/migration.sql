-- CreateEnum
CREATE TYPE "registry"."LinkReviewStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "registry"."LinkReviewDecision" AS ENUM ('LINK', 'NEW_CHILD');

-- CreateEnum
CREATE TYPE "registry"."LinkCorrectionKind" AS ENUM ('MERGE', 'SPLIT');

-- AlterEnum
ALTER TYPE "registry"."LinkMethod" ADD VALUE 'NEW_CHILD';

-- AlterTable
ALTER TABLE "registry"."MasterChild" ADD COLUMN     "motherName" TEXT;

-- AlterTable
ALTER TABLE "registry"."RecordLink" ADD COLUMN     "syncedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "registry"."LinkReview" (
    "id" UUID NOT NULL,
    "agency" "registry"."Agency" NOT NULL,
    "recordKind" TEXT NOT NULL,
    "sourceRecordId" TEXT NOT NULL,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "motherName" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "candidates" JSONB NOT NULL,
    "status" "registry"."LinkReviewStatus" NOT NULL DEFAULT 'OPEN',
    "decision" "registry"."LinkReviewDecision",
    "decidedChildId" TEXT,
    "decidedBy" TEXT,
    "decidedByAgency" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry"."LinkCorrection" (
    "id" UUID NOT NULL,
    "kind" "registry"."LinkCorrectionKind" NOT NULL,
    "fromChildId" TEXT NOT NULL,
    "toChildId" TEXT NOT NULL,
    "recordsMoved" INTEGER NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "decidedByAgency" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "LinkCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LinkReview_status_score_id_idx" ON "registry"."LinkReview"("status", "score", "id");

-- CreateIndex
CREATE INDEX "LinkReview_provinceCode_status_idx" ON "registry"."LinkReview"("provinceCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "LinkReview_recordKind_sourceRecordId_key" ON "registry"."LinkReview"("recordKind", "sourceRecordId");

-- CreateIndex
CREATE INDEX "LinkCorrection_toChildId_idx" ON "registry"."LinkCorrection"("toChildId");

-- CreateIndex
CREATE INDEX "MasterChild_birthDate_idx" ON "registry"."MasterChild"("birthDate");

-- CreateIndex
CREATE INDEX "RecordLink_syncedAt_idx" ON "registry"."RecordLink"("syncedAt");
