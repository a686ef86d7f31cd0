import type { RiskLevel } from '../../../generated/prisma/registry/enums';
import type { ValueLabels } from '../../../shared/value-labels';

/** `RiskLevel`. */
export const RISK_LEVEL_LABELS: ValueLabels<RiskLevel> = {
  HIGH: { en: 'High', vi: 'Cao' },
  MEDIUM: { en: 'Medium', vi: 'Trung bình' },
  LOW: { en: 'Low', vi: 'Thấp' },
};

/** `OutOfSchoolSituation`. */
export const SITUATION_LABELS: ValueLabels<'DROPPED_OUT' | 'NOT_ENROLLED_THIS_YEAR' | 'NEVER_ENROLLED'> = {
  DROPPED_OUT: { en: 'Dropped out this school year', vi: 'Bỏ học trong năm học' },
  NOT_ENROLLED_THIS_YEAR: { en: 'Not enrolled this school year', vi: 'Không nhập học năm học này' },
  NEVER_ENROLLED: { en: 'Never enrolled', vi: 'Chưa từng đi học' },
};
