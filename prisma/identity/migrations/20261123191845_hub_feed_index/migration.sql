-- CreateIndex
CREATE INDEX "Person_updatedAt_id_idx" ON "identity"."Person"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Residence_updatedAt_id_idx" ON "identity"."Residence"("updatedAt", "id");
