import type {
  CareKind,
  FinderKind,
  HouseholdPovertyLevel,
  ReceptionStepKind,
  SpecialCircumstanceGroup,
  VerificationState,
} from '../../generated/prisma/protection/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `SpecialCircumstanceGroup`: the 14 groups of Law on Children 2016, art. 10, as commune lists name them. */
export const CIRCUMSTANCE_GROUP_LABELS: ValueLabels<SpecialCircumstanceGroup> = {
  ORPHANED_BOTH_PARENTS: { vi: 'Mồ côi cả cha và mẹ', en: 'Orphaned of both parents' },
  ABANDONED: { vi: 'Bị bỏ rơi', en: 'Abandoned' },
  WITHOUT_CARER: { vi: 'Không nơi nương tựa', en: 'Without a carer' },
  DISABLED: { vi: 'Khuyết tật', en: 'With a disability' },
  LIVING_WITH_HIV: { vi: 'Nhiễm HIV/AIDS', en: 'Living with HIV/AIDS' },
  IN_CONFLICT_WITH_LAW: { vi: 'Vi phạm pháp luật', en: 'In conflict with the law' },
  DRUG_ADDICTED: { vi: 'Nghiện ma túy', en: 'Addicted to drugs' },
  DROPPED_OUT_TO_WORK: { vi: 'Bỏ học kiếm sống', en: 'Dropped out of school to earn a living' },
  SEVERELY_HARMED_BY_VIOLENCE: { vi: 'Bị tổn hại nghiêm trọng do bạo lực', en: 'Severely harmed by violence' },
  EXPLOITED: { vi: 'Bị bóc lột', en: 'Exploited' },
  SEXUALLY_ABUSED: { vi: 'Bị xâm hại tình dục', en: 'Sexually abused' },
  TRAFFICKED: { vi: 'Bị mua bán', en: 'Trafficked' },
  SERIOUS_ILLNESS_POOR_HOUSEHOLD: { vi: 'Bệnh hiểm nghèo thuộc hộ nghèo', en: 'Seriously ill, of a poor or near-poor household' },
  MIGRANT_OR_REFUGEE_UNACCOMPANIED: { vi: 'Di cư, lánh nạn chưa xác định được cha mẹ', en: 'Migrant or refugee whose parents are not identified' },
};

/** `VerificationState`: how far a record was verified (Decision 3978/QĐ-BYT). */
export const VERIFICATION_STATE_LABELS: ValueLabels<VerificationState> = {
  COLLECTED: { vi: 'Đã thu thập', en: 'Collected' },
  CHECKED: { vi: 'Đã kiểm tra', en: 'Checked' },
  RECHECKED: { vi: 'Đã phúc tra', en: 'Re-checked' },
};

/** `CareKind`: the forms of alternative care (chăm sóc thay thế). */
export const CARE_KIND_LABELS: ValueLabels<CareKind> = {
  KINSHIP: { vi: 'Người thân thích chăm sóc', en: 'Kinship care' },
  FOSTER_FAMILY: { vi: 'Gia đình nhận chăm sóc thay thế', en: 'Foster family' },
  ADOPTION: { vi: 'Nhận con nuôi', en: 'Adoption' },
  TEMPORARY: { vi: 'Chăm sóc thay thế tạm thời', en: 'Temporary care' },
  SOCIAL_PROTECTION_FACILITY: { vi: 'Cơ sở trợ giúp xã hội', en: 'Social protection facility' },
};

/** `FinderKind`: who found an abandoned child. */
export const FINDER_KIND_LABELS: ValueLabels<FinderKind> = {
  HOSPITAL: { vi: 'Cơ sở y tế', en: 'Hospital or health facility' },
  RESIDENT: { vi: 'Người dân', en: 'Resident' },
  POLICE: { vi: 'Công an', en: 'Police' },
  COMMUNE: { vi: 'Ủy ban nhân dân xã', en: "Commune people's committee" },
  OTHER: { vi: 'Khác', en: 'Other' },
};

/** `ReceptionStepKind`, in the words of the protection office's own import files. */
export const RECEPTION_STEP_LABELS: ValueLabels<ReceptionStepKind> = {
  RECEPTION: { en: 'Reception', vi: 'Tiếp nhận' },
  FIRST_AID: { en: 'First aid', vi: 'Sơ cứu' },
  HEALTH_SCREENING: { en: 'Health screening', vi: 'Khám sức khỏe' },
  HANDOVER: { en: 'Handover', vi: 'Bàn giao' },
  PUBLIC_NOTICE: { en: 'Public notice', vi: 'Thông báo tìm người thân' },
  BIRTH_REGISTRATION: { en: 'Birth registration', vi: 'Đăng ký khai sinh' },
  RESIDENCE_REGISTRATION: { en: 'Residence registration', vi: 'Đăng ký cư trú' },
  HEALTH_INSURANCE: { en: 'Health insurance card', vi: 'Cấp thẻ BHYT' },
  ALTERNATIVE_CARE: { en: 'Alternative care', vi: 'Chăm sóc thay thế' },
};

/** `HouseholdPovertyLevel`: the commune's poor and near-poor household lists. */
export const POVERTY_LEVEL_LABELS: ValueLabels<HouseholdPovertyLevel> = {
  POOR: { vi: 'Hộ nghèo', en: 'Poor household' },
  NEAR_POOR: { vi: 'Hộ cận nghèo', en: 'Near-poor household' },
};
