import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { ProtectionDb } from './protection.db';

export function createProtectionLoaders(db: ProtectionDb) {
  const byChild = { childId: 'asc' } as const;
  return {
    circumstancesByChild: oneToManyLoader(
      (ids) => db.specialCircumstance.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { identifiedOn: 'desc' }] }),
      (row) => row.childId,
    ),
    placementsByChild: oneToManyLoader(
      (ids) => db.carePlacement.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { startedOn: 'desc' }] }),
      (row) => row.childId,
    ),
    paymentsByChild: oneToManyLoader(
      (ids) => db.supportPayment.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { period: 'desc' }] }),
      (row) => row.childId,
    ),
    povertyByChild: oneToManyLoader(
      (ids) => db.householdPoverty.findMany({ where: { childId: { in: [...ids] } }, orderBy: [byChild, { year: 'desc' }] }),
      (row) => row.childId,
    ),
    abandonmentByChild: oneToOneLoader(
      (ids) => db.abandonmentCase.findMany({ where: { childId: { in: [...ids] } } }),
      (row) => row.childId,
    ),
    stepsByCase: oneToManyLoader(
      (ids) => db.receptionStep.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ caseId: 'asc' }, { dueOn: 'asc' }] }),
      (row) => row.caseId,
    ),
  };
}
export type ProtectionLoaders = ReturnType<typeof createProtectionLoaders>;
