import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { IdentityDb } from './identity.db';

export function createIdentityLoaders(db: IdentityDb) {
  return {
    personByChild: oneToOneLoader(
      (childIds) => db.person.findMany({ where: { childId: { in: [...childIds] } } }),
      (row) => row.childId!,
    ),
    residencesByPerson: oneToManyLoader(
      (personIds) =>
        db.residence.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }] }),
      (row) => row.personId,
    ),
    guardiansByPerson: oneToManyLoader(
      (personIds) => db.guardian.findMany({ where: { personId: { in: [...personIds] } }, orderBy: { id: 'asc' } }),
      (row) => row.personId,
    ),
    householdById: oneToOneLoader(
      (ids) => db.household.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    membersByHousehold: oneToManyLoader(
      (ids) => db.householdMember.findMany({ where: { householdId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
      (row) => row.householdId,
    ),
  };
}
export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
