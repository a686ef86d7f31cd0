-- CreateIndex
CREATE INDEX "Patient_updatedAt_id_idx" ON "health"."Patient"("updatedAt", "id");
