-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "education";

-- CreateEnum
CREATE TYPE "education"."Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "education"."SchoolLevel" AS ENUM ('PRESCHOOL', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY');

-- CreateEnum
CREATE TYPE "education"."EnrollmentStatus" AS ENUM ('ENROLLED', 'TRANSFERRED', 'DROPPED_OUT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "education"."DropoutReason" AS ENUM ('CHRONIC_ABSENCE', 'ACADEMIC_DIFFICULTY', 'FAMILY_ECONOMIC', 'FAMILY_MIGRATION', 'HEALTH', 'WORKING', 'MARRIAGE', 'OTHER');

-- CreateTable
CREATE TABLE "education"."Pupil" (
    "id" UUID NOT NULL,
    "studentCode" TEXT NOT NULL,
    "childId" TEXT,
    "personalId" VARCHAR(12),
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "education"."Sex" NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "motherName" TEXT,
    "ethnicity" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pupil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education"."School" (
    "code" VARCHAR(16) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "education"."SchoolLevel" NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "education"."Enrollment" (
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "schoolCode" VARCHAR(16) NOT NULL,
    "schoolYear" VARCHAR(9) NOT NULL,
    "grade" INTEGER NOT NULL,
    "status" "education"."EnrollmentStatus" NOT NULL,
    "enrolledOn" DATE NOT NULL,
    "endedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education"."AttendanceSummary" (
    "id" UUID NOT NULL,
    "enrollmentId" UUID NOT NULL,
    "term" VARCHAR(8) NOT NULL,
    "schoolDays" INTEGER NOT NULL,
    "daysAbsent" INTEGER NOT NULL,
    "daysExcused" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AttendanceSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education"."DropoutFlag" (
    "id" UUID NOT NULL,
    "enrollmentId" UUID NOT NULL,
    "flaggedOn" DATE NOT NULL,
    "reason" "education"."DropoutReason" NOT NULL,
    "note" TEXT,
    "resolvedOn" DATE,

    CONSTRAINT "DropoutFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_studentCode_key" ON "education"."Pupil"("studentCode");

-- CreateIndex
CREATE INDEX "Pupil_childId_idx" ON "education"."Pupil"("childId");

-- CreateIndex
CREATE INDEX "Pupil_personalId_idx" ON "education"."Pupil"("personalId");

-- CreateIndex
CREATE INDEX "School_communeCode_idx" ON "education"."School"("communeCode");

-- CreateIndex
CREATE INDEX "Enrollment_schoolCode_schoolYear_idx" ON "education"."Enrollment"("schoolCode", "schoolYear");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_pupilId_schoolCode_schoolYear_key" ON "education"."Enrollment"("pupilId", "schoolCode", "schoolYear");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceSummary_enrollmentId_term_key" ON "education"."AttendanceSummary"("enrollmentId", "term");

-- CreateIndex
CREATE INDEX "DropoutFlag_enrollmentId_idx" ON "education"."DropoutFlag"("enrollmentId");

-- AddForeignKey
ALTER TABLE "education"."Enrollment" ADD CONSTRAINT "Enrollment_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "education"."Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education"."Enrollment" ADD CONSTRAINT "Enrollment_schoolCode_fkey" FOREIGN KEY ("schoolCode") REFERENCES "education"."School"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education"."AttendanceSummary" ADD CONSTRAINT "AttendanceSummary_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "education"."Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education"."DropoutFlag" ADD CONSTRAINT "DropoutFlag_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "education"."Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
