import type { ValueLabels } from '../../../shared/value-labels';
import type { GapKind } from './gap-rules';

/** `CivilStatusGapKind`: what papers the child lacks. */
export const GAP_KIND_LABELS: ValueLabels<GapKind> = {
  NO_BIRTH_REGISTRATION: { en: 'No birth registration', vi: 'Chưa đăng ký khai sinh' },
  LATE_BIRTH_REGISTRATION: { en: 'Late birth registration', vi: 'Đăng ký khai sinh quá hạn' },
  NO_PERSONAL_ID: { en: 'No personal ID number', vi: 'Chưa có số định danh cá nhân' },
  NO_RESIDENCE_REGISTRATION: { en: 'No permanent residence registration', vi: 'Chưa đăng ký thường trú' },
  ABANDONED_WITHOUT_LEGAL_FILE: { en: 'Abandoned child, legal file incomplete', vi: 'Trẻ bị bỏ rơi chưa hoàn thiện hồ sơ pháp lý' },
  ADOPTION_NOT_REGISTERED: { en: 'Adoption not registered', vi: 'Việc nuôi con nuôi chưa được đăng ký' },
  IDENTITY_MISMATCH: { en: 'Identity details disagree', vi: 'Thông tin nhân thân không thống nhất' },
};
