import { oneToManyLoader } from '../../shared/loaders';
import type { ProtectionDb } from './protection.db';

export function createProtectionLoaders(db: ProtectionDb) {
  const byProfile = { profileId: 'asc' } as const;
  return {
    profilesByChild: oneToManyLoader(
      (childIds) => db.childProfile.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' } }),
      (row) => row.childId!,
    ),
    circumstancesByProfile: oneToManyLoader(
      (ids) => db.specialCircumstance.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, { identifiedOn: 'desc' }] }),
      (row) => row.profileId,
    ),
    placementsByProfile: oneToManyLoader(
      (ids) => db.carePlacement.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, { startedOn: 'desc' }] }),
      (row) => row.profileId,
    ),
    paymentsByProfile: oneToManyLoader(
      (ids) => db.supportPayment.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, { period: 'desc' }] }),
      (row) => row.profileId,
    ),
    povertyByProfile: oneToManyLoader(
      (ids) => db.householdPoverty.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, { year: 'desc' }] }),
      (row) => row.profileId,
    ),
    abandonmentByProfile: oneToManyLoader(
      (ids) => db.abandonmentCase.findMany({ where: { profileId: { in: [...ids] } } }),
      (row) => row.profileId,
    ),
    stepsByCase: oneToManyLoader(
      (ids) => db.receptionStep.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ caseId: 'asc' }, { dueOn: 'asc' }] }),
      (row) => row.caseId,
    ),
  };
}
export type ProtectionLoaders = ReturnType<typeof createProtectionLoaders>;
