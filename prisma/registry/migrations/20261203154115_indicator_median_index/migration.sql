-- CreateIndex
CREATE INDEX "ChildIndicator_daysToBirthRegistration_idx" ON "registry"."ChildIndicator"("daysToBirthRegistration");
