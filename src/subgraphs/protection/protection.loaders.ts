import { oneToManyLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type {
  AbandonmentCase,
  CarePlacement,
  ChildProfile,
  HouseholdPoverty,
  ReceptionStep,
  SpecialCircumstance,
  SupportPayment,
} from '../../generated/prisma/protection/client';
import type { ProtectionDb } from './protection.db';

const CIRCUMSTANCE_ORDER = { identifiedOn: 'desc' } as const;
const PLACEMENT_ORDER = { startedOn: 'desc' } as const;
const PAYMENT_ORDER = { period: 'desc' } as const;
const POVERTY_ORDER = { year: 'desc' } as const;
const STEP_ORDER = { dueOn: 'asc' } as const;

type ProfileWithRelations = ChildProfile & {
  specialCircumstances?: SpecialCircumstance[];
  carePlacements?: CarePlacement[];
  supportPayments?: SupportPayment[];
  householdPoverty?: HouseholdPoverty[];
  abandonmentCase?: (AbandonmentCase & { steps?: ReceptionStep[] }) | null;
};

export function createProtectionLoaders(db: ProtectionDb, requested?: RequestedFields) {
  const byProfile = { profileId: 'asc' } as const;
  const circumstancesByProfile = oneToManyLoader(
    (ids) => db.specialCircumstance.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, CIRCUMSTANCE_ORDER] }),
    (row) => row.profileId,
  );
  const placementsByProfile = oneToManyLoader(
    (ids) => db.carePlacement.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, PLACEMENT_ORDER] }),
    (row) => row.profileId,
  );
  const paymentsByProfile = oneToManyLoader(
    (ids) => db.supportPayment.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, PAYMENT_ORDER] }),
    (row) => row.profileId,
  );
  const povertyByProfile = oneToManyLoader(
    (ids) => db.householdPoverty.findMany({ where: { profileId: { in: [...ids] } }, orderBy: [byProfile, POVERTY_ORDER] }),
    (row) => row.profileId,
  );
  const abandonmentByProfile = oneToManyLoader(
    (ids) => db.abandonmentCase.findMany({ where: { profileId: { in: [...ids] } } }),
    (row) => row.profileId,
  );
  const stepsByCase = oneToManyLoader(
    (ids) => db.receptionStep.findMany({ where: { caseId: { in: [...ids] } }, orderBy: [{ caseId: 'asc' }, STEP_ORDER] }),
    (row) => row.caseId,
  );
  const relations = prefetchPlan<ProfileWithRelations>(requested, [
    {
      fields: ['specialCircumstances', 'sensitiveCircumstances', 'inSpecialCircumstances'],
      include: { specialCircumstances: { orderBy: CIRCUMSTANCE_ORDER } },
      prime: (p) => circumstancesByProfile.prime(p.id, p.specialCircumstances!),
    },
    { fields: ['carePlacements', 'inAlternativeCare'], include: { carePlacements: { orderBy: PLACEMENT_ORDER } }, prime: (p) => placementsByProfile.prime(p.id, p.carePlacements!) },
    { fields: ['supportPayments'], include: { supportPayments: { orderBy: PAYMENT_ORDER } }, prime: (p) => paymentsByProfile.prime(p.id, p.supportPayments!) },
    { fields: ['householdPoverty'], include: { householdPoverty: { orderBy: POVERTY_ORDER } }, prime: (p) => povertyByProfile.prime(p.id, p.householdPoverty!) },
    {
      fields: ['abandonmentCase'],
      include: () => ({ abandonmentCase: requested?.selectsAny(['steps']) ? { include: { steps: { orderBy: STEP_ORDER } } } : true }),
      prime: ({ id, abandonmentCase }) => {
        abandonmentByProfile.prime(id, abandonmentCase ? [abandonmentCase] : []);
        if (abandonmentCase?.steps) stepsByCase.prime(abandonmentCase.id, abandonmentCase.steps);
      },
    },
  ]);
  return {
    profilesByChild: oneToManyLoader(
      async (childIds) =>
        relations.primed(
          (await db.childProfile.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' }, include: relations.include() })) as ProfileWithRelations[],
        ),
      (row) => row.childId!,
    ),
    circumstancesByProfile,
    placementsByProfile,
    paymentsByProfile,
    povertyByProfile,
    abandonmentByProfile,
    stepsByCase,
  };
}
export type ProtectionLoaders = ReturnType<typeof createProtectionLoaders>;
