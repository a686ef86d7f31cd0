-- CreateIndex
CREATE INDEX "BirthRegistration_updatedAt_id_idx" ON "civil"."BirthRegistration"("updatedAt", "id");
