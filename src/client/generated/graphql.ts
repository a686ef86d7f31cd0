/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** All given conditions must hold; the area is the receiving commune. */
export type AbandonedChildFilter = {
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** true: only files with at least one step still open past its due date; false: only files with none (steps done late do not count). Leave out for all. */
  overdue?: boolean | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
};

/** One row of civil adoptions, as `childgraph import --columns civil adoptions` documents it. */
export type AdoptionInput = {
  /** date; not before birth, not in the future (import column "applied_on") */
  appliedOn: string;
  /** date; not before appliedOn (import column "approved_on") */
  approvedOn?: string | null | undefined;
  /** the commune (five digits) or department that decides (import column "authority_code") */
  authorityCode: string;
  /** number of the decision (import column "decision_number") */
  decisionNumber?: string | null | undefined;
  /** Trong nước / Có yếu tố nước ngoài (DOMESTIC / INTERCOUNTRY) (import column "kind") */
  kind: string;
  /** its register book (import column "register_book") */
  registerBook: string;
  /** date; not before approvedOn (import column "registered_on") */
  registeredOn?: string | null | undefined;
  /** the commune of the child's birth registration (import column "registering_commune_code") */
  registeringCommuneCode: string;
  /** its entry number; the registration must be known to the civil subgraph (import column "registration_number") */
  registrationNumber: string;
  /** date; not before registeredOn (import column "revoked_on") */
  revokedOn?: string | null | undefined;
  /** Đã nộp hồ sơ / Đã phê duyệt / Đã đăng ký / Đã chấm dứt; each needs its date (import column "status") */
  status: string;
};

/** Domestic adoption, or one with a foreign element (có yếu tố nước ngoài). */
export type AdoptionKind =
  /** Trong nước — Domestic */
  | 'DOMESTIC'
  /** Có yếu tố nước ngoài — Intercountry */
  | 'INTERCOUNTRY';

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

/** The level of an area: the country, a province or a commune. */
export type AreaLevel =
  /** Cấp xã — Commune */
  | 'COMMUNE'
  /** Toàn quốc — Country */
  | 'COUNTRY'
  /** Cấp tỉnh — Province */
  | 'PROVINCE';

/** One row of civil births, as `childgraph import --columns civil births` documents it. */
export type BirthRegistrationInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** the father's full name (import column "father_name") */
  fatherName?: string | null | undefined;
  /** the father's 12-digit personal ID (import column "father_personal_id") */
  fatherPersonalId?: string | null | undefined;
  /** family name first (import column "full_name") */
  fullName: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** the mother's 12-digit personal ID (import column "mother_personal_id") */
  motherPersonalId?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** hospital, health station or address (import column "place_of_birth") */
  placeOfBirth: string;
  /** register book, e.g. 01/2025 (import column "register_book") */
  registerBook: string;
  /** date; not before birth, not in the future (more than 60 days after birth is a late registration) (import column "registered_on") */
  registeredOn: string;
  /** the commune that keeps the register, five digits (Decision 19/2025) (import column "registering_commune_code") */
  registeringCommuneCode: string;
  /** entry number in the book; commune, book and number identify the entry (import column "registration_number") */
  registrationNumber: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
};

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
export type ChildCountFilter = {
  /** With birthYearTo, the same year: children born that year. Ranges are refused (see childCounts). */
  birthYearFrom?: number | null | undefined;
  /** Equal to birthYearFrom. */
  birthYearTo?: number | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
};

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

/** What a child lacks in civil status (hộ tịch) and identity papers. */
export type CivilStatusGapKind =
  /**
   * Trẻ bị bỏ rơi chưa hoàn thiện hồ sơ pháp lý — Abandoned child, legal file incomplete
   *
   * An abandoned child's birth registration, residence or health-insurance step is missing past its deadline, or was done late.
   */
  | 'ABANDONED_WITHOUT_LEGAL_FILE'
  /**
   * Việc nuôi con nuôi chưa được đăng ký — Adoption not registered
   *
   * An adoption approved but never registered.
   */
  | 'ADOPTION_NOT_REGISTERED'
  /**
   * Thông tin nhân thân không thống nhất — Identity details disagree
   *
   * The personal ID's digits contradict sex or birth year, or agencies record different dates of birth.
   */
  | 'IDENTITY_MISMATCH'
  /**
   * Đăng ký khai sinh quá hạn — Late birth registration
   *
   * Registered more than 60 days after birth.
   */
  | 'LATE_BIRTH_REGISTRATION'
  /**
   * Chưa đăng ký khai sinh — No birth registration
   *
   * Known to another agency, but no birth registration.
   */
  | 'NO_BIRTH_REGISTRATION'
  /**
   * Chưa có số định danh cá nhân — No personal ID number
   *
   * No personal identification number in any agency record.
   */
  | 'NO_PERSONAL_ID'
  /**
   * Chưa đăng ký thường trú — No permanent residence registration
   *
   * No current permanent residence registration.
   */
  | 'NO_RESIDENCE_REGISTRATION';

/** Marks one step of a reception file done. */
export type CompleteReceptionStepInput = {
  /** The reception file (AbandonmentCase.id). */
  caseId: string | number;
  /** When the step was done; not in the future, not before the child was found. */
  completedOn: string;
  /** The version of the file you read; a stale version is refused. */
  expectedVersion: number;
  /** A note on the step, up to 2,000 characters; it replaces the step's note (leave out for none). */
  note?: string | null | undefined;
  /** The step done. */
  step: ReceptionStepKind;
};

/** Whether childCounts gives a row per province or per commune. */
export type CountGrouping =
  /** Cấp xã — Commune */
  | 'COMMUNE'
  /** Cấp tỉnh — Province */
  | 'PROVINCE';

/** One row of health disabilities, as `childgraph import --columns health disabilities` documents it. */
export type DisabilityInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** Nhẹ / Nặng / Đặc biệt nặng; needs certifiedOn (import column "certificate_level") */
  certificateLevel?: string | null | undefined;
  /** date of the commune certificate; not before detectedOn (import column "certified_on") */
  certifiedOn?: string | null | undefined;
  /** commune of residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** date; not before birth, not in the future (import column "detected_on") */
  detectedOn: string;
  /** family name first (import column "full_name") */
  fullName: string;
  /** e.g. Khuyết tật vận động, Khuyết tật nghe, nói (import column "kind") */
  kind: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** the station's health record number (import column "record_number") */
  recordNumber: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
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

/** All given conditions must hold. Area codes are of the child's residence. */
export type DropoutRiskFilter = {
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** 0 (preschool) to 12. */
  grade?: number | null | undefined;
  /** Only pupils at this level or above. */
  minLevel?: RiskLevel | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
  /** Pupils with at least one of these reasons. */
  reasons?: Array<RiskReasonCode> | null | undefined;
  /** School code, e.g. 01001THCS. */
  schoolCode?: string | null | undefined;
  /** e.g. "2025-2026"; the lists hold the current school year. */
  schoolYear?: string | null | undefined;
};

/** One row of education enrollments, as `childgraph import --columns education enrollments` documents it. */
export type EnrollmentInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** commune of residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** date; not before enrolledOn (import column "ended_on") */
  endedOn?: string | null | undefined;
  /** date; not before birth (import column "enrolled_on") */
  enrolledOn: string;
  /** e.g. Kinh, Tày (import column "ethnicity") */
  ethnicity?: string | null | undefined;
  /** family name first (import column "full_name") */
  fullName: string;
  /** 0 (preschool) to 12 (import column "grade") */
  grade: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** a school known to the education database (import column "school_code") */
  schoolCode: string;
  /** e.g. 2025-2026 (import column "school_year") */
  schoolYear: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
  /** Đang học / Chuyển trường / Bỏ học / Hoàn thành (import column "status") */
  status: string;
  /** the education database's pupil code (import column "student_code") */
  studentCode: string;
};

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

/** Who found an abandoned child. */
export type FinderKind =
  /** Ủy ban nhân dân xã — Commune people's committee */
  | 'COMMUNE'
  /** Cơ sở y tế — Hospital or health facility */
  | 'HOSPITAL'
  /** Khác — Other */
  | 'OTHER'
  /** Công an — Police */
  | 'POLICE'
  /** Người dân — Resident */
  | 'RESIDENT';

