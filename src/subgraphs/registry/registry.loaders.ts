import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { RegistryDb } from './registry.db';

export function createRegistryLoaders(db: RegistryDb) {
  return {
    masterById: oneToOneLoader(
      (ids) => db.masterChild.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    linksByChild: oneToManyLoader(
      (ids) => db.recordLink.findMany({ where: { childId: { in: [...ids] } }, orderBy: [{ childId: 'asc' }, { linkedAt: 'asc' }] }),
      (row) => row.childId,
    ),
  };
}
export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
