import DataLoader from 'dataloader';
import { oneToManyLoader, oneToOneLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type { Disability, HivStatus, InsuranceCard, Patient, Screening } from '../../generated/prisma/health/client';
import type { HealthDb } from './health.db';

const SCREENING_ORDER = { screenedOn: 'desc' } as const;
const CARD_ORDER = { validTo: 'desc' } as const;

type PatientWithRelations = Patient & { screenings?: Screening[]; insuranceCards?: InsuranceCard[]; disability?: Disability | null; hivStatus?: HivStatus | null };

export function createHealthLoaders(db: HealthDb, requested?: RequestedFields) {
  const byPatient = { patientId: 'asc' } as const;
  const asList = <Row>(loader: ReturnType<typeof oneToOneLoader<Row>>) =>
    new DataLoader<string, Row[]>(async (ids) => (await loader.loadMany(ids)).map((row) => (row instanceof Error ? row : row ? [row] : [])));
  const disabilityByPatient = oneToOneLoader(
    (ids) => db.disability.findMany({ where: { patientId: { in: [...ids] } } }),
    (row) => row.patientId,
  );
  const hivStatusByPatient = oneToOneLoader(
    (ids) => db.hivStatus.findMany({ where: { patientId: { in: [...ids] } } }),
    (row) => row.patientId,
  );
  const screeningsByPatient = oneToManyLoader(
    (ids) => db.screening.findMany({ where: { patientId: { in: [...ids] } }, orderBy: [byPatient, SCREENING_ORDER] }),
    (row) => row.patientId,
  );
  const insuranceCardsByPatient = oneToManyLoader(
    (ids) => db.insuranceCard.findMany({ where: { patientId: { in: [...ids] } }, orderBy: [byPatient, CARD_ORDER] }),
    (row) => row.patientId,
  );
  const relations = prefetchPlan<PatientWithRelations>(requested, [
    { fields: ['screenings', 'lastScreenedOn'], include: { screenings: { orderBy: SCREENING_ORDER } }, prime: (p) => screeningsByPatient.prime(p.id, p.screenings!) },
    { fields: ['insuranceCards', 'hasValidInsurance'], include: { insuranceCards: { orderBy: CARD_ORDER } }, prime: (p) => insuranceCardsByPatient.prime(p.id, p.insuranceCards!) },
    { fields: ['disability', 'hasDisability'], include: { disability: true }, prime: (p) => disabilityByPatient.prime(p.id, p.disability ?? null) },
    // Read only when asked for; the field guard still decides whether it is released.
    { fields: ['hivStatus'], include: { hivStatus: true }, prime: (p) => hivStatusByPatient.prime(p.id, p.hivStatus ?? null) },
  ]);
  return {
    patientsByChild: oneToManyLoader(
      async (childIds) =>
        relations.primed(
          (await db.patient.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' }, include: relations.include() })) as PatientWithRelations[],
        ),
      (row) => row.childId!,
    ),
    screeningsByPatient,
    insuranceCardsByPatient,
    disabilitiesByPatient: asList(disabilityByPatient),
    hivStatusesByPatient: asList(hivStatusByPatient),
  };
}
export type HealthLoaders = ReturnType<typeof createHealthLoaders>;