/** All given conditions must hold. */
export type GapFilter = {
  /** Age in whole years, at least. */
  ageFrom?: number | null | undefined;
  /** Age in whole years, at most. */
  ageTo?: number | null | undefined;
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Children revealed by at least one of these agencies. */
  detectedBy?: Array<SourceAgency> | null | undefined;
  /** Children with at least one of these kinds. */
  kinds?: Array<CivilStatusGapKind> | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
};

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

/** One row of identity households, as `childgraph import --columns identity households` documents it. */
export type HouseholdInput = {
  /** street address within the commune (import column "address") */
  address: string;
  /** four digits, not in the future (import column "birth_year") */
  birthYear?: string | null | undefined;
  /** commune of the household, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** full name of the head of household (import column "head_name") */
  headName: string;
  /** the household number (import column "household_number") */
  householdNumber: string;
  /** full name of the member (import column "member_name") */
  memberName: string;
  /** the member's 12-digit personal ID; must agree with the birth year; identifies the member (import column "personal_id") */
  personalId?: string | null | undefined;
  /** e.g. Chủ hộ, Vợ, Con, Cháu (import column "relation_to_head") */
  relationToHead: string;
};

/** A household's listing in the commune's poverty review. */
export type HouseholdPovertyLevel =
  /** Hộ cận nghèo — Near-poor household */
  | 'NEAR_POOR'
  /** Hộ nghèo — Poor household */
  | 'POOR';

/** What a table breaks the children down by: an area level (PROVINCE or COMMUNE), and at most one of the others. */
export type IndicatorDimension =
  /**
   * Nhóm tuổi — Age band
   *
   * AGE_0_5, AGE_6_10, AGE_11_14, AGE_15_17 (age on the day).
   */
  | 'AGE_BAND'
  /**
   * Nhóm hoàn cảnh đặc biệt — Special-circumstance group
   *
   * Article 10 group, for SPECIAL_CIRCUMSTANCES_SUPPORTED only and for the agencies that may read the groups; the sensitive groups only together, as SENSITIVE. A child may be in several groups: the groups do not add up to the total.
   */
  | 'CIRCUMSTANCE_GROUP'
  /**
   * Cấp xã — Commune
   *
   * One row per commune of the area asked for.
   */
  | 'COMMUNE'
  /**
   * Khuyết tật — Disability
   *
   * WITH_DISABILITY, WITHOUT_DISABILITY (as the health record knows).
   */
  | 'DISABILITY'
  /**
   * Dân tộc — Ethnic group
   *
   * KINH, MINORITY, NOT_RECORDED (the population registry's ethnicity, else the school's).
   */
  | 'ETHNIC_GROUP'
  /**
   * Cấp tỉnh — Province
   *
   * One row per province (the country only).
   */
  | 'PROVINCE'
  /**
   * Giới tính — Sex
   *
   * MALE, FEMALE.
   */
  | 'SEX';

/** The area (within your jurisdiction; yours when left out) and the day. */
export type IndicatorFilter = {
  /** A past day is read from that day's snapshot (area breakdowns only). Default: the latest computation. */
  asOf?: string | null | undefined;
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
  /** A reporting year instead of a day: its last snapshot (the latest computation for the current year). Not with asOf. */
  year?: number | null | undefined;
};

/** An indicator of the catalogue (indicatorCatalogue gives each one's definition). */
export type IndicatorId =
  /** Số ngày (trung vị) từ khi tiếp nhận đến khi đăng ký khai sinh — Median days from reception to birth registration */
  | 'ABANDONED_DAYS_TO_BIRTH_REGISTRATION'
  /** Trẻ em bị bỏ rơi được chăm sóc thay thế — Abandoned children in alternative care */
  | 'ABANDONED_IN_ALTERNATIVE_CARE'
  /** Trẻ em bị bỏ rơi có đủ giấy tờ pháp lý (khai sinh, số định danh, thường trú) — Abandoned children with a complete legal file (birth registration, personal ID, residence) */
  | 'ABANDONED_LEGAL_FILE_COMPLETE'
  /** Trẻ em bị bỏ rơi có bước hồ sơ pháp lý quá hạn — Abandoned children with a legal-file step overdue */
  | 'ABANDONED_STEPS_OVERDUE'
  /** Đăng ký khai sinh quá hạn — Births registered late (after 60 days) */
  | 'BIRTH_REGISTERED_LATE'
  /** Đăng ký khai sinh đúng hạn (trong 60 ngày) — Births registered within 60 days */
  | 'BIRTH_REGISTERED_ON_TIME'
  /** Trẻ em được đăng ký khai sinh (trong số trẻ em cơ quan nào đó biết đến) — Birth registration coverage among children known to any agency */
  | 'BIRTH_REGISTRATION_COVERAGE'
  /** Tỷ lệ bỏ học năm học hiện tại — Dropout rate of the current school year */
  | 'DROPOUT_RATE'
  /** Học sinh có nguy cơ bỏ học cao — Pupils at high dropout risk */
  | 'HIGH_DROPOUT_RISK'
  /** Trẻ em trong độ tuổi phổ cập không đi học — Compulsory-age children out of school */
  | 'OUT_OF_SCHOOL'
  /** Trẻ em có số định danh cá nhân — Children with a personal ID number */
  | 'PERSONAL_ID_COVERAGE'
  /** Trẻ em được khám sàng lọc trong 12 tháng qua — Children screened in the last 12 months */
  | 'SCREENED_LAST_12_MONTHS'
  /** Trẻ em có hoàn cảnh đặc biệt được trợ giúp — Children in special circumstances receiving support */
  | 'SPECIAL_CIRCUMSTANCES_SUPPORTED'
  /** Trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế — Children under 6 with a health-insurance card */
  | 'UNDER_SIX_INSURED';

/** One row of health insurance, as `childgraph import --columns health insurance` documents it. */
export type InsuranceCardInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** the card code, two letters and 13 digits (e.g. TE1010012345678) (import column "card_number") */
  cardNumber: string;
  /** commune of residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** Có / Không: issued free to a child under six (Law on Health Insurance, art. 12) (import column "free_under_six") */
  freeUnderSix?: string | null | undefined;
  /** family name first (import column "full_name") */
  fullName: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** the station's health record number (import column "record_number") */
  recordNumber: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
  /** date; not before birth (import column "valid_from") */
  validFrom: string;
  /** date; after validFrom (may be in the future) (import column "valid_to") */
  validTo: string;
};

/** A merge of two master children, or a split of one record off a child. */
export type LinkCorrectionKind =
  /** Gộp hai trẻ — Merge: two master children were one child */
  | 'MERGE'
  /** Tách bản ghi — Split: a record moved to another child */
  | 'SPLIT';

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

/** LINK: the record is this child. NEW_CHILD: a child the index does not know. */
export type LinkReviewDecision =
  /** Liên kết với trẻ đã có — The record is this known child */
  | 'LINK'
  /** Trẻ mới — A child the index does not know */
  | 'NEW_CHILD';

/** All given conditions must hold; the area is the commune of the record. */
export type LinkReviewFilter = {
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
  /** e.g. health.Patient */
  recordKind?: string | null | undefined;
  /** Default OPEN. */
  status?: LinkReviewStatus | null | undefined;
};

/** Whether a review item still waits for a person. */
export type LinkReviewStatus =
  /** Chờ xử lý — Waiting for a decision */
  | 'OPEN'
  /** Đã xử lý — Decided */
  | 'RESOLVED';

/** Two master children that are one child. */
export type MergeChildrenInput = {
  /** The master child that stays. */
  keepChildId: string | number;
  /** The duplicate: its records move to keepChildId, then it goes. */
  mergeChildId: string | number;
  /** Why, in a few words (up to 2,000 characters); kept with the decision. */
  note?: string | null | undefined;
};

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

/** All given conditions must hold. Area codes are of the child's residence. */
export type OutOfSchoolFilter = {
  /** Age in years on the school year's reckoning date, at least. */
  ageFrom?: number | null | undefined;
  /** Age in years on the school year's reckoning date, at most. */
  ageTo?: number | null | undefined;
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
  /** Children in one of these situations. */
  situations?: Array<OutOfSchoolSituation> | null | undefined;
};

/** Why a child of compulsory school age is on the out-of-school list. */
export type OutOfSchoolSituation =
  /** Bỏ học trong năm học — Dropped out this school year */
  | 'DROPPED_OUT'
  /**
   * Chưa từng đi học — Never enrolled
   *
   * No enrollment known to the hub: never at school, or the pupil record is not linked yet.
   */
  | 'NEVER_ENROLLED'
  /**
   * Không nhập học năm học này — Not enrolled this school year
   *
   * Enrolled in an earlier year, not this one.
   */
  | 'NOT_ENROLLED_THIS_YEAR';

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

