-- CreateTable
CREATE TABLE "registry"."PendingLink" (
    "id" UUID NOT NULL,
    "agency" "registry"."Agency" NOT NULL,
    "recordKind" TEXT NOT NULL,
    "sourceRecordId" TEXT NOT NULL,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "motherName" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingLink_recordKind_sourceRecordId_key" ON "registry"."PendingLink"("recordKind", "sourceRecordId");
