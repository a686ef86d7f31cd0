import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { CivilDb } from './civil.db';

export function createCivilLoaders(db: CivilDb) {
  return {
    birthRegistrationByChild: oneToOneLoader(
      (childIds) => db.birthRegistration.findMany({ where: { childId: { in: [...childIds] } } }),
      (row) => row.childId!,
    ),
    adoptionsByRegistration: oneToManyLoader(
      (ids) =>
        db.adoption.findMany({ where: { birthRegistrationId: { in: [...ids] } }, orderBy: [{ appliedOn: 'desc' }, { id: 'asc' }] }),
      (row) => row.birthRegistrationId,
    ),
    adoptiveParentsByAdoption: oneToManyLoader(
      (ids) => db.adoptiveParent.findMany({ where: { adoptionId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
      (row) => row.adoptionId,
    ),
  };
}
export type CivilLoaders = ReturnType<typeof createCivilLoaders>;
