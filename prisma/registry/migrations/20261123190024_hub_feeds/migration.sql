-- CreateTable
CREATE TABLE "registry"."FeedCursor" (
    "feed" TEXT NOT NULL,
    "cursor" TEXT,
    "rowsApplied" BIGINT NOT NULL DEFAULT 0,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedCursor_pkey" PRIMARY KEY ("feed")
);

-- CreateTable
CREATE TABLE "registry"."CivilRegistrationFact" (
    "recordId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "registeredOn" DATE NOT NULL,
    "registeringCommuneCode" VARCHAR(5) NOT NULL,
    "personalId" VARCHAR(12),
    "registeredAsAbandoned" BOOLEAN NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CivilRegistrationFact_pkey" PRIMARY KEY ("recordId")
);

-- CreateIndex
CREATE INDEX "CivilRegistrationFact_childId_idx" ON "registry"."CivilRegistrationFact"("childId");
