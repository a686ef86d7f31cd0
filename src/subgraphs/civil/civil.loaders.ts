import { oneToManyLoader, oneToOneLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type { Adoption, AdoptiveParent, BirthRegistration } from '../../generated/prisma/civil/client';
import type { CivilDb } from './civil.db';

const ADOPTION_ORDER = [{ appliedOn: 'desc' }, { id: 'asc' }] as const;
const BY_ID = { id: 'asc' } as const;

type RegistrationWithRelations = BirthRegistration & { adoptions?: (Adoption & { adoptiveParents?: AdoptiveParent[] })[] };

export function createCivilLoaders(db: CivilDb, requested?: RequestedFields) {
  const adoptionsByRegistration = oneToManyLoader(
    (ids) => db.adoption.findMany({ where: { birthRegistrationId: { in: [...ids] } }, orderBy: [...ADOPTION_ORDER] }),
    (row) => row.birthRegistrationId,
  );
  const adoptiveParentsByAdoption = oneToManyLoader(
    (ids) => db.adoptiveParent.findMany({ where: { adoptionId: { in: [...ids] } }, orderBy: BY_ID }),
    (row) => row.adoptionId,
  );
  const relations = prefetchPlan<RegistrationWithRelations>(requested, [
    {
      fields: ['adoptions', 'adoptionStatus'],
      include: () => ({
        adoptions: { orderBy: ADOPTION_ORDER, ...(requested?.selectsAny(['adoptiveParents']) ? { include: { adoptiveParents: { orderBy: BY_ID } } } : {}) },
      }),
      prime: ({ id, adoptions }) => {
        adoptionsByRegistration.prime(id, adoptions!);
        for (const adoption of adoptions!) if (adoption.adoptiveParents) adoptiveParentsByAdoption.prime(adoption.id, adoption.adoptiveParents);
      },
    },
  ]);
  return {
    birthRegistrationByChild: oneToOneLoader(
      async (childIds) =>
        relations.primed(
          (await db.birthRegistration.findMany({ where: { childId: { in: [...childIds] } }, include: relations.include() })) as RegistrationWithRelations[],
        ),
      (row) => row.childId!,
    ),
    adoptionsByRegistration,
    adoptiveParentsByAdoption,
  };
}
export type CivilLoaders = ReturnType<typeof createCivilLoaders>;
