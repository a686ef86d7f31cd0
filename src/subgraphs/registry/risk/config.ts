/**
 * THE dropout-risk model's settings: every weight, threshold and cut-off in one place, so an
 * education department can read (and change) why a pupil is listed. The model itself is in
 * model.ts (TypeScript, unit-tested) and risk-sql.ts (the same rules in SQL, for the materialised
 * list); both read only this file. README.md ("Dropout risk") prints the weights as a table.
 */
import type { ValueLabels } from '../../../shared/value-labels';

/** Why a pupil scores: the factors the model weighs. */
export type RiskFactor =
  | 'CHRONIC_ABSENCE'
  | 'ABSENCE_RISING'
  | 'REPEATED_GRADE'
  | 'OVER_AGE'
  | 'RECENT_TRANSFER'
  | 'ENROLLMENT_GAP'
  | 'DROPOUT_WARNING'
  | 'SPECIAL_CIRCUMSTANCE'
  | 'ORPHANED'
  | 'DISABILITY'
  | 'POOR_HOUSEHOLD'
  | 'NEAR_POOR_HOUSEHOLD'
  | 'MIGRANT_FAMILY';

/**
 * The reason codes a list shows. Cross-agency factors are shown only at the granularity the
 * permission matrix gives EDUCATION: orphanhood is one of the Article 10 groups, so it is shown
 * as SPECIAL_CIRCUMSTANCE (never which group); poor and near-poor as one code.
 */
export type RiskReasonCode = Exclude<RiskFactor, 'ORPHANED' | 'NEAR_POOR_HOUSEHOLD'>;

export type RiskLevelName = 'LOW' | 'MEDIUM' | 'HIGH';

export interface RiskFactorSetting {
  /** Points added to the score when the factor applies. */
  weight: number;
  /** Evidence the school holds, or a fact from another agency (capped together, see crossAgencyCap). */
  source: 'school' | 'crossAgency';
  shownAs: RiskReasonCode;
}

export const RISK_MODEL = {
  factors: {
    CHRONIC_ABSENCE: { weight: 35, source: 'school', shownAs: 'CHRONIC_ABSENCE' },
    ABSENCE_RISING: { weight: 10, source: 'school', shownAs: 'ABSENCE_RISING' },
    REPEATED_GRADE: { weight: 20, source: 'school', shownAs: 'REPEATED_GRADE' },
    OVER_AGE: { weight: 10, source: 'school', shownAs: 'OVER_AGE' },
    RECENT_TRANSFER: { weight: 15, source: 'school', shownAs: 'RECENT_TRANSFER' },
    ENROLLMENT_GAP: { weight: 15, source: 'school', shownAs: 'ENROLLMENT_GAP' },
    DROPOUT_WARNING: { weight: 30, source: 'school', shownAs: 'DROPOUT_WARNING' },
    SPECIAL_CIRCUMSTANCE: { weight: 15, source: 'crossAgency', shownAs: 'SPECIAL_CIRCUMSTANCE' },
    ORPHANED: { weight: 10, source: 'crossAgency', shownAs: 'SPECIAL_CIRCUMSTANCE' },
    DISABILITY: { weight: 10, source: 'crossAgency', shownAs: 'DISABILITY' },
    POOR_HOUSEHOLD: { weight: 15, source: 'crossAgency', shownAs: 'POOR_HOUSEHOLD' },
    NEAR_POOR_HOUSEHOLD: { weight: 10, source: 'crossAgency', shownAs: 'POOR_HOUSEHOLD' },
    // The population registry (identity residence feed) holds a temporary residence (tạm trú) of the
    // child in a province where the child has no permanent residence (thường trú): registered away
    // from home, or with no permanent registration at all. A residence counts unless it ended before
    // the current school year opened (schoolYearOpens): a family that moved this school year counts
    // for the whole year, and the rule moves with the facts and the school year, not with the calendar.
    MIGRANT_FAMILY: { weight: 10, source: 'crossAgency', shownAs: 'MIGRANT_FAMILY' },
  } satisfies Record<RiskFactor, RiskFactorSetting>,

  /**
   * Facts from other agencies say a pupil is vulnerable, not that the pupil is leaving school:
   * together they add at most this much, so only school evidence can make a pupil HIGH.
   */
  crossAgencyCap: 30,

  /** Score cut-offs: at or above `HIGH` is HIGH, at or above `MEDIUM` is MEDIUM, below is LOW. */
  levels: { MEDIUM: 25, HIGH: 50 },

  /** Chronic absence: days absent (excused or not) over school days this school year, at least this share (10% is the usual definition). */
  chronicAbsenceShare: 0.1,
  /** Rising absence: this year's share exceeds last year's, or the last term's the first term's, by at least this much. */
  absenceRise: 0.1,
  /**
   * Over age for grade: age on the reckoning date minus (grade + 5) at least this many years.
   * Ages are reckoned on 31 December of the year the school year opens, as the national convention
   * counts them: grade 1 is the school year opening in the calendar year a child turns 6, so a pupil
   * in the right grade is exactly grade + 5 on that day, and one year behind is over age.
   */
  overAgeYears: 1,
  ageReckonedOn: { month: 12, day: 31, yearOf: 'start' as 'start' | 'end' },
  /** The school year opens on this day of its first year; an enrollment starting later than `transferGraceDays` after it is a recent transfer. */
  schoolYearOpens: { month: 9, day: 5 },
  transferGraceDays: 30,
  /** More days than a summer break between the previous enrollment's end and this one's start is a gap. */
  enrollmentGapDays: 120,
  /** Compulsory school age (primary and lower secondary: grades 1-9), in years on the reckoning date. */
  compulsoryAge: { from: 6, to: 14 },
} as const;

export type RiskModelConfig = typeof RISK_MODEL;

/** Short labels shown with each reason code (Vietnamese for schools, English for reports). */
export const REASON_LABELS: ValueLabels<RiskReasonCode> = {
  CHRONIC_ABSENCE: { en: 'Chronic absence this school year', vi: 'Nghỉ học thường xuyên trong năm học' },
  ABSENCE_RISING: { en: 'Absence rising', vi: 'Số ngày nghỉ học tăng' },
  REPEATED_GRADE: { en: 'Repeated a grade', vi: 'Lưu ban' },
  OVER_AGE: { en: 'Over age for grade', vi: 'Học muộn so với độ tuổi' },
  RECENT_TRANSFER: { en: 'Recent transfer', vi: 'Mới chuyển trường' },
  ENROLLMENT_GAP: { en: 'Gap in enrollment', vi: 'Gián đoạn việc học' },
  DROPOUT_WARNING: { en: 'School dropout warning', vi: 'Nhà trường cảnh báo nguy cơ bỏ học' },
  SPECIAL_CIRCUMSTANCE: { en: 'In a special circumstance', vi: 'Thuộc diện hoàn cảnh đặc biệt' },
  DISABILITY: { en: 'Has a disability', vi: 'Trẻ khuyết tật' },
  POOR_HOUSEHOLD: { en: 'Poor or near-poor household', vi: 'Hộ nghèo hoặc cận nghèo' },
  MIGRANT_FAMILY: { en: 'Migrant family', vi: 'Gia đình di cư' },
};

export const RISK_REASON_CODES = Object.keys(REASON_LABELS) as RiskReasonCode[];
