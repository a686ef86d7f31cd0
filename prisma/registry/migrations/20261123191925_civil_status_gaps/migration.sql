-- CreateTable
CREATE TABLE "registry"."SubjectRecordFact" (
    "recordKind" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "agency" "registry"."Agency" NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "personalId" VARCHAR(12),
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubjectRecordFact_pkey" PRIMARY KEY ("recordKind","recordId")
);

-- CreateTable
CREATE TABLE "registry"."ResidenceFact" (
    "recordId" UUID NOT NULL,
    "personRecordId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "registeredOn" DATE NOT NULL,
    "endedOn" DATE,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidenceFact_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "registry"."AdoptionFact" (
    "recordId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "approvedOn" DATE,
    "registeredOn" DATE,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdoptionFact_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "registry"."AbandonmentFileFact" (
    "recordId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "foundOn" DATE NOT NULL,
    "birthRegistrationDueOn" DATE,
    "birthRegistrationDoneOn" DATE,
    "residenceRegistrationDueOn" DATE,
    "residenceRegistrationDoneOn" DATE,
    "healthInsuranceDueOn" DATE,
    "healthInsuranceDoneOn" DATE,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AbandonmentFileFact_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "registry"."CivilStatusGap" (
    "childId" TEXT NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "birthDate" DATE NOT NULL,
    "kinds" TEXT[],
    "detectedBy" TEXT[],
    "since" DATE NOT NULL,
    "details" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CivilStatusGap_pkey" PRIMARY KEY ("childId")
);

-- CreateIndex
CREATE INDEX "SubjectRecordFact_childId_idx" ON "registry"."SubjectRecordFact"("childId");

-- CreateIndex
CREATE INDEX "ResidenceFact_personRecordId_idx" ON "registry"."ResidenceFact"("personRecordId");

-- CreateIndex
CREATE INDEX "AdoptionFact_childId_idx" ON "registry"."AdoptionFact"("childId");

-- CreateIndex
CREATE INDEX "AbandonmentFileFact_childId_idx" ON "registry"."AbandonmentFileFact"("childId");

-- CreateIndex
CREATE INDEX "CivilStatusGap_provinceCode_since_childId_idx" ON "registry"."CivilStatusGap"("provinceCode", "since", "childId");

-- CreateIndex
CREATE INDEX "CivilStatusGap_communeCode_since_childId_idx" ON "registry"."CivilStatusGap"("communeCode", "since", "childId");

-- CreateIndex
CREATE INDEX "CivilStatusGap_since_childId_idx" ON "registry"."CivilStatusGap"("since", "childId");
