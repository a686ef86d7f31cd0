/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** applied -> approved -> registered, or revoked. */
export type AdoptionStatus =
  /** Đã nộp hồ sơ — Applied */
  | 'APPLIED'
  /** Đã phê duyệt — Approved */
  | 'APPROVED'
  /** Đã đăng ký — Registered */
  | 'REGISTERED'
  /** Đã chấm dứt — Revoked */
  | 'REVOKED';

/** Form of alternative care (hình thức chăm sóc thay thế). */
export type CareKind =
  /** Nhận con nuôi — Adoption */
  | 'ADOPTION'
  /** Gia đình nhận chăm sóc thay thế — Foster family */
  | 'FOSTER_FAMILY'
  /** Người thân thích chăm sóc — Kinship care */
  | 'KINSHIP'
  /** Cơ sở trợ giúp xã hội — Social protection facility */
  | 'SOCIAL_PROTECTION_FACILITY'
  /** Chăm sóc thay thế tạm thời — Temporary care */
  | 'TEMPORARY';

/** All given conditions must hold. */
export type ChildFilter = {
  /** Born in this year or later. */
  birthYearFrom?: number | null | undefined;
  /** Born in this year or earlier. */
  birthYearTo?: number | null | undefined;
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Words of the name in any order, ignoring case and diacritics ("nguyen an" finds Nguyễn Văn An). */
  name?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
};

/** Certificate level: mild, severe, especially severe. */
export type DisabilityLevel =
  /** Đặc biệt nặng — Especially severe */
  | 'ESPECIALLY_SEVERE'
  /** Nhẹ — Mild */
  | 'MILD'
  /** Nặng — Severe */
  | 'SEVERE';

/** Reason a school gives for a dropout warning. */
export type DropoutReason =
  /** Học lực yếu — Academic difficulty */
  | 'ACADEMIC_DIFFICULTY'
  /** Nghỉ học thường xuyên — Chronic absence */
  | 'CHRONIC_ABSENCE'
  /** Hoàn cảnh kinh tế gia đình khó khăn — Family's economic hardship */
  | 'FAMILY_ECONOMIC'
  /** Gia đình di cư — Family migration */
  | 'FAMILY_MIGRATION'
  /** Sức khỏe — Health */
  | 'HEALTH'
  /** Kết hôn — Marriage */
  | 'MARRIAGE'
  /** Lý do khác — Other reason */
  | 'OTHER'
  /** Đi làm — Working */
  | 'WORKING';

/** Where a pupil's enrollment stands. */
export type EnrollmentStatus =
  /** Hoàn thành — Completed the level */
  | 'COMPLETED'
  /** Bỏ học — Dropped out */
  | 'DROPPED_OUT'
  /** Đang học — Enrolled */
  | 'ENROLLED'
  /** Chuyển trường — Transferred to another school */
  | 'TRANSFERRED';

/** Who a guardian is to the child. */
export type GuardianRelationship =
  /** Cha — Father */
  | 'FATHER'
  /** Ông, bà — Grandparent */
  | 'GRANDPARENT'
  /** Người giám hộ — Legal guardian */
  | 'LEGAL_GUARDIAN'
  /** Mẹ — Mother */
  | 'MOTHER'
  /** Người thân thích khác — Other relative */
  | 'OTHER_RELATIVE'
  /** Anh, chị, em ruột — Sibling */
  | 'SIBLING';

/** A child's HIV status. */
export type HivStatusValue =
  /** Phơi nhiễm HIV — Exposed (born to a mother living with HIV, status not yet confirmed) */
  | 'EXPOSED'
  /** Âm tính — Negative */
  | 'NEGATIVE'
  /** Dương tính — Positive */
  | 'POSITIVE';

/** A household's listing in the commune's poverty review. */
export type HouseholdPovertyLevel =
  /** Hộ cận nghèo — Near-poor household */
  | 'NEAR_POOR'
  /** Hộ nghèo — Poor household */
  | 'POOR';

/** How the hub linked an agency record to the child. */
export type LinkMethod =
  /** Cán bộ quyết định — Decided by a reviewer */
  | 'MANUAL'
  /** Trẻ mới — Matched no known child: a new one was made from it */
  | 'NEW_CHILD'
  /** Trùng số định danh cá nhân — Same personal ID number */
  | 'PERSONAL_ID'
  /** Ghép nối xác suất — Probabilistic match of name, birth date, sex, commune and mother */
  | 'PROBABILISTIC'
  /** Dữ liệu mẫu — Synthetic sample data, linked as generated */
  | 'SEED_TRUTH';

/** Nutrition status a screening found (tình trạng dinh dưỡng). */
export type NutritionStatus =
  /** Bình thường — Normal */
  | 'NORMAL'
  /** Thừa cân — Overweight */
  | 'OVERWEIGHT'
  /** Thấp còi — Stunted (low height for age) */
  | 'STUNTED'
  /** Nhẹ cân — Underweight (low weight for age) */
  | 'UNDERWEIGHT'
  /** Gầy còm — Wasted (low weight for height) */
  | 'WASTED';