/** One row of identity persons, as `childgraph import --columns identity persons` documents it. */
export type ResidenceInput = {
  /** street address within the commune (import column "address") */
  address: string;
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** commune of the residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** date; not before registeredOn (import column "ended_on") */
  endedOn?: string | null | undefined;
  /** e.g. Kinh, Tày (import column "ethnicity") */
  ethnicity: string;
  /** family name first (import column "full_name") */
  fullName: string;
  /** two letters (ISO 3166), VN when empty (import column "nationality") */
  nationality?: string | null | undefined;
  /** 12 digits, the key of the record; must agree with sex and birth year (import column "personal_id") */
  personalId: string;
  /** date the residence was registered; not before birth, not in the future (import column "registered_on") */
  registeredOn: string;
  /** Thường trú / Tạm trú (PERMANENT / TEMPORARY) (import column "residence_kind") */
  residenceKind: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
};

/** Kind of residence registration (đăng ký cư trú). */
export type ResidenceKind =
  /** Thường trú — Permanent residence */
  | 'PERMANENT'
  /** Tạm trú — Temporary residence */
  | 'TEMPORARY';

/** A decision on one review item. */
export type ResolveLinkReviewInput = {
  /** Required with LINK: usually one of the candidates. */
  childId?: string | number | null | undefined;
  /** LINK to a known child, or NEW_CHILD. */
  decision: LinkReviewDecision;
  /** Why, in a few words (up to 2,000 characters); kept with the decision. */
  note?: string | null | undefined;
  /** The review item (LinkReviewItem.id). */
  reviewId: string | number;
};

/** Dropout risk level by score: HIGH from 50, MEDIUM from 25, LOW below. */
export type RiskLevel =
  /** Cao — High */
  | 'HIGH'
  /** Thấp — Low */
  | 'LOW'
  /** Trung bình — Medium */
  | 'MEDIUM';

/** Why a pupil is at risk. Facts from other agencies appear only as these coarse codes. */
export type RiskReasonCode =
  /** Số ngày nghỉ học tăng — Absence rising */
  | 'ABSENCE_RISING'
  /** Nghỉ học thường xuyên trong năm học — Chronic absence this school year */
  | 'CHRONIC_ABSENCE'
  /** Trẻ khuyết tật — Has a disability */
  | 'DISABILITY'
  /** Nhà trường cảnh báo nguy cơ bỏ học — School dropout warning */
  | 'DROPOUT_WARNING'
  /** Gián đoạn việc học — Gap in enrollment */
  | 'ENROLLMENT_GAP'
  /** Gia đình di cư — Migrant family */
  | 'MIGRANT_FAMILY'
  /** Học muộn so với độ tuổi — Over age for grade */
  | 'OVER_AGE'
  /** Hộ nghèo hoặc cận nghèo — Poor or near-poor household */
  | 'POOR_HOUSEHOLD'
  /** Mới chuyển trường — Recent transfer */
  | 'RECENT_TRANSFER'
  /** Lưu ban — Repeated a grade */
  | 'REPEATED_GRADE'
  /** Thuộc diện hoàn cảnh đặc biệt — In a special circumstance */
  | 'SPECIAL_CIRCUMSTANCE';

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

/** One row of health screenings, as `childgraph import --columns health screenings` documents it. */
export type ScreeningInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** commune of residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** health facility code (import column "facility_code") */
  facilityCode: string;
  /** health facility name (import column "facility_name") */
  facilityName: string;
  /** free text (import column "findings") */
  findings?: string | null | undefined;
  /** family name first (import column "full_name") */
  fullName: string;
  /** centimetres, 30 to 200 (import column "height_cm") */
  heightCm?: string | null | undefined;
  /** Sơ sinh / Định kỳ / Học đường (import column "kind") */
  kind: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** Bình thường / Thấp còi / Gầy còm / Nhẹ cân / Thừa cân (import column "nutrition_status") */
  nutritionStatus?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** the station's health record number (import column "record_number") */
  recordNumber: string;
  /** facility the child was referred to (import column "referred_to") */
  referredTo?: string | null | undefined;
  /** date; not before birth, not in the future (import column "screened_on") */
  screenedOn: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
  /** Có / Không (import column "vaccination_complete") */
  vaccinationComplete?: string | null | undefined;
  /** kilograms, 1 to 150 (import column "weight_kg") */
  weightKg?: string | null | undefined;
};

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

/** One row of protection circumstances, as `childgraph import --columns protection circumstances` documents it. */
export type SpecialCircumstanceInput = {
  /** dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future (import column "birth_date") */
  birthDate: string;
  /** commune of residence, five digits (Decision 19/2025) (import column "commune_code") */
  communeCode: string;
  /** date; not before identifiedOn (import column "ended_on") */
  endedOn?: string | null | undefined;
  /** family name first (import column "full_name") */
  fullName: string;
  /** one of the 14 groups of Law on Children 2016 art. 10, e.g. Mồ côi cả cha và mẹ, Bị bỏ rơi, Khuyết tật (import column "group") */
  group: string;
  /** date; not before birth, not in the future (import column "identified_on") */
  identifiedOn: string;
  /** the mother's full name (import column "mother_name") */
  motherName?: string | null | undefined;
  /** 12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link (import column "personal_id") */
  personalId?: string | null | undefined;
  /** the commune's child profile number (import column "profile_number") */
  profileNumber: string;
  /** Nam / Nữ (MALE / FEMALE) (import column "sex") */
  sex: string;
  /** Đã thu thập / Đã kiểm tra / Đã phúc tra (Decision 3978/QĐ-BYT); Đã thu thập when empty (import column "verification") */
  verification?: string | null | undefined;
};

/** The area of a trend (within your jurisdiction; yours when left out). */
export type TrendFilter = {
  /** Five-digit commune code (Decision 19/2025), e.g. "00004". */
  communeCode?: string | null | undefined;
  /** Two-digit province code (Decision 19/2025), e.g. "01". */
  provinceCode?: string | null | undefined;
};

/** An agency record linked to the wrong child, and the child it belongs to. */
export type UnlinkRecordInput = {
  /** The child the record really belongs to. */
  childId: string | number;
  /** Why, in a few words (up to 2,000 characters); kept with the decision. */
  note?: string | null | undefined;
  /** e.g. health.Patient */
  recordKind: string;
  /** The record's id in its agency's subgraph (RecordLink.sourceRecordId). */
  sourceRecordId: string | number;
};

/** Decision 3978/QĐ-BYT: collected, checked, re-checked. */
export type VerificationState =
  /** Đã kiểm tra — Checked */
  | 'CHECKED'
  /** Đã thu thập — Collected */
  | 'COLLECTED'
  /** Đã phúc tra — Re-checked */
  | 'RECHECKED';

