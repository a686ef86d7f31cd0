-- CreateEnum
CREATE TYPE "registry"."RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "registry"."SchoolingFact" (
    "enrollmentId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "schoolCode" VARCHAR(16) NOT NULL,
    "schoolName" TEXT NOT NULL,
    "schoolYear" VARCHAR(9) NOT NULL,
    "grade" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "enrolledOn" DATE NOT NULL,
    "endedOn" DATE,
    "openDropoutWarnings" INTEGER NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchoolingFact_pkey" PRIMARY KEY ("enrollmentId")
);

-- CreateTable
CREATE TABLE "registry"."AttendanceFact" (
    "enrollmentId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "term" VARCHAR(8) NOT NULL,
    "schoolDays" INTEGER NOT NULL,
    "daysAbsent" INTEGER NOT NULL,

    CONSTRAINT "AttendanceFact_pkey" PRIMARY KEY ("enrollmentId","term")
);

-- CreateTable
CREATE TABLE "registry"."HealthFact" (
    "patientId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "hasDisability" BOOLEAN NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthFact_pkey" PRIMARY KEY ("patientId")
);

-- CreateTable
CREATE TABLE "registry"."SocialFact" (
    "profileId" UUID NOT NULL,
    "childId" TEXT NOT NULL,
    "inSpecialCircumstances" BOOLEAN NOT NULL,
    "orphaned" BOOLEAN NOT NULL,
    "householdPoverty" TEXT,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialFact_pkey" PRIMARY KEY ("profileId")
);

-- CreateTable
CREATE TABLE "registry"."DropoutRisk" (
    "childId" TEXT NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "schoolCode" VARCHAR(16) NOT NULL,
    "schoolName" TEXT NOT NULL,
    "schoolYear" VARCHAR(9) NOT NULL,
    "grade" INTEGER NOT NULL,
    "level" "registry"."RiskLevel" NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" TEXT[],
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DropoutRisk_pkey" PRIMARY KEY ("childId")
);

-- CreateTable
CREATE TABLE "registry"."OutOfSchoolChild" (
    "childId" TEXT NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "ageYears" INTEGER NOT NULL,
    "situation" TEXT NOT NULL,
    "schoolYear" VARCHAR(9) NOT NULL,
    "lastSchoolCode" VARCHAR(16),
    "lastSchoolName" TEXT,
    "lastGrade" INTEGER,
    "lastSchoolYear" VARCHAR(9),
    "leftOn" DATE,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutOfSchoolChild_pkey" PRIMARY KEY ("childId")
);

-- CreateIndex
CREATE INDEX "SchoolingFact_childId_idx" ON "registry"."SchoolingFact"("childId");

-- CreateIndex
CREATE INDEX "SchoolingFact_pupilId_idx" ON "registry"."SchoolingFact"("pupilId");

-- CreateIndex
CREATE INDEX "AttendanceFact_pupilId_idx" ON "registry"."AttendanceFact"("pupilId");

-- CreateIndex
CREATE INDEX "HealthFact_childId_idx" ON "registry"."HealthFact"("childId");

-- CreateIndex
CREATE INDEX "SocialFact_childId_idx" ON "registry"."SocialFact"("childId");

-- CreateIndex
CREATE INDEX "DropoutRisk_provinceCode_score_childId_idx" ON "registry"."DropoutRisk"("provinceCode", "score" DESC, "childId");

-- CreateIndex
CREATE INDEX "DropoutRisk_communeCode_score_childId_idx" ON "registry"."DropoutRisk"("communeCode", "score" DESC, "childId");

-- CreateIndex
CREATE INDEX "DropoutRisk_schoolCode_score_childId_idx" ON "registry"."DropoutRisk"("schoolCode", "score" DESC, "childId");

-- CreateIndex
CREATE INDEX "DropoutRisk_score_childId_idx" ON "registry"."DropoutRisk"("score" DESC, "childId");

-- CreateIndex
CREATE INDEX "OutOfSchoolChild_provinceCode_childId_idx" ON "registry"."OutOfSchoolChild"("provinceCode", "childId");

-- CreateIndex
CREATE INDEX "OutOfSchoolChild_communeCode_childId_idx" ON "registry"."OutOfSchoolChild"("communeCode", "childId");
