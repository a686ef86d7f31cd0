-- CreateTable
CREATE TABLE "registry"."HubRefreshRun" (
    "id" BIGSERIAL NOT NULL,
    "jobId" BIGINT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "replica" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "HubRefreshRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HubRefreshRun_startedAt_idx" ON "registry"."HubRefreshRun"("startedAt");
