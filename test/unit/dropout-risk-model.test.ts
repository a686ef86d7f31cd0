import { RISK_MODEL } from '../../src/subgraphs/registry/risk/config';
import { assessRisk, levelOf, type PupilRiskFeatures } from '../../src/subgraphs/registry/risk/model';
import { reasonsSql, scoreSql } from '../../src/subgraphs/registry/risk/risk-sql';

/** A pupil with nothing against them: grade 7 at the right age, steady attendance, no agency facts. */
const calm: PupilRiskFeatures = {
  absenceShare: 0.03, previousAbsenceShare: 0.02, firstTermAbsenceShare: 0.03, lastTermAbsenceShare: 0.03,
  grade: 7, previousGrade: 6, previousStatus: 'COMPLETED', daysSincePreviousEnded: 97, ageYears: 12, daysEnrolledAfterOpening: 0,
  openDropoutWarnings: 0, inSpecialCircumstances: false, orphaned: false, hasDisability: false, householdPoverty: null,
  residenceProvinces: { permanent: ['01'], temporary: [] },
};
const pupil = (changes: Partial<PupilRiskFeatures>) => ({ ...calm, ...changes });

describe('the dropout-risk model', () => {
  it('gives a pupil with nothing against them LOW, score 0, no reasons', () => {
    expect(assessRisk(calm)).toEqual({ score: 0, level: 'LOW', reasons: [] });
  });

  it.each([
    ['CHRONIC_ABSENCE', { absenceShare: 0.1 }, 35],
    ['ABSENCE_RISING', { absenceShare: 0.09, previousAbsenceShare: 0.0 }, 0],
    ['REPEATED_GRADE', { previousGrade: 7, ageYears: 12 }, 20],
    ['OVER_AGE', { ageYears: 13 }, 10],
    ['RECENT_TRANSFER', { daysEnrolledAfterOpening: 31 }, 15],
    ['ENROLLMENT_GAP', { previousStatus: 'DROPPED_OUT' }, 15],
    ['DROPOUT_WARNING', { openDropoutWarnings: 1 }, 30],
    ['SPECIAL_CIRCUMSTANCE', { inSpecialCircumstances: true }, 15],
    ['DISABILITY', { hasDisability: true }, 10],
    ['POOR_HOUSEHOLD', { householdPoverty: 'POOR' }, 15],
    ['MIGRANT_FAMILY', { residenceProvinces: { permanent: ['01'], temporary: ['79'] } }, 10],
  ] as [string, Partial<PupilRiskFeatures>, number][])('weighs %s by its configured weight', (code, changes, extra) => {
    const result = assessRisk(pupil(changes));
    if (code === 'ABSENCE_RISING') {
      // 9 points of rise is under the 10-point threshold: nothing.
      expect(result).toEqual({ score: 0, level: 'LOW', reasons: [] });
      return;
    }
    expect(result.reasons).toEqual([code]);
    expect(result.score).toBe(extra);
  });

  it('shows orphanhood as SPECIAL_CIRCUMSTANCE and near-poor as POOR_HOUSEHOLD, never the detail', () => {
    expect(assessRisk(pupil({ orphaned: true, inSpecialCircumstances: true }))).toEqual({ score: 25, level: 'MEDIUM', reasons: ['SPECIAL_CIRCUMSTANCE'] });
    expect(assessRisk(pupil({ householdPoverty: 'NEAR_POOR' }))).toEqual({ score: 10, level: 'LOW', reasons: ['POOR_HOUSEHOLD'] });
  });

  it('caps facts from other agencies, so that only school evidence makes a pupil HIGH', () => {
    const vulnerable = pupil({ inSpecialCircumstances: true, orphaned: true, hasDisability: true, householdPoverty: 'POOR' });
    expect(assessRisk(vulnerable)).toEqual({ score: RISK_MODEL.crossAgencyCap, level: 'MEDIUM', reasons: ['SPECIAL_CIRCUMSTANCE', 'DISABILITY', 'POOR_HOUSEHOLD'] });
    expect(assessRisk({ ...vulnerable, absenceShare: 0.25 }).level).toBe('HIGH');
  });

  it('puts each planted combination of causes at HIGH', () => {
    const chronic = { absenceShare: 0.25, previousAbsenceShare: 0.03 };
    for (const extra of [{ previousGrade: 7, ageYears: 13, previousAbsenceShare: 0.2 }, { householdPoverty: 'NEAR_POOR' as const }, { openDropoutWarnings: 1 }, { previousStatus: 'TRANSFERRED' as const }, { inSpecialCircumstances: true }]) {
      expect(assessRisk(pupil({ ...chronic, ...extra })).level).toBe('HIGH');
    }
  });

  it('sees a rise between terms as well as between years, and a missing previous year as a gap', () => {
    expect(assessRisk(pupil({ firstTermAbsenceShare: 0.02, lastTermAbsenceShare: 0.14, absenceShare: 0.08 })).reasons).toEqual(['ABSENCE_RISING']);
    expect(assessRisk(pupil({ previousGrade: null, previousStatus: null, daysSincePreviousEnded: null })).reasons).toEqual(['ENROLLMENT_GAP']);
    expect(assessRisk(pupil({ grade: 1, ageYears: 6, previousGrade: null, previousStatus: null, daysSincePreviousEnded: null })).reasons).toEqual([]);
  });

  it('sees a migrant family in a temporary residence away from every permanent one, or with none', () => {
    const migrant = (permanent: string[], temporary: string[]) => assessRisk(pupil({ residenceProvinces: { permanent, temporary } })).reasons.includes('MIGRANT_FAMILY');
    expect(migrant(['01'], ['01'])).toBe(false);
    expect(migrant(['01', '79'], ['79'])).toBe(false);
    expect(migrant([], ['79'])).toBe(true);
    expect(migrant(['01'], ['01', '79'])).toBe(true);
    expect(migrant(['01'], [])).toBe(false);
    expect(assessRisk(pupil({ residenceProvinces: null })).reasons).toEqual([]);
  });

  it('levels by the configured cut-offs', () => {
    expect([0, 24, 25, 49, 50, 200].map((s) => levelOf(s))).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH']);
  });

  it('builds its SQL from the same weights', () => {
    expect(scoreSql()).toContain(`LEAST(${RISK_MODEL.crossAgencyCap}`);
    expect(reasonsSql()).not.toContain("'ORPHANED'");
    expect(reasonsSql().match(/THEN '/g)).toHaveLength(11);
  });
});
