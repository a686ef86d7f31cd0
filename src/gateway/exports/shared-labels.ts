import type { ValueLabels } from './list-export';

/** `Sex`, as several lists show it (the words the agencies' own import files use). */
export const SEX_LABELS: ValueLabels = {
  MALE: { en: 'Male', vi: 'Nam' },
  FEMALE: { en: 'Female', vi: 'Nữ' },
};

/** `SourceAgency`: the sector whose records reveal a child. */
export const AGENCY_LABELS: ValueLabels = {
  POLICE: { en: 'Police', vi: 'Công an' },
  JUSTICE: { en: 'Justice', vi: 'Tư pháp' },
  EDUCATION: { en: 'Education', vi: 'Giáo dục' },
  HEALTH: { en: 'Health', vi: 'Y tế' },
  SOCIAL: { en: 'Social protection', vi: 'Bảo trợ xã hội' },
};
