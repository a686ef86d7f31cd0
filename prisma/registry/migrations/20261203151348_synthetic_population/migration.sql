-- CreateTable
CREATE TABLE "registry"."SyntheticPopulation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "seed" INTEGER NOT NULL,
    "children" INTEGER NOT NULL,
    "provinces" TEXT,
    "rates" JSONB NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SyntheticPopulation_pkey" PRIMARY KEY ("id")
);
