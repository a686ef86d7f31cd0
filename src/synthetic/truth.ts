import type { Agency } from '../auth/principal';

/** Why a child is in the population's known answers; tests and benchmarks compare the hub with it. */
export type DropoutCause = 'CHRONIC_ABSENCE' | 'REPEATED_GRADE' | 'OVER_AGE' | 'POOR_HOUSEHOLD' | 'SPECIAL_CIRCUMSTANCE' | 'DROPOUT_WARNING' | 'RECENT_TRANSFER';

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
    highDropoutRisk?: DropoutCause[];
  };
}
