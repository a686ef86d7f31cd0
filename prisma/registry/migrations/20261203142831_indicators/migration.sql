-- CreateTable
CREATE TABLE "registry"."ChildIndicator" (
    "childId" TEXT NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "registry"."Sex" NOT NULL,
    "ethnicGroup" TEXT NOT NULL,
    "hasDisability" BOOLEAN NOT NULL,
    "abandonedFoundOn" DATE,
    "careStartedOn" DATE,
    "careEndedOn" DATE,
    "legalFileComplete" BOOLEAN NOT NULL,
    "legalStepOpenDueOn" DATE,
    "daysToBirthRegistration" INTEGER,
    "specialGroups" TEXT[],
    "inSensitiveCircumstances" BOOLEAN NOT NULL,
    "lastSupportPaidOn" DATE,
    "birthRegisteredOn" DATE,
    "hasPersonalId" BOOLEAN NOT NULL,
    "lastScreenedOn" DATE,
    "insuredUntil" DATE,
    "outOfSchool" BOOLEAN NOT NULL,
    "enrolledThisYear" BOOLEAN NOT NULL,
    "droppedOutThisYear" BOOLEAN NOT NULL,
    "highDropoutRisk" BOOLEAN NOT NULL,

    CONSTRAINT "ChildIndicator_pkey" PRIMARY KEY ("childId")
);

-- CreateTable
CREATE TABLE "registry"."IndicatorCube" (
    "communeCode" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "sex" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "ethnicGroup" TEXT NOT NULL,
    "hasDisability" BOOLEAN NOT NULL,
    "children" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "abandonedInCare" INTEGER NOT NULL,
    "abandonedLegalFileComplete" INTEGER NOT NULL,
    "abandonedStepsOverdue" INTEGER NOT NULL,
    "abandonedBirthRegistered" INTEGER NOT NULL,
    "specialCircumstances" INTEGER NOT NULL,
    "specialSupported" INTEGER NOT NULL,
    "birthRegistered" INTEGER NOT NULL,
    "registeredOnTime" INTEGER NOT NULL,
    "registeredLate" INTEGER NOT NULL,
    "withPersonalId" INTEGER NOT NULL,
    "screenedLast12Months" INTEGER NOT NULL,
    "underSix" INTEGER NOT NULL,
    "underSixInsured" INTEGER NOT NULL,
    "compulsoryAge" INTEGER NOT NULL,
    "outOfSchool" INTEGER NOT NULL,
    "enrolled" INTEGER NOT NULL,
    "droppedOut" INTEGER NOT NULL,
    "highDropoutRisk" INTEGER NOT NULL,

    CONSTRAINT "IndicatorCube_pkey" PRIMARY KEY ("communeCode","sex","ageBand","ethnicGroup","hasDisability")
);

-- CreateTable
CREATE TABLE "registry"."IndicatorGroupCube" (
    "communeCode" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "circumstanceGroup" TEXT NOT NULL,
    "specialCircumstances" INTEGER NOT NULL,
    "specialSupported" INTEGER NOT NULL,

    CONSTRAINT "IndicatorGroupCube_pkey" PRIMARY KEY ("communeCode","circumstanceGroup")
);

-- CreateTable
CREATE TABLE "registry"."IndicatorSnapshot" (
    "day" DATE NOT NULL,
    "communeCode" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "children" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "abandonedInCare" INTEGER NOT NULL,
    "abandonedLegalFileComplete" INTEGER NOT NULL,
    "abandonedStepsOverdue" INTEGER NOT NULL,
    "abandonedBirthRegistered" INTEGER NOT NULL,
    "specialCircumstances" INTEGER NOT NULL,
    "specialSupported" INTEGER NOT NULL,
    "birthRegistered" INTEGER NOT NULL,
    "registeredOnTime" INTEGER NOT NULL,
    "registeredLate" INTEGER NOT NULL,
    "withPersonalId" INTEGER NOT NULL,
    "screenedLast12Months" INTEGER NOT NULL,
    "underSix" INTEGER NOT NULL,
    "underSixInsured" INTEGER NOT NULL,
    "compulsoryAge" INTEGER NOT NULL,
    "outOfSchool" INTEGER NOT NULL,
    "enrolled" INTEGER NOT NULL,
    "droppedOut" INTEGER NOT NULL,
    "highDropoutRisk" INTEGER NOT NULL,

    CONSTRAINT "IndicatorSnapshot_pkey" PRIMARY KEY ("day","communeCode")
);

-- CreateIndex
CREATE INDEX "IndicatorCube_provinceCode_idx" ON "registry"."IndicatorCube"("provinceCode");

-- CreateIndex
CREATE INDEX "IndicatorGroupCube_provinceCode_idx" ON "registry"."IndicatorGroupCube"("provinceCode");

-- CreateIndex
CREATE INDEX "IndicatorSnapshot_provinceCode_day_idx" ON "registry"."IndicatorSnapshot"("provinceCode", "day");
