import { oneToManyLoader, oneToOneLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type { Guardian, Household, HouseholdMember, Person, Residence } from '../../generated/prisma/identity/client';
import type { IdentityDb } from './identity.db';

const RESIDENCE_ORDER = [{ registeredOn: 'desc' }, { id: 'asc' }] as const;
const BY_ID = { id: 'asc' } as const;

type PersonWithRelations = Person & {
  residences?: Residence[];
  guardians?: Guardian[];
  household?: (Household & { members?: HouseholdMember[] }) | null;
};

export function createIdentityLoaders(db: IdentityDb, requested?: RequestedFields) {
  const residencesByPerson = oneToManyLoader(
    (personIds) => db.residence.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [...RESIDENCE_ORDER] }),
    (row) => row.personId,
  );
  const guardiansByPerson = oneToManyLoader(
    (personIds) => db.guardian.findMany({ where: { personId: { in: [...personIds] } }, orderBy: BY_ID }),
    (row) => row.personId,
  );
  const householdById = oneToOneLoader(
    (ids) => db.household.findMany({ where: { id: { in: [...ids] } } }),
    (row) => row.id,
  );
  const membersByHousehold = oneToManyLoader(
    (ids) => db.householdMember.findMany({ where: { householdId: { in: [...ids] } }, orderBy: BY_ID }),
    (row) => row.householdId,
  );
  const relations = prefetchPlan<PersonWithRelations>(requested, [
    // Residences decide jurisdiction for every reference, so they always come along.
    { fields: 'always', include: { residences: { orderBy: RESIDENCE_ORDER } }, prime: (p) => residencesByPerson.prime(p.id, p.residences!) },
    { fields: ['guardians'], include: { guardians: { orderBy: BY_ID } }, prime: (p) => guardiansByPerson.prime(p.id, p.guardians!) },
    {
      fields: ['household', 'householdSize'],
      include: () => ({ household: requested?.selectsAny(['members', 'householdSize']) ? { include: { members: { orderBy: BY_ID } } } : true }),
      prime: ({ householdId, household }) => {
        if (!householdId) return;
        householdById.prime(householdId, household ?? null);
        if (household?.members) membersByHousehold.prime(householdId, household.members);
      },
    },
  ]);
  return {
    personByChild: oneToOneLoader(
      async (childIds) =>
        relations.primed((await db.person.findMany({ where: { childId: { in: [...childIds] } }, include: relations.include() })) as PersonWithRelations[]),
      (row) => row.childId!,
    ),
    residencesByPerson,
    guardiansByPerson,
    householdById,
    membersByHousehold,
  };
}
export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
