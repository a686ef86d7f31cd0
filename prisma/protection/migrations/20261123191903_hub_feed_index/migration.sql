-- CreateIndex
CREATE INDEX "AbandonmentCase_updatedAt_id_idx" ON "protection"."AbandonmentCase"("updatedAt", "id");
