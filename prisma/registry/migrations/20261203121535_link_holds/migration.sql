-- CreateTable
CREATE TABLE "registry"."LinkHold" (
    "id" UUID NOT NULL,
    "recordKind" TEXT NOT NULL,
    "sourceRecordId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "decidedByAgency" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,

    CONSTRAINT "LinkHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LinkHold_childId_idx" ON "registry"."LinkHold"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "LinkHold_recordKind_sourceRecordId_childId_key" ON "registry"."LinkHold"("recordKind", "sourceRecordId", "childId");