/** A step of an abandoned child's reception and legal file. */
export type ReceptionStepKind =
  /** Chăm sóc thay thế — Alternative care */
  | 'ALTERNATIVE_CARE'
  /** Đăng ký khai sinh — Birth registration */
  | 'BIRTH_REGISTRATION'
  /** Sơ cứu — First aid */
  | 'FIRST_AID'
  /** Bàn giao — Handover */
  | 'HANDOVER'
  /** Cấp thẻ BHYT — Health insurance card */
  | 'HEALTH_INSURANCE'
  /** Khám sức khỏe — Health screening */
  | 'HEALTH_SCREENING'
  /** Thông báo tìm người thân — Public notice */
  | 'PUBLIC_NOTICE'
  /** Tiếp nhận — Reception */
  | 'RECEPTION'
  /** Đăng ký cư trú — Residence registration */
  | 'RESIDENCE_REGISTRATION';

/** Kind of residence registration (đăng ký cư trú). */
export type ResidenceKind =
  /** Thường trú — Permanent residence */
  | 'PERMANENT'
  /** Tạm trú — Temporary residence */
  | 'TEMPORARY';

/** Level of the education system (cấp học). */
export type SchoolLevel =
  /** Trung học cơ sở — Lower secondary (grades 6-9) */
  | 'LOWER_SECONDARY'
  /** Mầm non — Preschool */
  | 'PRESCHOOL'
  /** Tiểu học — Primary (grades 1-5) */
  | 'PRIMARY'
  /** Trung học phổ thông — Upper secondary (grades 10-12) */
  | 'UPPER_SECONDARY';

/** Schooling in the current school year. */
export type SchoolingStatus =
  /**
   * Bỏ học — Dropped out
   *
   * Dropped out this school year, and no current enrollment.
   */
  | 'DROPPED_OUT'
  /**
   * Đang đi học — Enrolled
   *
   * An enrollment this school year is current or completed.
   */
  | 'ENROLLED'
  /**
   * Không đi học — Not enrolled
   *
   * No enrollment this school year (a transfer alone counts as none).
   */
  | 'NOT_ENROLLED';

/** Why the child was screened. */
export type ScreeningKind =
  /** Sơ sinh — Newborn screening */
  | 'NEWBORN'
  /** Định kỳ — Periodic check-up */
  | 'PERIODIC'
  /** Học đường — School health check */
  | 'SCHOOL';

/** Sex as the record states it (giới tính). */
export type Sex =
  /** Nữ — Female */
  | 'FEMALE'
  /** Nam — Male */
  | 'MALE';

/** Agency whose record was linked to a child. */
export type SourceAgency =
  /** Giáo dục — Education */
  | 'EDUCATION'
  /** Y tế — Health */
  | 'HEALTH'
  /** Tư pháp — Justice */
  | 'JUSTICE'
  /** Công an — Police */
  | 'POLICE'
  /** Bảo trợ xã hội — Social protection */
  | 'SOCIAL';

/** The 14 groups of children in special circumstances (Law on Children 2016, art. 10). */
export type SpecialCircumstanceGroup =
  /** Bị bỏ rơi — Abandoned */
  | 'ABANDONED'
  /** Khuyết tật — With a disability */
  | 'DISABLED'
  /** Bỏ học kiếm sống — Dropped out of school to earn a living */
  | 'DROPPED_OUT_TO_WORK'
  /** Nghiện ma túy — Addicted to drugs */
  | 'DRUG_ADDICTED'
  /** Bị bóc lột — Exploited */
  | 'EXPLOITED'
  /** Vi phạm pháp luật — In conflict with the law */
  | 'IN_CONFLICT_WITH_LAW'
  /** Nhiễm HIV/AIDS — Living with HIV/AIDS */
  | 'LIVING_WITH_HIV'
  /** Di cư, lánh nạn chưa xác định được cha mẹ — Migrant or refugee whose parents are not identified */
  | 'MIGRANT_OR_REFUGEE_UNACCOMPANIED'
  /** Mồ côi cả cha và mẹ — Orphaned of both parents */
  | 'ORPHANED_BOTH_PARENTS'
  /** Bệnh hiểm nghèo thuộc hộ nghèo — Seriously ill, of a poor or near-poor household */
  | 'SERIOUS_ILLNESS_POOR_HOUSEHOLD'
  /** Bị tổn hại nghiêm trọng do bạo lực — Severely harmed by violence */
  | 'SEVERELY_HARMED_BY_VIOLENCE'
  /** Bị xâm hại tình dục — Sexually abused */
  | 'SEXUALLY_ABUSED'
  /** Bị mua bán — Trafficked */
  | 'TRAFFICKED'
  /** Không nơi nương tựa — Without a carer */
  | 'WITHOUT_CARER';

/** Decision 3978/QĐ-BYT: collected, checked, re-checked. */
export type VerificationState =
  /** Đã kiểm tra — Checked */
  | 'CHECKED'
  /** Đã thu thập — Collected */
  | 'COLLECTED'
  /** Đã phúc tra — Re-checked */
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
