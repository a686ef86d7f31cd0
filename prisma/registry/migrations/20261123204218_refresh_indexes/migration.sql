-- CreateIndex
CREATE INDEX "MasterChild_updatedAt_idx" ON "registry"."MasterChild"("updatedAt");

-- CreateIndex
CREATE INDEX "RecordLink_linkedAt_idx" ON "registry"."RecordLink"("linkedAt");
