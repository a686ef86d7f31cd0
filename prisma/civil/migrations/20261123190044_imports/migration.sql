-- CreateEnum
CREATE TYPE "civil"."ImportStatus" AS ENUM ('RUNNING', 'COMPLETED', 'ROLLED_BACK');

-- AlterTable
ALTER TABLE "civil"."Adoption" ADD COLUMN     "importRunId" UUID;

-- AlterTable
ALTER TABLE "civil"."BirthRegistration" ADD COLUMN     "importRunId" UUID;

-- CreateTable
CREATE TABLE "civil"."ImportRun" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" VARCHAR(64) NOT NULL,
    "agency" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "status" "civil"."ImportStatus" NOT NULL,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "committedThroughLine" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "civil"."RecordHistory" (
    "id" UUID NOT NULL,
    "tableName" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "importRunId" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportRun_kind_fileHash_key" ON "civil"."ImportRun"("kind", "fileHash");

-- CreateIndex
CREATE INDEX "RecordHistory_tableName_recordId_idx" ON "civil"."RecordHistory"("tableName", "recordId");

-- CreateIndex
CREATE INDEX "RecordHistory_importRunId_idx" ON "civil"."RecordHistory"("importRunId");
