/**
 * One child's records at every agency, in the order the random draws have always been made: the
 * same seed gives the same rows only while this order holds.
 */
import { foldVietnamese } from '../domain/vietnamese';
import { drawAgencyIdentity } from './agencies/agency-identity';
import { writeEducation } from './agencies/education';
import { writeHealth } from './agencies/health';
import { writeJustice } from './agencies/justice';
import { writePolice } from './agencies/police';
import { writeProtection } from './agencies/protection';
import { drawReception } from './agencies/reception';
import { daysBetween, isoDate, REFERENCE_DATE, stamped, type ChildContext, type Family, type PopulationSink } from './child-context';
import { drawCircumstances } from './circumstances';
import type { Sex } from './names';
import { sequentialIds, type Random } from './random';
import type { Rates } from './rates';
import type { LookalikeKind, TruthRecord } from './truth';

export interface ChildInput {
  random: Random;
  rates: Rates;
  seed: number;
  sink: PopulationSink;
  family: Family;
  childIndex: number;
  sex: Sex;
  birthDate: Date;
  fullName: string;
  abandoned: boolean;
  namesakeOf?: string;
  /** The children this one is planted to resemble; each of them lists this one back. */
  lookalikes?: { kind: LookalikeKind; childId: string }[];
}

/** The master child id of the population's `childIndex`th child: known before the child is generated. */
export const childIdAt = (seed: number, childIndex: number): string => `c_${sequentialIds(seed, childIndex, 'child')('master')}`;

export function generateChild(input: ChildInput): { childId: string; personalId: string | null; inHousehold: boolean } {
  const { random, rates, sink, family, childIndex, sex, birthDate, fullName, abandoned } = input;
  const id = sequentialIds(input.seed, childIndex, 'child');
  const childId = childIdAt(input.seed, childIndex);
  const ageDays = daysBetween(birthDate, REFERENCE_DATE);
  const truth: TruthRecord = {
    childId, personalId: null, fullName, birthDate: isoDate(birthDate), sex, ethnicity: family.ethnicity, specialCircumstances: [],
    provinceCode: family.province.code, communeCode: family.communeCode, records: [], planted: {},
  };
  if (input.namesakeOf) truth.planted.namesakeOf = input.namesakeOf;
  if (input.lookalikes?.length) truth.planted.lookalikes = input.lookalikes;
  const child: ChildContext = {
    random, rates, sink, family, index: childIndex, id, childId, fullName, birthDate, birthYear: birthDate.getUTCFullYear(), sex,
    ageDays, age: Math.floor(ageDays / 365.25), minority: family.ethnicity !== 'Kinh', abandoned, truth,
  };

  const reception = drawReception(child);
  const registration = writeJustice(child, reception);
  const inHousehold = writePolice(child, reception, registration);
  const circumstances = drawCircumstances(child, reception);
  const identity = () => drawAgencyIdentity(child, registration.personalId);
  if (circumstances.pupilNeeded) writeEducation(child, circumstances, identity);
  writeHealth(child, circumstances, reception, identity);
  writeProtection(child, circumstances, reception, identity);
  markIdentityMismatches(truth);

  // The hub's master index entry: the population registry's spelling when it has one.
  const { personalId } = registration;
  sink.push('registry', 'MasterChild', stamped({ id: childId, personalId, fullName, searchName: foldVietnamese(fullName), birthDate, birthYear: child.birthYear, sex, provinceCode: family.province.code, communeCode: family.communeCode, motherName: family.mother?.name ?? null }));
  sink.batch.truth.push(truth);
  return { childId, personalId, inHousehold };
}

/** Every record that copied a personal ID contradicting the child's sex or birth year says so. */
function markIdentityMismatches(truth: TruthRecord): void {
  if (!truth.planted.inconsistentPersonalId) return;
  for (const record of truth.records) {
    if (record.hasPersonalId && !record.hardCases?.includes('IDENTITY_MISMATCH')) record.hardCases = [...(record.hardCases ?? []), 'IDENTITY_MISMATCH'];
  }
}
