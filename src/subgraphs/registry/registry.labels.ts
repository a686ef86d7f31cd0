import type { Agency, LinkCorrectionKind, LinkMethod, LinkReviewDecision, LinkReviewStatus } from '../../generated/prisma/registry/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `SourceAgency`: the sector whose records reveal a child. */
export const AGENCY_LABELS: ValueLabels<Agency> = {
  POLICE: { en: 'Police', vi: 'Công an' },
  JUSTICE: { en: 'Justice', vi: 'Tư pháp' },
  EDUCATION: { en: 'Education', vi: 'Giáo dục' },
  HEALTH: { en: 'Health', vi: 'Y tế' },
  SOCIAL: { en: 'Social protection', vi: 'Bảo trợ xã hội' },
};

/** The levels of the administrative map: `AreaLevel`, and the area rows of `CountGrouping` and `IndicatorDimension`. */
export const AREA_LEVEL_LABELS: ValueLabels<'COUNTRY' | 'PROVINCE' | 'COMMUNE'> = {
  COUNTRY: { vi: 'Toàn quốc', en: 'Country' },
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province' },
  COMMUNE: { vi: 'Cấp xã', en: 'Commune' },
};

/** `LinkMethod`: how the hub decided that an agency record is this child's. */
export const LINK_METHOD_LABELS: ValueLabels<LinkMethod> = {
  PERSONAL_ID: { vi: 'Trùng số định danh cá nhân', en: 'Same personal ID number' },
  PROBABILISTIC: { vi: 'Ghép nối xác suất', en: 'Probabilistic match of name, birth date, sex, commune and mother' },
  MANUAL: { vi: 'Cán bộ quyết định', en: 'Decided by a reviewer' },
  SEED_TRUTH: { vi: 'Dữ liệu mẫu', en: 'Synthetic sample data, linked as generated' },
  NEW_CHILD: { vi: 'Trẻ mới', en: 'Matched no known child: a new one was made from it' },
};

/** `LinkReviewStatus`. */
export const LINK_REVIEW_STATUS_LABELS: ValueLabels<LinkReviewStatus> = {
  OPEN: { vi: 'Chờ xử lý', en: 'Waiting for a decision' },
  RESOLVED: { vi: 'Đã xử lý', en: 'Decided' },
};

/** `LinkReviewDecision`. */
export const LINK_REVIEW_DECISION_LABELS: ValueLabels<LinkReviewDecision> = {
  LINK: { vi: 'Liên kết với trẻ đã có', en: 'The record is this known child' },
  NEW_CHILD: { vi: 'Trẻ mới', en: 'A child the index does not know' },
};

/** `LinkCorrectionKind`. */
export const LINK_CORRECTION_KIND_LABELS: ValueLabels<LinkCorrectionKind> = {
  MERGE: { vi: 'Gộp hai trẻ', en: 'Merge: two master children were one child' },
  SPLIT: { vi: 'Tách bản ghi', en: 'Split: a record moved to another child' },
};
