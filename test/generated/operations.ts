/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** applied -> approved -> registered, or revoked. */
export type AdoptionStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'REGISTERED'
  | 'REVOKED';

export type CareKind =
  | 'ADOPTION'
  | 'FOSTER_FAMILY'
  | 'KINSHIP'
  | 'SOCIAL_PROTECTION_FACILITY'
  | 'TEMPORARY';

/** All given conditions must hold. */
export type ChildFilter = {
  birthYearFrom?: number | null | undefined;
  birthYearTo?: number | null | undefined;
  /** Five-digit commune code. */
  communeCode?: string | null | undefined;
  /** Words of the name in any order, ignoring case and diacritics ("nguyen an" finds Nguyễn Văn An). */
  name?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025). */
  provinceCode?: string | null | undefined;
};

/** Certificate level: mild, severe, especially severe. */
export type DisabilityLevel =
  | 'ESPECIALLY_SEVERE'
  | 'MILD'
  | 'SEVERE';

/** Reason a school gives for a dropout warning. */
export type DropoutReason =
  | 'ACADEMIC_DIFFICULTY'
  | 'CHRONIC_ABSENCE'
  | 'FAMILY_ECONOMIC'
  | 'FAMILY_MIGRATION'
  | 'HEALTH'
  | 'MARRIAGE'
  | 'OTHER'
  | 'WORKING';

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'DROPPED_OUT'
  | 'ENROLLED'
  | 'TRANSFERRED';

export type GuardianRelationship =
  | 'FATHER'
  | 'GRANDPARENT'
  | 'LEGAL_GUARDIAN'
  | 'MOTHER'
  | 'OTHER_RELATIVE'
  | 'SIBLING';

export type HivStatusValue =
  | 'EXPOSED'
  | 'NEGATIVE'
  | 'POSITIVE';

export type HouseholdPovertyLevel =
  | 'NEAR_POOR'
  | 'POOR';

export type LinkMethod =
  | 'MANUAL'
  | 'NEW_CHILD'
  | 'PERSONAL_ID'
  | 'PROBABILISTIC'
  | 'SEED_TRUTH';

export type NutritionStatus =
  | 'NORMAL'
  | 'OVERWEIGHT'
  | 'STUNTED'
  | 'UNDERWEIGHT'
  | 'WASTED';

export type ReceptionStepKind =
  | 'ALTERNATIVE_CARE'
  | 'BIRTH_REGISTRATION'
  | 'FIRST_AID'
  | 'HANDOVER'
  | 'HEALTH_INSURANCE'
  | 'HEALTH_SCREENING'
  | 'PUBLIC_NOTICE'
  | 'RECEPTION'
  | 'RESIDENCE_REGISTRATION';

/** PERMANENT = thường trú, TEMPORARY = tạm trú. */
export type ResidenceKind =
  | 'PERMANENT'
  | 'TEMPORARY';

export type SchoolLevel =
  | 'LOWER_SECONDARY'
  | 'PRESCHOOL'
  | 'PRIMARY'
  | 'UPPER_SECONDARY';

/** Schooling in the current school year. */
export type SchoolingStatus =
  | 'DROPPED_OUT'
  | 'ENROLLED'
  | 'NOT_ENROLLED';

export type ScreeningKind =
  | 'NEWBORN'
  | 'PERIODIC'
  | 'SCHOOL';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Agency whose record was linked to a child. */
export type SourceAgency =
  | 'EDUCATION'
  | 'HEALTH'
  | 'JUSTICE'
  | 'POLICE'
  | 'SOCIAL';

/** The 14 groups of children in special circumstances (Law on Children 2016, art. 10). */
export type SpecialCircumstanceGroup =
  | 'ABANDONED'
  | 'DISABLED'
  | 'DROPPED_OUT_TO_WORK'
  | 'DRUG_ADDICTED'
  | 'EXPLOITED'
  | 'IN_CONFLICT_WITH_LAW'
  | 'LIVING_WITH_HIV'
  | 'MIGRANT_OR_REFUGEE_UNACCOMPANIED'
  | 'ORPHANED_BOTH_PARENTS'
  | 'SERIOUS_ILLNESS_POOR_HOUSEHOLD'
  | 'SEVERELY_HARMED_BY_VIOLENCE'
  | 'SEXUALLY_ABUSED'
  | 'TRAFFICKED'
  | 'WITHOUT_CARER';

/** Decision 3978/QĐ-BYT: collected, checked, re-checked. */
export type VerificationState =
  | 'CHECKED'
  | 'COLLECTED'
  | 'RECHECKED';

