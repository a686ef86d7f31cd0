-- AlterTable
ALTER TABLE "registry"."PendingLink" ADD COLUMN     "importRunId" UUID;

-- CreateIndex
CREATE INDEX "PendingLink_importRunId_idx" ON "registry"."PendingLink"("importRunId");
