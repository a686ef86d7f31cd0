-- AlterTable
ALTER TABLE "health"."Disability" ADD COLUMN     "importRunId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "health"."InsuranceCard" ADD COLUMN     "importRunId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