export type AbandonedChildrenQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AbandonedChildFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AbandonedChildrenQuery = { abandonedChildren: { totalCount: number, edges: Array<{ cursor: string, node: { caseId: string, communeCode: string, foundAt: string, maxDaysOverdue: number, openSteps: number, overdueSteps: number, provinceCode: string | null, version: number, child: { adoptionStatus: AdoptionStatus | null, birthDate: string | null, ethnicity: string | null, fullName: string | null, hasBirthRegistration: boolean | null, hasDisability: boolean | null, hasValidInsurance: boolean | null, householdSize: number | null, id: string, inAlternativeCare: boolean | null, inSpecialCircumstances: boolean | null, lastScreenedOn: string | null, personalId: string | null, schoolingStatus: SchoolingStatus | null, sex: Sex | null } | null, steps: Array<{ completedOn: string | null, daysOverdue: number, dueOn: string, note: string | null, step: ReceptionStepKind }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AccessAlertsQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type AccessAlertsQuery = { accessAlerts: { since: string, civil: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> | null, education: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> | null, health: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> | null, identity: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> | null, protection: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> | null, registry: Array<{ agency: string, children: number, hour: string, hourlyLimit: number, subject: string }> } };

export type AccessLogQueryVariables = Exact<{
  childId: string | number;
}>;


export type AccessLogQuery = { accessLog: { childId: string, civil: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> | null, education: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> | null, health: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> | null, identity: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> | null, protection: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> | null, registry: Array<{ agency: string, at: string, fields: Array<string>, operationName: string | null, purpose: string, subject: string }> } };

export type ChildQueryVariables = Exact<{
  id?: string | number | null | undefined;
  personalId?: string | null | undefined;
}>;


export type ChildQuery = { child: { adoptionStatus: AdoptionStatus | null, birthDate: string | null, ethnicity: string | null, fullName: string | null, hasBirthRegistration: boolean | null, hasDisability: boolean | null, hasValidInsurance: boolean | null, householdSize: number | null, id: string, inAlternativeCare: boolean | null, inSpecialCircumstances: boolean | null, lastScreenedOn: string | null, personalId: string | null, schoolingStatus: SchoolingStatus | null, sex: Sex | null, abandonmentCase: { foundAt: string, foundByKind: FinderKind, foundByName: string, foundPlace: string, id: string, receivingCommuneCode: string, verification: VerificationState, version: number, steps: Array<{ completedOn: string | null, daysOverdue: number, dueOn: string, note: string | null, step: ReceptionStepKind }> } | null, adoptions: Array<{ appliedOn: string, approvedOn: string | null, decisionNumber: string | null, kind: AdoptionKind, registeredOn: string | null, revokedOn: string | null, status: AdoptionStatus, adoptiveParents: Array<{ fullName: string, nationality: string }> }> | null, birthRegistration: { birthDate: string, fatherName: string | null, fullName: string, isLate: boolean, motherName: string | null, placeOfBirth: string, registerBook: string, registeredAsAbandoned: boolean, registeredOn: string, registeringCommuneCode: string, registrationNumber: string, sex: Sex } | null, carePlacements: Array<{ carerName: string, carerRelationship: string | null, endedOn: string | null, facilityName: string | null, kind: CareKind, startedOn: string }> | null, disability: { certificateLevel: DisabilityLevel | null, certifiedOn: string | null, detectedOn: string, kind: string } | null, enrollments: Array<{ endedOn: string | null, enrolledOn: string, grade: number, schoolYear: string, status: EnrollmentStatus, attendance: Array<{ absenceRate: number, daysAbsent: number, daysExcused: number, schoolDays: number, term: string }>, dropoutFlags: Array<{ flaggedOn: string, note: string | null, reason: DropoutReason, resolvedOn: string | null }>, school: { code: string, communeCode: string, level: SchoolLevel, name: string, provinceCode: string } }> | null, guardians: Array<{ fullName: string, isLegalGuardian: boolean, personalId: string | null, phone: string | null, relationship: GuardianRelationship }> | null, hivStatus: { onTreatment: boolean, recordedOn: string, status: HivStatusValue } | null, household: { address: string, communeCode: string, headName: string, householdNumber: string, provinceCode: string, members: Array<{ birthYear: number | null, fullName: string, relationToHead: string }> } | null, householdPoverty: Array<{ level: HouseholdPovertyLevel, year: number }> | null, index: { birthDate: string, communeCode: string, createdAt: string, fullName: string, personalId: string | null, provinceCode: string, sex: Sex } | null, insuranceCards: Array<{ cardNumber: string, freeUnderSix: boolean, validFrom: string, validTo: string }> | null, links: Array<{ agency: SourceAgency, linkedAt: string, method: LinkMethod, recordKind: string, score: number | null, sourceRecordId: string }>, residences: Array<{ address: string, communeCode: string, endedOn: string | null, kind: ResidenceKind, provinceCode: string, registeredOn: string }> | null, screenings: Array<{ facilityCode: string, facilityName: string, findings: string | null, heightCm: number | null, kind: ScreeningKind, nutritionStatus: NutritionStatus | null, referredTo: string | null, screenedOn: string, vaccinationComplete: boolean | null, weightKg: number | null }> | null, sensitiveCircumstances: Array<{ communeCode: string, endedOn: string | null, group: SpecialCircumstanceGroup, identifiedOn: string, verification: VerificationState }> | null, specialCircumstances: Array<{ communeCode: string, endedOn: string | null, group: SpecialCircumstanceGroup, identifiedOn: string, verification: VerificationState }> | null, supportPayments: Array<{ amountVnd: number, paidOn: string, period: string, scheme: string }> | null } | null };

export type ChildCountsQueryVariables = Exact<{
  filter?: ChildCountFilter | null | undefined;
  groupBy: CountGrouping;
}>;


export type ChildCountsQuery = { childCounts: Array<{ areaCode: string, children: number | null }> };

export type ChildrenQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ChildFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ChildrenQuery = { children: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ cursor: string, node: { id: string, personalId: string | null, fullName: string | null, birthDate: string | null, sex: Sex | null, hasBirthRegistration: boolean | null, schoolingStatus: SchoolingStatus | null, inSpecialCircumstances: boolean | null } }> } };

export type CivilAdoptionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CivilAdoptionFeedQuery = { civilAdoptionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ approvedOn: string | null, childId: string, recordId: string, registeredOn: string | null, status: AdoptionStatus, updatedAt: string }> } };

export type CivilDeletionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CivilDeletionFeedQuery = { civilDeletionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, deletedAt: string, recordId: string, recordKind: string }> } };

export type CivilRegistrationFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CivilRegistrationFeedQuery = { civilRegistrationFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ birthDate: string, childId: string, personalId: string | null, recordId: string, registeredAsAbandoned: boolean, registeredOn: string, registeringCommuneCode: string, sex: Sex, updatedAt: string }> } };

export type CivilStatusGapsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: GapFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CivilStatusGapsQuery = { civilStatusGaps: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ cursor: string, node: { kinds: Array<CivilStatusGapKind>, detectedBy: Array<SourceAgency>, since: string, child: { id: string, fullName: string | null, birthDate: string | null, sex: Sex | null }, details: Array<{ kind: CivilStatusGapKind, reasons: Array<string> | null, dueOn: string | null, daysLate: number | null, registeredOn: string | null, approvedOn: string | null, detectedBy: Array<SourceAgency>, since: string }> } }> } };

export type CompleteReceptionStepMutationVariables = Exact<{
  input: CompleteReceptionStepInput;
}>;


export type CompleteReceptionStepMutation = { completeReceptionStep: { foundAt: string, foundByKind: FinderKind, foundByName: string, foundPlace: string, id: string, receivingCommuneCode: string, verification: VerificationState, version: number, steps: Array<{ completedOn: string | null, daysOverdue: number, dueOn: string, note: string | null, step: ReceptionStepKind }> } };

export type DropoutRiskListQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: DropoutRiskFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DropoutRiskListQuery = { dropoutRiskList: { totalCount: number, edges: Array<{ cursor: string, node: { communeCode: string, grade: number, level: RiskLevel, provinceCode: string, schoolYear: string, score: number, child: { adoptionStatus: AdoptionStatus | null, birthDate: string | null, ethnicity: string | null, fullName: string | null, hasBirthRegistration: boolean | null, hasDisability: boolean | null, hasValidInsurance: boolean | null, householdSize: number | null, id: string, inAlternativeCare: boolean | null, inSpecialCircumstances: boolean | null, lastScreenedOn: string | null, personalId: string | null, schoolingStatus: SchoolingStatus | null, sex: Sex | null }, reasons: Array<{ code: RiskReasonCode, labelEn: string, labelVi: string }>, school: { code: string, name: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EducationDeletionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type EducationDeletionFeedQuery = { educationDeletionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, deletedAt: string, recordId: string, recordKind: string }> } };

export type EducationPupilFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type EducationPupilFeedQuery = { educationPupilFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ birthDate: string, childId: string, ethnicity: string | null, personalId: string | null, recordId: string, sex: string, updatedAt: string, enrollments: Array<{ endedOn: string | null, enrolledOn: string, enrollmentId: string, grade: number, openDropoutWarnings: number, schoolCode: string, schoolName: string, schoolYear: string, status: EnrollmentStatus, attendance: Array<{ daysAbsent: number, schoolDays: number, term: string }> }> }> } };

export type HealthDeletionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type HealthDeletionFeedQuery = { healthDeletionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, deletedAt: string, recordId: string, recordKind: string }> } };

export type HealthPatientFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type HealthPatientFeedQuery = { healthPatientFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ birthDate: string, childId: string, ethnicity: string | null, hasDisability: boolean, lastScreenedOn: string | null, personalId: string | null, recordId: string, sex: string, updatedAt: string, insuranceCards: Array<{ cardId: string, validFrom: string, validTo: string }> }> } };

export type IdentityDeletionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type IdentityDeletionFeedQuery = { identityDeletionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, deletedAt: string, recordId: string, recordKind: string }> } };

