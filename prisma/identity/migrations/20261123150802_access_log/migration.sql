-- CreateTable
CREATE TABLE "identity"."AccessLog" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agency" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "operationName" TEXT,
    "fields" TEXT[],
    "childIds" TEXT[],

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessLog_childIds_idx" ON "identity"."AccessLog" USING GIN ("childIds");

-- CreateIndex
CREATE INDEX "AccessLog_at_idx" ON "identity"."AccessLog"("at");
