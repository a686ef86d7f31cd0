import { dateSetting, hubToday } from '../../../shared/as-of';

/**
 * The rules of the civil-status gap list, in one place: the legal deadlines they measure against.
 * Some deadlines are a reading of the law still to be confirmed with the ministries; change them
 * here, and the next refresh applies them to every child (a changed rule changes the stored list
 * only when recomputed in full: restart, or wait for the daily recompute).
 */
export const GAP_RULES = {
  /** Birth registration is due within this many days of birth (Law on Civil Status 2014, art. 15); later is late. */
  birthRegistrationDueDays: 60,
  /** A personal ID number is issued with the birth registration, so it is missing from the same day. */
  personalIdDueDays: 60,
  /** Permanent residence is registered after the birth registration (Law on Residence 2020, art. 20). */
  residenceRegistrationDueDays: 60,
  /** Deadlines, in days after an abandoned child was found, of the legal-file steps a file lacks altogether. */
  legalStepDueDays: { BIRTH_REGISTRATION: 40, RESIDENCE_REGISTRATION: 50, HEALTH_INSURANCE: 50 },
} as const;

export const GAP_KINDS = [
  'NO_BIRTH_REGISTRATION',
  'LATE_BIRTH_REGISTRATION',
  'NO_PERSONAL_ID',
  'NO_RESIDENCE_REGISTRATION',
  'ABANDONED_WITHOUT_LEGAL_FILE',
  'ADOPTION_NOT_REGISTERED',
  'IDENTITY_MISMATCH',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/**
 * The day the deadlines are measured at: the hub's today (CHILDGRAPH_AS_OF when set), or
 * CHILDGRAPH_GAPS_AS_OF (YYYY-MM-DD) to reproduce the gap list alone as it stood on a day.
 */
export function gapsAsOf(now = new Date()): string {
  return dateSetting('CHILDGRAPH_GAPS_AS_OF') ?? hubToday(now);
}