export type IdentityPersonFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type IdentityPersonFeedQuery = { identityPersonFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ birthDate: string, childId: string, ethnicity: string | null, personalId: string | null, recordId: string, sex: string, updatedAt: string }> } };

export type IdentityResidenceFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type IdentityResidenceFeedQuery = { identityResidenceFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, endedOn: string | null, kind: ResidenceKind, personRecordId: string, provinceCode: string, recordId: string, registeredOn: string, updatedAt: string }> } };

export type IndicatorCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorCatalogueQuery = { indicatorCatalogue: Array<{ denominator: string, denominatorVi: string, group: string, id: IndicatorId, legalBasis: string, name: string, nameEn: string, numerator: string | null, numeratorVi: string | null, sources: Array<string>, unit: string, target: { comparison: string, value: number } | null }> };

export type IndicatorTrendQueryVariables = Exact<{
  disaggregate?: Array<IndicatorDimension> | IndicatorDimension | null | undefined;
  filter?: TrendFilter | null | undefined;
  indicator: IndicatorId;
  months?: number | null | undefined;
}>;


export type IndicatorTrendQuery = { indicatorTrend: { indicator: { denominator: string, denominatorVi: string, group: string, id: IndicatorId, legalBasis: string, name: string, nameEn: string, numerator: string | null, numeratorVi: string | null, sources: Array<string>, unit: string, target: { comparison: string, value: number } | null }, points: Array<{ day: string, cells: Array<{ areaCode: string, areaLevel: AreaLevel, areaName: string, category: string | null, denominator: number | null, meetsTarget: boolean | null, numerator: number | null, suppressed: boolean, value: number | null }> }> } };

export type IndicatorsQueryVariables = Exact<{
  disaggregate?: Array<IndicatorDimension> | IndicatorDimension | null | undefined;
  filter?: IndicatorFilter | null | undefined;
  indicators?: Array<IndicatorId> | IndicatorId | null | undefined;
}>;


export type IndicatorsQuery = { indicators: { asOf: string, computedAt: string | null, tables: Array<{ dimension: IndicatorDimension | null, cells: Array<{ areaCode: string, areaLevel: AreaLevel, areaName: string, category: string | null, denominator: number | null, meetsTarget: boolean | null, numerator: number | null, suppressed: boolean, value: number | null }>, indicator: { denominator: string, denominatorVi: string, group: string, id: IndicatorId, legalBasis: string, name: string, nameEn: string, numerator: string | null, numeratorVi: string | null, sources: Array<string>, unit: string, target: { comparison: string, value: number } | null } }> } };

export type LinkReviewQueueQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: LinkReviewFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type LinkReviewQueueQuery = { linkReviewQueue: { totalCount: number, edges: Array<{ cursor: string, node: { agency: SourceAgency, createdAt: string, decidedAt: string | null, decidedBy: string | null, decidedByAgency: string | null, decidedChildId: string | null, decision: LinkReviewDecision | null, id: string, note: string | null, recordKind: string, score: number, sourceRecordId: string, status: LinkReviewStatus, candidates: Array<{ childId: string, score: number }>, record: { birthDate: string, communeCode: string, fullName: string, motherName: string | null, personalId: string | null, sex: Sex } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MergeChildrenMutationVariables = Exact<{
  input: MergeChildrenInput;
}>;


export type MergeChildrenMutation = { mergeChildren: { decidedAt: string, decidedBy: string, decidedByAgency: string, fromChildId: string, id: string, kind: LinkCorrectionKind, note: string | null, recordsMoved: number, toChildId: string } };

export type OutOfSchoolChildrenQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: OutOfSchoolFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type OutOfSchoolChildrenQuery = { outOfSchoolChildren: { totalCount: number, edges: Array<{ cursor: string, node: { ageYears: number, communeCode: string, lastGrade: number | null, lastSchoolYear: string | null, leftOn: string | null, provinceCode: string, schoolYear: string, situation: OutOfSchoolSituation, child: { adoptionStatus: AdoptionStatus | null, birthDate: string | null, ethnicity: string | null, fullName: string | null, hasBirthRegistration: boolean | null, hasDisability: boolean | null, hasValidInsurance: boolean | null, householdSize: number | null, id: string, inAlternativeCare: boolean | null, inSpecialCircumstances: boolean | null, lastScreenedOn: string | null, personalId: string | null, schoolingStatus: SchoolingStatus | null, sex: Sex | null }, lastSchool: { code: string, name: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProtectionAbandonmentFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ProtectionAbandonmentFeedQuery = { protectionAbandonmentFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string, foundOn: string, recordId: string, updatedAt: string, legalSteps: Array<{ completedOn: string | null, dueOn: string, step: string }> }> } };

export type ProtectionDeletionFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ProtectionDeletionFeedQuery = { protectionDeletionFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ childId: string | null, deletedAt: string, recordId: string, recordKind: string }> } };

export type ProtectionProfileFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ProtectionProfileFeedQuery = { protectionProfileFeed: { endCursor: string | null, hasMore: boolean, rows: Array<{ birthDate: string, careEndedOn: string | null, careStartedOn: string | null, childId: string, ethnicity: string | null, groups: Array<string>, householdPoverty: HouseholdPovertyLevel | null, inSensitiveCircumstances: boolean, inSpecialCircumstances: boolean, lastSupportPaidOn: string | null, orphaned: boolean, personalId: string | null, recordId: string, sex: string, updatedAt: string }> } };

export type ResolveLinkReviewMutationVariables = Exact<{
  input: ResolveLinkReviewInput;
}>;


export type ResolveLinkReviewMutation = { resolveLinkReview: { agency: SourceAgency, createdAt: string, decidedAt: string | null, decidedBy: string | null, decidedByAgency: string | null, decidedChildId: string | null, decision: LinkReviewDecision | null, id: string, note: string | null, recordKind: string, score: number, sourceRecordId: string, status: LinkReviewStatus, candidates: Array<{ childId: string, score: number, fields: Array<{ field: string, level: string, weight: number }> }>, record: { birthDate: string, communeCode: string, fullName: string, motherName: string | null, personalId: string | null, sex: Sex } } };

export type SaveAdoptionMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: AdoptionInput;
}>;


export type SaveAdoptionMutation = { saveAdoption: { created: boolean, id: string, version: number } };

export type SaveBirthRegistrationMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: BirthRegistrationInput;
}>;


export type SaveBirthRegistrationMutation = { saveBirthRegistration: { created: boolean, id: string, version: number } };

export type SaveDisabilityMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: DisabilityInput;
}>;


export type SaveDisabilityMutation = { saveDisability: { created: boolean, id: string, version: number } };

export type SaveEnrollmentMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: EnrollmentInput;
}>;


export type SaveEnrollmentMutation = { saveEnrollment: { created: boolean, id: string, version: number } };

export type SaveHouseholdMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: HouseholdInput;
}>;


export type SaveHouseholdMutation = { saveHousehold: { created: boolean, id: string, version: number } };

export type SaveInsuranceCardMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: InsuranceCardInput;
}>;


export type SaveInsuranceCardMutation = { saveInsuranceCard: { created: boolean, id: string, version: number } };

export type SaveResidenceMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: ResidenceInput;
}>;


export type SaveResidenceMutation = { saveResidence: { created: boolean, id: string, version: number } };

export type SaveScreeningMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: ScreeningInput;
}>;


export type SaveScreeningMutation = { saveScreening: { created: boolean, id: string, version: number } };

export type SaveSpecialCircumstanceMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
  input: SpecialCircumstanceInput;
}>;


export type SaveSpecialCircumstanceMutation = { saveSpecialCircumstance: { created: boolean, id: string, version: number } };

export type UnlinkRecordMutationVariables = Exact<{
  input: UnlinkRecordInput;
}>;


