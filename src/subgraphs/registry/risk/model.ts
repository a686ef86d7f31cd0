import { RISK_MODEL, type RiskFactor, type RiskLevelName, type RiskModelConfig, type RiskReasonCode } from './config';

/** What the model knows of one pupil enrolled in the current school year (null: no data). */
export interface PupilRiskFeatures {
  /** Days absent over school days, this school year. */
  absenceShare: number | null;
  /** The same for the previous school year's enrollment. */
  previousAbsenceShare: number | null;
  /** This school year's first and last term on record. */
  firstTermAbsenceShare: number | null;
  lastTermAbsenceShare: number | null;
  grade: number;
  /** Grade of the latest enrollment in an earlier school year. */
  previousGrade: number | null;
  previousStatus: 'ENROLLED' | 'TRANSFERRED' | 'DROPPED_OUT' | 'COMPLETED' | null;
  /** Days from the previous enrollment's end to this one's start. */
  daysSincePreviousEnded: number | null;
  /** Age in whole years on the reckoning date (config.ageReckonedOn). */
  ageYears: number;
  /** Days from the school year's opening to this enrollment's start. */
  daysEnrolledAfterOpening: number;
  openDropoutWarnings: number;
  inSpecialCircumstances: boolean | null;
  orphaned: boolean | null;
  hasDisability: boolean | null;
  householdPoverty: 'POOR' | 'NEAR_POOR' | null;
  /**
   * Provinces of the child's residences in force this school year, by kind (identity's residence
   * feed; config.factors.MIGRANT_FAMILY says which count); null: the registry knows none.
   */
  residenceProvinces: { permanent: string[]; temporary: string[] } | null;
}

export interface RiskAssessment {
  score: number;
  level: RiskLevelName;
  /** Reason codes in the order of config.factors, each once. */
  reasons: RiskReasonCode[];
}

const rise = (from: number | null, to: number | null, by: number) => from !== null && to !== null && to - from >= by - 1e-9;

/** When each factor applies. risk-sql.ts states the same rules in SQL; a test holds them equal. */
export function factorApplies(factor: RiskFactor, f: PupilRiskFeatures, config: RiskModelConfig = RISK_MODEL): boolean {
  switch (factor) {
    case 'CHRONIC_ABSENCE':
      return f.absenceShare !== null && f.absenceShare >= config.chronicAbsenceShare - 1e-9;
    case 'ABSENCE_RISING':
      return rise(f.previousAbsenceShare, f.absenceShare, config.absenceRise) || rise(f.firstTermAbsenceShare, f.lastTermAbsenceShare, config.absenceRise);
    case 'REPEATED_GRADE':
      return f.grade >= 1 && f.previousGrade !== null && f.previousGrade >= f.grade;
    case 'OVER_AGE':
      return f.grade >= 1 && f.ageYears - (f.grade + 5) >= config.overAgeYears;
    case 'RECENT_TRANSFER':
      return f.previousStatus === 'TRANSFERRED' || f.daysEnrolledAfterOpening > config.transferGraceDays;
    case 'ENROLLMENT_GAP':
      return f.previousStatus === 'DROPPED_OUT' || (f.previousGrade === null && f.grade >= 2) || (f.daysSincePreviousEnded !== null && f.daysSincePreviousEnded > config.enrollmentGapDays);
    case 'DROPOUT_WARNING':
      return f.openDropoutWarnings > 0;
    case 'SPECIAL_CIRCUMSTANCE':
      return f.inSpecialCircumstances === true;
    case 'ORPHANED':
      return f.orphaned === true;
    case 'DISABILITY':
      return f.hasDisability === true;
    case 'POOR_HOUSEHOLD':
      return f.householdPoverty === 'POOR';
    case 'NEAR_POOR_HOUSEHOLD':
      return f.householdPoverty === 'NEAR_POOR';
    case 'MIGRANT_FAMILY':
      return f.residenceProvinces !== null && f.residenceProvinces.temporary.some((province) => !f.residenceProvinces!.permanent.includes(province));
  }
}

export function levelOf(score: number, config: RiskModelConfig = RISK_MODEL): RiskLevelName {
  return score >= config.levels.HIGH ? 'HIGH' : score >= config.levels.MEDIUM ? 'MEDIUM' : 'LOW';
}

/** The score: school evidence in full, cross-agency facts up to config.crossAgencyCap. */
export function assessRisk(features: PupilRiskFeatures, config: RiskModelConfig = RISK_MODEL): RiskAssessment {
  let school = 0;
  let crossAgency = 0;
  const reasons: RiskReasonCode[] = [];
  for (const [factor, setting] of Object.entries(config.factors) as [RiskFactor, RiskModelConfig['factors'][RiskFactor]][]) {
    if (!factorApplies(factor, features, config)) continue;
    if (setting.source === 'school') school += setting.weight;
    else crossAgency += setting.weight;
    if (!reasons.includes(setting.shownAs)) reasons.push(setting.shownAs);
  }
  const score = school + Math.min(crossAgency, config.crossAgencyCap);
  return { score, level: levelOf(score, config), reasons: reasonsInCodeOrder(reasons, config) };
}

/** Reasons in the order their codes first appear among the factors (the order the SQL emits). */
function reasonsInCodeOrder(reasons: RiskReasonCode[], config: RiskModelConfig): RiskReasonCode[] {
  return shownCodes(config).filter((code) => reasons.includes(code));
}

/** Each shown code once, in factor order, with the factors shown as it. */
export function shownCodes(config: RiskModelConfig = RISK_MODEL): RiskReasonCode[] {
  return [...new Set(Object.values(config.factors).map((s) => s.shownAs))];
}
