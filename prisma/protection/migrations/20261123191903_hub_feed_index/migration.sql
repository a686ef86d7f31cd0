-- CreateIndex
CREATE INDEX "AbandonmentCase_updatedAt_id_idx" ON "protection"."AbandonmentCase"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "ChildProfile_updatedAt_id_idx" ON "protection"."ChildProfile"("updatedAt", "id");
