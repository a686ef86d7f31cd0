import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { HealthDb } from './health.db';

export function createHealthLoaders(db: HealthDb) {
  const byChild = { childId: 'asc' } as const;
  return {
    screeningsByChild: oneToManyLoader(
      (ids) => db.screening.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { screenedOn: 'desc' }] }),
      (row) => row.childId,
    ),
    disabilityByChild: oneToOneLoader(
      (ids) => db.disability.findMany({ where: { childId: { in: [...ids] } } }),
      (row) => row.childId,
    ),
    insuranceCardsByChild: oneToManyLoader(
      (ids) => db.insuranceCard.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { validTo: 'desc' }] }),
      (row) => row.childId,
    ),
    hivStatusByChild: oneToOneLoader(
      (ids) => db.hivStatus.findMany({ where: { childId: { in: [...ids] } } }),
      (row) => row.childId,
    ),
  };
}
export type HealthLoaders = ReturnType<typeof createHealthLoaders>;