export type ChildProfileQueryVariables = Exact<{
  id?: string | number | null | undefined;
  personalId?: string | null | undefined;
}>;


export type ChildProfileQuery = { child: { id: string, personalId: string | null, fullName: string | null, birthDate: string | null, sex: Sex | null, ethnicity: string | null, householdSize: number | null, hasBirthRegistration: boolean | null, adoptionStatus: AdoptionStatus | null, schoolingStatus: SchoolingStatus | null, lastScreenedOn: string | null, hasDisability: boolean | null, hasValidInsurance: boolean | null, inSpecialCircumstances: boolean | null, inAlternativeCare: boolean | null, index: { fullName: string, birthDate: string, sex: Sex, provinceCode: string, communeCode: string, personalId: string | null } | null, links: Array<{ agency: SourceAgency, recordKind: string, method: LinkMethod }>, residences: Array<{ kind: ResidenceKind, provinceCode: string, communeCode: string, address: string }> | null, household: { householdNumber: string, members: Array<{ fullName: string, relationToHead: string, child: { id: string } | null }> } | null, guardians: Array<{ fullName: string, relationship: GuardianRelationship }> | null, birthRegistration: { registrationNumber: string, registeredOn: string, isLate: boolean, registeredAsAbandoned: boolean, motherName: string | null } | null, enrollments: Array<{ schoolYear: string, grade: number, status: EnrollmentStatus, school: { code: string, name: string, level: SchoolLevel }, attendance: Array<{ term: string, daysAbsent: number, absenceRate: number }>, dropoutFlags: Array<{ reason: DropoutReason }> }> | null, disability: { certificateLevel: DisabilityLevel | null } | null, insuranceCards: Array<{ cardNumber: string, validTo: string }> | null, specialCircumstances: Array<{ group: SpecialCircumstanceGroup, verification: VerificationState }> | null, sensitiveCircumstances: Array<{ group: SpecialCircumstanceGroup }> | null, carePlacements: Array<{ kind: CareKind, carerName: string }> | null, supportPayments: Array<{ period: string, amountVnd: number }> | null, householdPoverty: Array<{ level: HouseholdPovertyLevel, year: number }> | null, abandonmentCase: { foundPlace: string, steps: Array<{ step: ReceptionStepKind, dueOn: string, completedOn: string | null }> } | null } | null };

export type ChildrenCivilPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChildrenCivilPageQuery = { children: { edges: Array<{ node: { id: string, hasValidInsurance: boolean | null, schoolingStatus: SchoolingStatus | null, birthRegistration: { registrationNumber: string, fatherName: string | null } | null, adoptions: Array<{ status: AdoptionStatus, adoptiveParents: Array<{ fullName: string, nationality: string }> }> | null } }> } };

export type ChildrenHealthPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChildrenHealthPageQuery = { children: { edges: Array<{ node: { id: string, fullName: string | null, householdSize: number | null, hasBirthRegistration: boolean | null, schoolingStatus: SchoolingStatus | null, inAlternativeCare: boolean | null, screenings: Array<{ kind: ScreeningKind, nutritionStatus: NutritionStatus | null, heightCm: number | null }> | null, disability: { certificateLevel: DisabilityLevel | null } | null, insuranceCards: Array<{ validTo: string }> | null, hivStatus: { status: HivStatusValue } | null, specialCircumstances: Array<{ group: SpecialCircumstanceGroup }> | null } }> } };

export type ChildrenPageQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChildrenPageQuery = { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, fullName: string | null, personalId: string | null, adoptionStatus: AdoptionStatus | null, lastScreenedOn: string | null, index: { fullName: string, birthDate: string, provinceCode: string, communeCode: string } | null, residences: Array<{ communeCode: string }> | null, household: { members: Array<{ fullName: string }> } | null, guardians: Array<{ relationship: GuardianRelationship }> | null, birthRegistration: { isLate: boolean } | null, enrollments: Array<{ grade: number, school: { name: string }, attendance: Array<{ daysAbsent: number }>, dropoutFlags: Array<{ reason: DropoutReason }> }> | null, disability: { certificateLevel: DisabilityLevel | null } | null, insuranceCards: Array<{ validTo: string }> | null, specialCircumstances: Array<{ group: SpecialCircumstanceGroup }> | null, sensitiveCircumstances: Array<{ group: SpecialCircumstanceGroup }> | null, carePlacements: Array<{ kind: CareKind }> | null, supportPayments: Array<{ amountVnd: number }> | null, householdPoverty: Array<{ level: HouseholdPovertyLevel }> | null, abandonmentCase: { steps: Array<{ step: ReceptionStepKind, completedOn: string | null }> } | null } }> } };
