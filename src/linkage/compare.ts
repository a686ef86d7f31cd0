import { compareNames, type NameLevel } from './compare-names';
import { LINKAGE_LIMITS, LINKAGE_WEIGHTS as W } from './config';
import { transposedBirthDay, type NormalisedIdentity } from './normalise';

export type DateLevel = keyof typeof W.birthDate;
export type SexLevel = keyof typeof W.sex;
export type CommuneLevel = keyof typeof W.commune;
export type MotherLevel = keyof typeof W.motherName;

/** Each field's agreement level and weight: what a reviewer sees next to a candidate. */
export interface Comparison {
  score: number;
  name: { level: NameLevel; weight: number };
  birthDate: { level: DateLevel; weight: number };
  sex: { level: SexLevel; weight: number };
  commune: { level: CommuneLevel; weight: number };
  motherName: { level: MotherLevel; weight: number };
  personalIdConflict: boolean;
}

export function compareDates(record: NormalisedIdentity, master: NormalisedIdentity): DateLevel {
  if (record.birthDay === master.birthDay) return 'EXACT';
  if (transposedBirthDay(record) === master.birthDay) return 'TRANSPOSED';
  if (Math.abs(record.birthDay - master.birthDay) <= LINKAGE_LIMITS.nearDays) return 'NEAR';
  return record.birthYear === master.birthYear ? 'SAME_YEAR' : 'DIFFERENT';
}

export function compareCommunes(record: NormalisedIdentity, master: NormalisedIdentity): CommuneLevel {
  if (record.communeCode === master.communeCode) return 'SAME';
  return record.provinceCode !== null && record.provinceCode === master.provinceCode ? 'SAME_PROVINCE' : 'OTHER_PROVINCE';
}

/**
 * The mother's name with the same care as the child's: another given name or another tone mark on
 * it is another mother (Nguyễn Thị Lan is not Nguyễn Thị Hoa), which is what tells namesakes apart.
 */
export function compareMothers(record: NormalisedIdentity, master: NormalisedIdentity): MotherLevel {
  if (!record.mother || !master.mother) return 'MISSING';
  return MOTHER_LEVEL[compareNames(record.mother, master.mother)];
}

const MOTHER_LEVEL: Record<NameLevel, MotherLevel> = {
  EXACT: 'EXACT', FOLDED: 'EXACT', REORDERED: 'EXACT',
  ONE_TYPO: 'CLOSE', ONE_DROPPED: 'CLOSE', TYPO_AND_DROPPED: 'CLOSE',
  PARTIAL: 'PARTIAL',
  TONE_DIFFERS: 'DISAGREE', GIVEN_DIFFERS: 'DISAGREE', DISAGREE: 'DISAGREE',
};

/** The Fellegi–Sunter score of a record against a master child (the hot path: no allocation). */
export function scoreIdentities(record: NormalisedIdentity, master: NormalisedIdentity): number {
  return (
    W.name[compareNames(record.name, master.name)] +
    W.birthDate[compareDates(record, master)] +
    (record.sex === master.sex ? W.sex.AGREE : W.sex.DISAGREE) +
    W.commune[compareCommunes(record, master)] +
    W.motherName[compareMothers(record, master)] +
    (personalIdsConflict(record, master) ? W.personalIdConflict : 0)
  );
}

const personalIdsConflict = (record: NormalisedIdentity, master: NormalisedIdentity) =>
  record.personalId !== null && master.personalId !== null && record.personalId !== master.personalId;

/** The same score, field by field: what a reviewer sees next to a candidate. */
export function compareIdentities(record: NormalisedIdentity, master: NormalisedIdentity): Comparison {
  const name = compareNames(record.name, master.name);
  const birthDate = compareDates(record, master);
  const sex: SexLevel = record.sex === master.sex ? 'AGREE' : 'DISAGREE';
  const commune = compareCommunes(record, master);
  const mother = compareMothers(record, master);
  const personalIdConflict = personalIdsConflict(record, master);
  const parts = {
    name: { level: name, weight: W.name[name] },
    birthDate: { level: birthDate, weight: W.birthDate[birthDate] },
    sex: { level: sex, weight: W.sex[sex] },
    commune: { level: commune, weight: W.commune[commune] },
    motherName: { level: mother, weight: W.motherName[mother] },
  };
  const score = parts.name.weight + parts.birthDate.weight + parts.sex.weight + parts.commune.weight + parts.motherName.weight + (personalIdConflict ? W.personalIdConflict : 0);
  return { score, ...parts, personalIdConflict };
}