export type UnlinkRecordMutation = { unlinkRecord: { decidedAt: string, decidedBy: string, decidedByAgency: string, fromChildId: string, id: string, kind: LinkCorrectionKind, note: string | null, recordsMoved: number, toChildId: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AbandonedChildrenDocument = new TypedDocumentString(`
    query AbandonedChildren($after: String, $filter: AbandonedChildFilter, $first: Int) {
  abandonedChildren(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        caseId
        child {
          adoptionStatus
          birthDate
          ethnicity
          fullName
          hasBirthRegistration
          hasDisability
          hasValidInsurance
          householdSize
          id
          inAlternativeCare
          inSpecialCircumstances
          lastScreenedOn
          personalId
          schoolingStatus
          sex
        }
        communeCode
        foundAt
        maxDaysOverdue
        openSteps
        overdueSteps
        provinceCode
        steps {
          completedOn
          daysOverdue
          dueOn
          note
          step
        }
        version
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
  }
}
    `, {"hash":"sha256:3f92fb2e987fb231d7bd1cc3d5b6241fea994c0a1b89525e275b3773b06ec573"}) as unknown as TypedDocumentString<AbandonedChildrenQuery, AbandonedChildrenQueryVariables>;
export const AccessAlertsDocument = new TypedDocumentString(`
    query AccessAlerts($since: DateTime) {
  accessAlerts(since: $since) {
    since
    civil {
      agency
      children
      hour
      hourlyLimit
      subject
    }
    education {
      agency
      children
      hour
      hourlyLimit
      subject
    }
    health {
      agency
      children
      hour
      hourlyLimit
      subject
    }
    identity {
      agency
      children
      hour
      hourlyLimit
      subject
    }
    protection {
      agency
      children
      hour
      hourlyLimit
      subject
    }
    registry {
      agency
      children
      hour
      hourlyLimit
      subject
    }
  }
}
    `, {"hash":"sha256:bc8ae6ffb68172a76265f517ed603066bdcdc52087f66f74d125b77f1f68f13c"}) as unknown as TypedDocumentString<AccessAlertsQuery, AccessAlertsQueryVariables>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($childId: ID!) {
  accessLog(childId: $childId) {
    childId
    civil {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
    education {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
    health {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
    identity {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
    protection {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
    registry {
      agency
      at
      fields
      operationName
      purpose
      subject
    }
  }
}
    `, {"hash":"sha256:bca293281768039082456cd377b502acfd65152a18eb866c9b670ff61f062732"}) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const ChildDocument = new TypedDocumentString(`
    query Child($id: ID, $personalId: String) {
  child(id: $id, personalId: $personalId) {
    abandonmentCase {
      foundAt
      foundByKind
      foundByName
      foundPlace
      id
      receivingCommuneCode
      steps {
        completedOn
        daysOverdue
        dueOn
        note
        step
      }
      verification
      version
    }
    adoptionStatus
    adoptions {
      adoptiveParents {
        fullName
        nationality
      }
      appliedOn
      approvedOn
      decisionNumber
      kind
      registeredOn
      revokedOn
      status
    }
    birthDate
    birthRegistration {
      birthDate
      fatherName
      fullName
      isLate
      motherName
      placeOfBirth
      registerBook
      registeredAsAbandoned
      registeredOn
      registeringCommuneCode
      registrationNumber
      sex
    }
    carePlacements {
      carerName
      carerRelationship
      endedOn
      facilityName
      kind
      startedOn
    }
    disability {
      certificateLevel
      certifiedOn
      detectedOn
      kind
    }
    enrollments {
      attendance {
        absenceRate
        daysAbsent
        daysExcused
        schoolDays
        term
      }
      dropoutFlags {
        flaggedOn
        note
        reason
        resolvedOn
      }
      endedOn
      enrolledOn
      grade
      school {
        code
        communeCode
        level
        name
        provinceCode
      }
      schoolYear
      status
    }
    ethnicity
    fullName
    guardians {
      fullName
      isLegalGuardian
      personalId
      phone
      relationship
    }
    hasBirthRegistration
    hasDisability
    hasValidInsurance
    hivStatus {
      onTreatment
      recordedOn
      status
    }
    household {
      address
      communeCode
      headName
      householdNumber
      members {
        birthYear
        fullName
        relationToHead
      }
      provinceCode
    }
    householdPoverty {
      level
      year
    }
    householdSize
    id
    inAlternativeCare
    inSpecialCircumstances
    index {
      birthDate
      communeCode
      createdAt
      fullName
      personalId
      provinceCode
      sex
    }
    insuranceCards {
      cardNumber
      freeUnderSix
      validFrom
      validTo
    }
    lastScreenedOn
    links {
      agency
      linkedAt
      method
      recordKind
      score
      sourceRecordId
    }
    personalId
    residences {
      address
      communeCode
      endedOn
      kind
      provinceCode
      registeredOn
    }
    schoolingStatus
    screenings {
      facilityCode
      facilityName
      findings
      heightCm
      kind
      nutritionStatus
      referredTo
      screenedOn
      vaccinationComplete
      weightKg
    }
    sensitiveCircumstances {
      communeCode
      endedOn
      group
      identifiedOn
      verification
    }
    sex
    specialCircumstances {
      communeCode
      endedOn
      group
      identifiedOn
      verification
    }
    supportPayments {
      amountVnd
      paidOn
      period
      scheme
    }
  }
}
    `, {"hash":"sha256:f26eefd34149530e669260e589b08d6f93ea87cf9c88d960dc786cdabc25942b"}) as unknown as TypedDocumentString<ChildQuery, ChildQueryVariables>;
export const ChildCountsDocument = new TypedDocumentString(`
    query ChildCounts($filter: ChildCountFilter, $groupBy: CountGrouping!) {
  childCounts(filter: $filter, groupBy: $groupBy) {
    areaCode
    children
  }
}
    `, {"hash":"sha256:abd7864b0af91de5d89fd3581b20a6217832d41384c33c7da2456b8020ae201d"}) as unknown as TypedDocumentString<ChildCountsQuery, ChildCountsQueryVariables>;
export const ChildrenDocument = new TypedDocumentString(`
    query Children($after: String, $filter: ChildFilter, $first: Int) {
  children(after: $after, filter: $filter, first: $first) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        id
        personalId
        fullName
        birthDate
        sex
        hasBirthRegistration
        schoolingStatus
        inSpecialCircumstances
      }
    }
  }
}
    `, {"hash":"sha256:dc3101a0f105b3106b52513545db21656f0f310ddd12ff7ca1a5d6030d668602"}) as unknown as TypedDocumentString<ChildrenQuery, ChildrenQueryVariables>;
export const CivilAdoptionFeedDocument = new TypedDocumentString(`
    query CivilAdoptionFeed($after: String, $first: Int) {
  civilAdoptionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      approvedOn
      childId
      recordId
      registeredOn
      status
      updatedAt
    }
  }
}
    `, {"hash":"sha256:63cec2b6cd54890d7e06e84372673a6901de7149d9718c250abd0f0456f0a572"}) as unknown as TypedDocumentString<CivilAdoptionFeedQuery, CivilAdoptionFeedQueryVariables>;
export const CivilDeletionFeedDocument = new TypedDocumentString(`
    query CivilDeletionFeed($after: String, $first: Int) {
  civilDeletionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      deletedAt
      recordId
      recordKind
    }
  }
}
    `, {"hash":"sha256:92d213f9de07fce90f07bbcab9594e5855fadebe72859b72e247c03f4ce27215"}) as unknown as TypedDocumentString<CivilDeletionFeedQuery, CivilDeletionFeedQueryVariables>;
export const CivilRegistrationFeedDocument = new TypedDocumentString(`
    query CivilRegistrationFeed($after: String, $first: Int) {
  civilRegistrationFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      birthDate
      childId
      personalId
      recordId
      registeredAsAbandoned
      registeredOn
      registeringCommuneCode
      sex
      updatedAt
    }
  }
}
    `, {"hash":"sha256:f0e755076b6b6975d21ae2139b307aa50e4bf4f7f8e72cf450a2223e4b338b30"}) as unknown as TypedDocumentString<CivilRegistrationFeedQuery, CivilRegistrationFeedQueryVariables>;
export const CivilStatusGapsDocument = new TypedDocumentString(`
    query CivilStatusGaps($after: String, $filter: GapFilter, $first: Int) {
  civilStatusGaps(after: $after, filter: $filter, first: $first) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        child {
          id
          fullName
          birthDate
          sex
        }
        kinds
        detectedBy
        since
        details {
          kind
          reasons
          dueOn
          daysLate
          registeredOn
          approvedOn
          detectedBy
          since
        }
      }
    }
  }
}
    `, {"hash":"sha256:82b3bce561b674df59bc29bc6b2fd5fec3bf455619b14c2590f6dd4ac2053c7d"}) as unknown as TypedDocumentString<CivilStatusGapsQuery, CivilStatusGapsQueryVariables>;
export const CompleteReceptionStepDocument = new TypedDocumentString(`
    mutation CompleteReceptionStep($input: CompleteReceptionStepInput!) {
  completeReceptionStep(input: $input) {
    foundAt
    foundByKind
    foundByName
    foundPlace
    id
    receivingCommuneCode
    steps {
      completedOn
      daysOverdue
      dueOn
      note
      step
    }
    verification
    version
  }
}
    `, {"hash":"sha256:00fafbae7fef480e72c3c5e178b3607b75ea864a38df090f24bc013e9721c43c"}) as unknown as TypedDocumentString<CompleteReceptionStepMutation, CompleteReceptionStepMutationVariables>;
export const DropoutRiskListDocument = new TypedDocumentString(`
    query DropoutRiskList($after: String, $filter: DropoutRiskFilter, $first: Int) {
  dropoutRiskList(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        child {
          adoptionStatus
          birthDate
          ethnicity
          fullName
          hasBirthRegistration
          hasDisability
          hasValidInsurance
          householdSize
          id
          inAlternativeCare
          inSpecialCircumstances
          lastScreenedOn
          personalId
          schoolingStatus
          sex
        }
        communeCode
        grade
        level
        provinceCode
        reasons {
          code
          labelEn
          labelVi
        }
        school {
          code
          name
        }
        schoolYear
        score
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
  }
}
    `, {"hash":"sha256:631757ab2c1e95dd6ecb726f2ddb7f00413358337436f500150835531e6dac6b"}) as unknown as TypedDocumentString<DropoutRiskListQuery, DropoutRiskListQueryVariables>;
export const EducationDeletionFeedDocument = new TypedDocumentString(`
    query EducationDeletionFeed($after: String, $first: Int) {
  educationDeletionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      deletedAt
      recordId
      recordKind
    }
  }
}
    `, {"hash":"sha256:987fc30161eed1562910e465bdad2e1a6f8f3259e79e4fb5924331b67cec5e4d"}) as unknown as TypedDocumentString<EducationDeletionFeedQuery, EducationDeletionFeedQueryVariables>;
export const EducationPupilFeedDocument = new TypedDocumentString(`
    query EducationPupilFeed($after: String, $first: Int) {
  educationPupilFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      birthDate
      childId
      enrollments {
        attendance {
          daysAbsent
          schoolDays
          term
        }
        endedOn
        enrolledOn
        enrollmentId
        grade
        openDropoutWarnings
        schoolCode
        schoolName
        schoolYear
        status
      }
      ethnicity
      personalId
      recordId
      sex
      updatedAt
    }
  }
}
    `, {"hash":"sha256:6b1d406771f2cde69de37ec3bae3fde762df23497893607994118ec1a271b3f1"}) as unknown as TypedDocumentString<EducationPupilFeedQuery, EducationPupilFeedQueryVariables>;
export const HealthDeletionFeedDocument = new TypedDocumentString(`
    query HealthDeletionFeed($after: String, $first: Int) {
  healthDeletionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      deletedAt
      recordId
      recordKind
    }
  }
}
    `, {"hash":"sha256:fb273792df11fc234d4b422f4b1854155a6ad3cb7acaddc8a9d1449cca2b9bdc"}) as unknown as TypedDocumentString<HealthDeletionFeedQuery, HealthDeletionFeedQueryVariables>;
export const HealthPatientFeedDocument = new TypedDocumentString(`
    query HealthPatientFeed($after: String, $first: Int) {
  healthPatientFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      birthDate
      childId
      ethnicity
      hasDisability
      insuranceCards {
        cardId
        validFrom
        validTo
      }
      lastScreenedOn
      personalId
      recordId
      sex
      updatedAt
    }
  }
}
    `, {"hash":"sha256:5a6be5d3b43271263fedd2ab247b63706c564eaa1e7ce755d9aad0d65f00fe7c"}) as unknown as TypedDocumentString<HealthPatientFeedQuery, HealthPatientFeedQueryVariables>;
export const IdentityDeletionFeedDocument = new TypedDocumentString(`
    query IdentityDeletionFeed($after: String, $first: Int) {
  identityDeletionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      deletedAt
      recordId
      recordKind
    }
  }
}
    `, {"hash":"sha256:0d2105d6b603f5a3fb186fd38d38f3c4c9e80a2e7572880af662e99c0c902a92"}) as unknown as TypedDocumentString<IdentityDeletionFeedQuery, IdentityDeletionFeedQueryVariables>;
export const IdentityPersonFeedDocument = new TypedDocumentString(`
    query IdentityPersonFeed($after: String, $first: Int) {
  identityPersonFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      birthDate
      childId
      ethnicity
      personalId
      recordId
      sex
      updatedAt
    }
  }
}
    `, {"hash":"sha256:c4870307134075512d7eab17194ac4cef02810acb840090cce0ba11a76a835ff"}) as unknown as TypedDocumentString<IdentityPersonFeedQuery, IdentityPersonFeedQueryVariables>;
export const IdentityResidenceFeedDocument = new TypedDocumentString(`
    query IdentityResidenceFeed($after: String, $first: Int) {
  identityResidenceFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      endedOn
      kind
      personRecordId
      provinceCode
      recordId
      registeredOn
      updatedAt
    }
  }
}
    `, {"hash":"sha256:394405f5f6f9d615021f1d64790ab19dbcc98321687eed9da59dc56bf64e6a91"}) as unknown as TypedDocumentString<IdentityResidenceFeedQuery, IdentityResidenceFeedQueryVariables>;
export const IndicatorCatalogueDocument = new TypedDocumentString(`
    query IndicatorCatalogue {
  indicatorCatalogue {
    denominator
    denominatorVi
    group
    id
    legalBasis
    name
    nameEn
    numerator
    numeratorVi
    sources
    target {
      comparison
      value
    }
    unit
  }
}
    `, {"hash":"sha256:c98997e67373d9918e3041931807d00f7f67ca51266ab95b644df881d23d200c"}) as unknown as TypedDocumentString<IndicatorCatalogueQuery, IndicatorCatalogueQueryVariables>;
export const IndicatorTrendDocument = new TypedDocumentString(`
    query IndicatorTrend($disaggregate: [IndicatorDimension!], $filter: TrendFilter, $indicator: IndicatorId!, $months: Int) {
  indicatorTrend(
    disaggregate: $disaggregate
    filter: $filter
    indicator: $indicator
    months: $months
  ) {
    indicator {
      denominator
      denominatorVi
      group
      id
      legalBasis
      name
      nameEn
      numerator
      numeratorVi
      sources
      target {
        comparison
        value
      }
      unit
    }
    points {
      cells {
        areaCode
        areaLevel
        areaName
        category
        denominator
        meetsTarget
        numerator
        suppressed
        value
      }
      day
    }
  }
}
    `, {"hash":"sha256:8482ee0ce598ab9ace970ae88e057224155c0b36d814e5e855a0457cd15d54f3"}) as unknown as TypedDocumentString<IndicatorTrendQuery, IndicatorTrendQueryVariables>;
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators($disaggregate: [IndicatorDimension!], $filter: IndicatorFilter, $indicators: [IndicatorId!]) {
  indicators(
    disaggregate: $disaggregate
    filter: $filter
    indicators: $indicators
  ) {
    asOf
    computedAt
    tables {
      cells {
        areaCode
        areaLevel
        areaName
        category
        denominator
        meetsTarget
        numerator
        suppressed
        value
      }
      dimension
      indicator {
        denominator
        denominatorVi
        group
        id
        legalBasis
        name
        nameEn
        numerator
        numeratorVi
        sources
        target {
          comparison
          value
        }
        unit
      }
    }
  }
}
    `, {"hash":"sha256:b7a530b4608108a91613efd270c3024dba41dad30ae679f6f8c2dee71c32767e"}) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const LinkReviewQueueDocument = new TypedDocumentString(`
    query LinkReviewQueue($after: String, $filter: LinkReviewFilter, $first: Int) {
  linkReviewQueue(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        agency
        candidates {
          childId
          score
        }
        createdAt
        decidedAt
        decidedBy
        decidedByAgency
        decidedChildId
        decision
        id
        note
        record {
          birthDate
          communeCode
          fullName
          motherName
          personalId
          sex
        }
        recordKind
        score
        sourceRecordId
        status
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
  }
}
    `, {"hash":"sha256:049e73e912bf456ab935b6774d4d410f282db4541b85ddb4e0ebbf5a938c225c"}) as unknown as TypedDocumentString<LinkReviewQueueQuery, LinkReviewQueueQueryVariables>;
