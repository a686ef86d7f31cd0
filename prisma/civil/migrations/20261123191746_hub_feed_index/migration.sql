-- CreateIndex
CREATE INDEX "Adoption_updatedAt_id_idx" ON "civil"."Adoption"("updatedAt", "id");
