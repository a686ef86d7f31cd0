import type { Agency } from '../auth/principal';

/** Why a child is in the population's known answers; tests and benchmarks compare the hub with it. */
export type DropoutCause = 'CHRONIC_ABSENCE' | 'REPEATED_GRADE' | 'OVER_AGE' | 'POOR_HOUSEHOLD' | 'SPECIAL_CIRCUMSTANCE' | 'DROPOUT_WARNING' | 'RECENT_TRANSFER';

/**
 * Children planted to look like another child: linkage must keep each pair apart. Scored one kind
 * at a time by `childgraph link --evaluate`.
 */
export type LookalikeKind =
  /** Same birth date, family, commune and mother; another given name (twins and triplets). */
  | 'TWIN'
  | 'TRIPLET'
  /** Same full name and birth year, same commune, another family. */
  | 'NAMESAKE_SAME_COMMUNE'
  /** Same full name, cousins in one extended family (same family name, same commune). */
  | 'NAMESAKE_SAME_FAMILY'
  /** Names that differ by one tone mark only (Tám / Tâm), same birth date and commune. */
  | 'TONE_MARK'
  /** Names that differ in the given name only, same birth date and commune, other mother. */
  | 'GIVEN_NAME';

/** Ways one agency record differs from the child's truth, beyond spelling and date variants. */
export type RecordHardCase =
  /** The family name written in the other region's form (Hoàng/Huỳnh, Vũ/Võ). */
  | 'REGIONAL_SPELLING'
  /** Entered late, after the family moved: the record carries the new commune. */
  | 'LATE_MOVED'
  /** The record's personal ID contradicts its sex or birth year. */
  | 'IDENTITY_MISMATCH';

export interface TruthRecord {
  childId: string;
  personalId: string | null;
  fullName: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  ethnicity: string;
  /** Special-circumstance groups (Article 10) the social protection records carry. */
  specialCircumstances: string[];
  provinceCode: string;
  communeCode: string;
  /** Every agency subject record of this child, and how it differs from the child's true identity. */
  records: {
    agency: Exclude<Agency, 'ANALYTICS' | 'AUDITOR' | 'HUB'>;
    kind: string;
    id: string;
    hasPersonalId: boolean;
    nameVariant: string | null;
    birthDateVariant: boolean;
    hardCases?: RecordHardCase[];
  }[];
  planted: {
    noBirthRegistration?: true;
    lateRegistration?: true;
    missingPersonalId?: true;
    inconsistentPersonalId?: true;
    noResidenceRegistration?: true;
    abandoned?: true;
    abandonedIncompleteFile?: { stage: 'LATE' | 'STUCK'; step: string };
    adoptionNotRegistered?: true;
    /** This child shares name, birth date and province with another child: they must not link. */
    namesakeOf?: string;
    /** Other children this one is planted to resemble, with how. */
    lookalikes?: { kind: LookalikeKind; childId: string }[];
    highDropoutRisk?: DropoutCause[];
  };
}