export const MergeChildrenDocument = new TypedDocumentString(`
    mutation MergeChildren($input: MergeChildrenInput!) {
  mergeChildren(input: $input) {
    decidedAt
    decidedBy
    decidedByAgency
    fromChildId
    id
    kind
    note
    recordsMoved
    toChildId
  }
}
    `, {"hash":"sha256:e86767e68b90e13b9614329492de32fe483425a7482f23860a1cee95765b2090"}) as unknown as TypedDocumentString<MergeChildrenMutation, MergeChildrenMutationVariables>;
export const OutOfSchoolChildrenDocument = new TypedDocumentString(`
    query OutOfSchoolChildren($after: String, $filter: OutOfSchoolFilter, $first: Int) {
  outOfSchoolChildren(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        ageYears
        child {
          adoptionStatus
          birthDate
          ethnicity
          fullName
          hasBirthRegistration
          hasDisability
          hasValidInsurance
          householdSize
          id
          inAlternativeCare
          inSpecialCircumstances
          lastScreenedOn
          personalId
          schoolingStatus
          sex
        }
        communeCode
        lastGrade
        lastSchool {
          code
          name
        }
        lastSchoolYear
        leftOn
        provinceCode
        schoolYear
        situation
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
  }
}
    `, {"hash":"sha256:64bd89aca39d5a87dcd4f287741c919ac4499ba16618b4a11cb60243c8a5e759"}) as unknown as TypedDocumentString<OutOfSchoolChildrenQuery, OutOfSchoolChildrenQueryVariables>;
