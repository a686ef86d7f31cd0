import type { AdoptionKind, AdoptionStatus } from '../../generated/prisma/civil/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `AdoptionKind`, as the civil-status register names it. */
export const ADOPTION_KIND_LABELS: ValueLabels<AdoptionKind> = {
  DOMESTIC: { vi: 'Trong nước', en: 'Domestic' },
  INTERCOUNTRY: { vi: 'Có yếu tố nước ngoài', en: 'Intercountry' },
};

/** `AdoptionStatus`: the steps of an adoption case. */
export const ADOPTION_STATUS_LABELS: ValueLabels<AdoptionStatus> = {
  APPLIED: { vi: 'Đã nộp hồ sơ', en: 'Applied' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  REGISTERED: { vi: 'Đã đăng ký', en: 'Registered' },
  REVOKED: { vi: 'Đã chấm dứt', en: 'Revoked' },
};
