/** POLICE: person, residence, household membership and guardians, unless not registered for residence. */
import { communesOf } from '../../domain/admin-units';
import { communeName, dayOfLife, daysAgo, linkRecord, stamped, type ChildContext } from '../child-context';
import type { Registration } from './justice';
import { stepDate, type Reception } from './reception';

/** Writes the police records; true when the child is listed in the family's household. */
export function writePolice(child: ChildContext, reception: Reception | null, registration: Registration): boolean {
  const { random, rates, family, id, childId, fullName, birthDate, sex, abandoned, truth } = child;
  const { unregistered, registeredOn, personalId } = registration;
  const noResidence = abandoned ? stepDate(reception, 'RESIDENCE_REGISTRATION') === null : unregistered ? !random.chance(0.3) : random.chance(rates.noResidenceRegistration);
  if (noResidence) truth.planted.noResidenceRegistration = true;
  const inHousehold = !noResidence && !abandoned;
  if (noResidence) return inHousehold;
  const push = child.sink.push.bind(child.sink);
  const personId = id('person');
  push('identity', 'Person', stamped({ id: personId, childId, personalId, fullName, birthDate, sex, ethnicity: family.ethnicity, nationality: 'VN', householdId: inHousehold ? family.householdId : null, version: 1 }));
  push('identity', 'Residence', stamped({ id: id('residence'), personId, kind: 'PERMANENT', provinceCode: family.province.code, communeCode: family.communeCode, address: abandoned ? `Cơ sở trợ giúp xã hội, ${communeName(family)}` : family.address, registeredOn: abandoned ? stepDate(reception, 'RESIDENCE_REGISTRATION')! : registeredOn ?? dayOfLife(child, 30, 30), endedOn: null }));
  if (random.chance(0.03)) push('identity', 'Residence', stamped({ id: id('residence-temp'), personId, kind: 'TEMPORARY', provinceCode: '79', communeCode: communesOf('79')[random.int(0, communesOf('79').length - 1)].code, address: `Phòng trọ số ${random.int(1, 40)}`, registeredOn: daysAgo(child, 30, 700), endedOn: null }));
  for (const [parent, relationship] of [[family.father, 'FATHER'], [family.mother, 'MOTHER']] as const) {
    if (parent) push('identity', 'Guardian', { id: id(`guardian-${relationship}`), personId, fullName: parent.name, relationship, personalId: null, phone: `0${random.pick(['9', '8', '3', '7'])}${random.int(10_000_000, 99_999_999)}`, isLegalGuardian: true });
  }
  linkRecord(child, 'POLICE', 'identity.Person', personId, { hasPersonalId: personalId !== null });
  return inHousehold;
}