export const ProtectionAbandonmentFeedDocument = new TypedDocumentString(`
    query ProtectionAbandonmentFeed($after: String, $first: Int) {
  protectionAbandonmentFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      foundOn
      legalSteps {
        completedOn
        dueOn
        step
      }
      recordId
      updatedAt
    }
  }
}
    `, {"hash":"sha256:92906fdbe277ece917183885346bb2e9aa2b529b9fae864f9f4ec475d553b79e"}) as unknown as TypedDocumentString<ProtectionAbandonmentFeedQuery, ProtectionAbandonmentFeedQueryVariables>;
export const ProtectionDeletionFeedDocument = new TypedDocumentString(`
    query ProtectionDeletionFeed($after: String, $first: Int) {
  protectionDeletionFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      childId
      deletedAt
      recordId
      recordKind
    }
  }
}
    `, {"hash":"sha256:55f065e1eaca11b1ac6c246dc8e3bb31fe84963c69e2bc612c5ab812b50ff906"}) as unknown as TypedDocumentString<ProtectionDeletionFeedQuery, ProtectionDeletionFeedQueryVariables>;
export const ProtectionProfileFeedDocument = new TypedDocumentString(`
    query ProtectionProfileFeed($after: String, $first: Int) {
  protectionProfileFeed(after: $after, first: $first) {
    endCursor
    hasMore
    rows {
      birthDate
      careEndedOn
      careStartedOn
      childId
      ethnicity
      groups
      householdPoverty
      inSensitiveCircumstances
      inSpecialCircumstances
      lastSupportPaidOn
      orphaned
      personalId
      recordId
      sex
      updatedAt
    }
  }
}
    `, {"hash":"sha256:1e4b431f74819811055536ed46026297abc8047abe3c45ea3e9684b76a8be791"}) as unknown as TypedDocumentString<ProtectionProfileFeedQuery, ProtectionProfileFeedQueryVariables>;
export const ResolveLinkReviewDocument = new TypedDocumentString(`
    mutation ResolveLinkReview($input: ResolveLinkReviewInput!) {
  resolveLinkReview(input: $input) {
    agency
    candidates {
      childId
      fields {
        field
        level
        weight
      }
      score
    }
    createdAt
    decidedAt
    decidedBy
    decidedByAgency
    decidedChildId
    decision
    id
    note
    record {
      birthDate
      communeCode
      fullName
      motherName
      personalId
      sex
    }
    recordKind
    score
    sourceRecordId
    status
  }
}
    `, {"hash":"sha256:90d4c6cbe23d3970eb040199416b7ade282d9c73b5ef34de05b87df781fd4b9a"}) as unknown as TypedDocumentString<ResolveLinkReviewMutation, ResolveLinkReviewMutationVariables>;
export const SaveAdoptionDocument = new TypedDocumentString(`
    mutation SaveAdoption($expectedVersion: Int, $input: AdoptionInput!) {
  saveAdoption(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:8a748878b609376df614b72bc56ace4a50cbf2a898a57e2c373ef8cca2f3cd63"}) as unknown as TypedDocumentString<SaveAdoptionMutation, SaveAdoptionMutationVariables>;
export const SaveBirthRegistrationDocument = new TypedDocumentString(`
    mutation SaveBirthRegistration($expectedVersion: Int, $input: BirthRegistrationInput!) {
  saveBirthRegistration(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:4327930f9f6fa13728d952ffe2897286edabc977c251db697f2264413dd553a9"}) as unknown as TypedDocumentString<SaveBirthRegistrationMutation, SaveBirthRegistrationMutationVariables>;
export const SaveDisabilityDocument = new TypedDocumentString(`
    mutation SaveDisability($expectedVersion: Int, $input: DisabilityInput!) {
  saveDisability(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:27eb5d492c8c0e2f02c580bbe09690e875a6b8d9518f300c2d87e032d7d52872"}) as unknown as TypedDocumentString<SaveDisabilityMutation, SaveDisabilityMutationVariables>;
export const SaveEnrollmentDocument = new TypedDocumentString(`
    mutation SaveEnrollment($expectedVersion: Int, $input: EnrollmentInput!) {
  saveEnrollment(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:148833f79e6b4b02d6b7dd3ec44c8f044c8ec01c5db879bde93083450ef552e4"}) as unknown as TypedDocumentString<SaveEnrollmentMutation, SaveEnrollmentMutationVariables>;
export const SaveHouseholdDocument = new TypedDocumentString(`
    mutation SaveHousehold($expectedVersion: Int, $input: HouseholdInput!) {
  saveHousehold(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:ad4b3e15c8bd0a934a38990888298cdb5a24ba0e8995152fe4c1707d1f8c9cc0"}) as unknown as TypedDocumentString<SaveHouseholdMutation, SaveHouseholdMutationVariables>;
export const SaveInsuranceCardDocument = new TypedDocumentString(`
    mutation SaveInsuranceCard($expectedVersion: Int, $input: InsuranceCardInput!) {
  saveInsuranceCard(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:59ff2a31f8aa956f9b23d29eebb5692720a5609ce4c71b153cb54d279fabe309"}) as unknown as TypedDocumentString<SaveInsuranceCardMutation, SaveInsuranceCardMutationVariables>;
export const SaveResidenceDocument = new TypedDocumentString(`
    mutation SaveResidence($expectedVersion: Int, $input: ResidenceInput!) {
  saveResidence(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:3294db4f6ac36efe9ebdbabdb0461484a815840e50d110dc7d607d1d382e50ec"}) as unknown as TypedDocumentString<SaveResidenceMutation, SaveResidenceMutationVariables>;
export const SaveScreeningDocument = new TypedDocumentString(`
    mutation SaveScreening($expectedVersion: Int, $input: ScreeningInput!) {
  saveScreening(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:17a5c16085f6d22645b0b6e8168ee68971a389f065bc0f1595470f8318eaaaf5"}) as unknown as TypedDocumentString<SaveScreeningMutation, SaveScreeningMutationVariables>;
export const SaveSpecialCircumstanceDocument = new TypedDocumentString(`
    mutation SaveSpecialCircumstance($expectedVersion: Int, $input: SpecialCircumstanceInput!) {
  saveSpecialCircumstance(expectedVersion: $expectedVersion, input: $input) {
    created
    id
    version
  }
}
    `, {"hash":"sha256:3e9bfd237b4b65cf24a2bd4bdaf207371e297d6ce1f3b0cb2bf15b91e4fd4312"}) as unknown as TypedDocumentString<SaveSpecialCircumstanceMutation, SaveSpecialCircumstanceMutationVariables>;
export const UnlinkRecordDocument = new TypedDocumentString(`
    mutation UnlinkRecord($input: UnlinkRecordInput!) {
  unlinkRecord(input: $input) {
    decidedAt
    decidedBy
    decidedByAgency
    fromChildId
    id
    kind
    note
    recordsMoved
    toChildId
  }
}
    `, {"hash":"sha256:9e3e6f07e05a116864c03bc1aed878186a9a7c36b7af3dc8b24bfd9f18b422c4"}) as unknown as TypedDocumentString<UnlinkRecordMutation, UnlinkRecordMutationVariables>;