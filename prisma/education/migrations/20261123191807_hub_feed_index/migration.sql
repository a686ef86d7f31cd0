-- CreateIndex
CREATE INDEX "Pupil_updatedAt_id_idx" ON "education"."Pupil"("updatedAt", "id");
