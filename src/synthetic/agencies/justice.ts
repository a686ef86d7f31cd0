/** JUSTICE: birth registration (late for some, missing for a planted few), personal IDs, adoptions. */
import { formatPersonalId } from '../../domain/personal-id';
import { addDays, communeName, dayOfLife, daysBetween, followUp, foundPlace, linkRecord, REFERENCE_DATE, stamped, type ChildContext } from '../child-context';
import { PROVINCE_PROFILES } from '../geography';
import { personName, type Sex } from '../names';
import { stepDate, type Reception } from './reception';

export interface Registration {
  unregistered: boolean;
  registeredOn: Date | null;
  personalId: string | null;
}

export function writeJustice(child: ChildContext, reception: Reception | null): Registration {
  const { random, rates, birthDate, ageDays, minority, abandoned, truth } = child;
  const unregistered = abandoned ? stepDate(reception, 'BIRTH_REGISTRATION') === null : random.chance(rates.noBirthRegistration * (minority ? 2 : 1));
  if (unregistered && !abandoned) truth.planted.noBirthRegistration = true;
  let registeredOn: Date | null = null;
  if (!unregistered) {
    if (abandoned) registeredOn = stepDate(reception, 'BIRTH_REGISTRATION')!;
    else if (random.chance(rates.lateRegistration * (minority ? 1.5 : 1)) && ageDays > 61) registeredOn = addDays(birthDate, random.int(61, Math.min(ageDays - 1, 1500)));
    else registeredOn = dayOfLife(child, 3, 60);
    if (daysBetween(birthDate, registeredOn) > 60) truth.planted.lateRegistration = true;
  }
  const personalId = drawPersonalId(child, registeredOn);
  if (registeredOn) writeBirthRegistration(child, registeredOn, personalId);
  return { unregistered, registeredOn, personalId };
}

/** Issued with birth registration; a few are missing, a tiny share contradict the record. */
function drawPersonalId(child: ChildContext, registeredOn: Date | null): string | null {
  const { random, rates, family, sex, birthYear, truth } = child;
  let personalId: string | null = null;
  if (registeredOn && !random.chance(rates.missingPersonalId)) {
    const prefix = random.pick(PROVINCE_PROFILES[family.province.code].legacyIdCodes);
    const inconsistent = random.chance(rates.inconsistentPersonalId);
    const idSex: Sex = inconsistent && random.chance(0.5) ? (sex === 'MALE' ? 'FEMALE' : 'MALE') : sex;
    const idYear = inconsistent && idSex === sex ? (birthYear === 2099 ? birthYear - 1 : birthYear + 1) : birthYear;
    personalId = formatPersonalId(prefix, idSex, idYear, child.sink.nextSerial(`${prefix}${idSex}${idYear}`));
    if (inconsistent) truth.planted.inconsistentPersonalId = true;
  } else truth.planted.missingPersonalId = true;
  truth.personalId = personalId;
  return personalId;
}

function writeBirthRegistration(child: ChildContext, registeredOn: Date, personalId: string | null): void {
  const { random, rates, family, id, fullName, birthDate, sex, ageDays, abandoned } = child;
  const recordId = id('birth-registration');
  child.sink.push('civil', 'BirthRegistration', stamped({
    id: recordId, childId: child.childId, registrationNumber: String(child.sink.nextSerial(`reg:${family.communeCode}:${registeredOn.getUTCFullYear()}`)),
    registerBook: `${registeredOn.getUTCFullYear()}/01`, registeredOn, registeringCommuneCode: family.communeCode, fullName, birthDate, sex,
    placeOfBirth: abandoned ? `Nơi phát hiện: ${foundPlace(random, family)}` : random.chance(0.9) ? `Bệnh viện Đa khoa ${family.province.name}` : `Trạm Y tế ${communeName(family)}`,
    personalId, motherName: family.mother?.name ?? null, motherPersonalId: null, fatherName: family.father?.name ?? null, fatherPersonalId: null,
    isLate: daysBetween(birthDate, registeredOn) > 60, registeredAsAbandoned: abandoned, version: 1,
  }));
  linkRecord(child, 'JUSTICE', 'civil.BirthRegistration', recordId, { hasPersonalId: personalId !== null });
  if (!abandoned ? random.chance(rates.adoption) : random.chance(0.3) && ageDays > 200) writeAdoption(child, recordId, registeredOn);
}

function writeAdoption(child: ChildContext, birthRegistrationId: string, registeredOn: Date): void {
  const { random, rates, family, id, truth } = child;
  const adoptionId = id('adoption');
  // Each step follows the one before and none lies after the reference date: a case the time has
  // not reached yet stops at the step it is at.
  const appliedOn = followUp(random, registeredOn, 30, Math.max(31, daysBetween(registeredOn, REFERENCE_DATE) - 120));
  if (!appliedOn) return;
  const notRegistered = random.chance(rates.adoptionNotRegistered);
  const drawn = notRegistered ? 'APPROVED' : random.weighted(['APPLIED', 'REGISTERED', 'REVOKED'] as const, [0.15, 0.8, 0.05]);
  const approvedOn = drawn === 'APPLIED' ? null : followUp(random, appliedOn, 30, 60);
  const adoptionRegisteredOn = approvedOn && drawn !== 'APPROVED' ? followUp(random, approvedOn, 5, 30) : null;
  const revokedOn = adoptionRegisteredOn && drawn === 'REVOKED' ? followUp(random, adoptionRegisteredOn, 200, 400) : null;
  const status = revokedOn ? 'REVOKED' : adoptionRegisteredOn ? 'REGISTERED' : approvedOn ? 'APPROVED' : 'APPLIED';
  // Approved and not (yet) registered: the hub lists it, whether drawn so or stopped by the reference date.
  if (status === 'APPROVED') truth.planted.adoptionNotRegistered = true;
  child.sink.push('civil', 'Adoption', stamped({
    id: adoptionId, birthRegistrationId, status, kind: random.chance(0.9) ? 'DOMESTIC' : 'INTERCOUNTRY', appliedOn, approvedOn,
    registeredOn: adoptionRegisteredOn, revokedOn,
    decisionNumber: approvedOn ? `${random.int(10, 999)}/QĐ-UBND` : null, authorityCode: family.communeCode, version: 1,
  }));
  child.sink.push('civil', 'AdoptiveParent', { id: id('adoptive-parent'), adoptionId, fullName: personName(random, 'FEMALE', 'Kinh'), personalId: null, nationality: 'VN' });
}
