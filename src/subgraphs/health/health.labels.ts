import type { DisabilityLevel, HivStatusValue, NutritionStatus, ScreeningKind } from '../../generated/prisma/health/enums';
import type { ValueLabels } from '../../shared/value-labels';

/** `ScreeningKind`, in the words of the health stations' own records. */
export const SCREENING_KIND_LABELS: ValueLabels<ScreeningKind> = {
  NEWBORN: { vi: 'Sơ sinh', en: 'Newborn screening' },
  PERIODIC: { vi: 'Định kỳ', en: 'Periodic check-up' },
  SCHOOL: { vi: 'Học đường', en: 'School health check' },
};

/** `NutritionStatus`: the finding of a screening on the child's growth. */
export const NUTRITION_STATUS_LABELS: ValueLabels<NutritionStatus> = {
  NORMAL: { vi: 'Bình thường', en: 'Normal' },
  STUNTED: { vi: 'Thấp còi', en: 'Stunted (low height for age)' },
  WASTED: { vi: 'Gầy còm', en: 'Wasted (low weight for height)' },
  UNDERWEIGHT: { vi: 'Nhẹ cân', en: 'Underweight (low weight for age)' },
  OVERWEIGHT: { vi: 'Thừa cân', en: 'Overweight' },
};

/** `DisabilityLevel`: the level a disability certificate states (mức độ khuyết tật). */
export const DISABILITY_LEVEL_LABELS: ValueLabels<DisabilityLevel> = {
  MILD: { vi: 'Nhẹ', en: 'Mild' },
  SEVERE: { vi: 'Nặng', en: 'Severe' },
  ESPECIALLY_SEVERE: { vi: 'Đặc biệt nặng', en: 'Especially severe' },
};

/** `HivStatusValue`. */
export const HIV_STATUS_LABELS: ValueLabels<HivStatusValue> = {
  NEGATIVE: { vi: 'Âm tính', en: 'Negative' },
  EXPOSED: { vi: 'Phơi nhiễm HIV', en: 'Exposed (born to a mother living with HIV, status not yet confirmed)' },
  POSITIVE: { vi: 'Dương tính', en: 'Positive' },
};
