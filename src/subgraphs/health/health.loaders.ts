import DataLoader from 'dataloader';
import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { HealthDb } from './health.db';

export function createHealthLoaders(db: HealthDb) {
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
  return {
    patientsByChild: oneToManyLoader(
      (childIds) => db.patient.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' } }),
      (row) => row.childId!,
    ),
    screeningsByPatient: oneToManyLoader(
      (ids) => db.screening.findMany({ where: { patientId: { in: [...ids] } }, orderBy: [byPatient, { screenedOn: 'desc' }] }),
      (row) => row.patientId,
    ),
    insuranceCardsByPatient: oneToManyLoader(
      (ids) => db.insuranceCard.findMany({ where: { patientId: { in: [...ids] } }, orderBy: [byPatient, { validTo: 'desc' }] }),
      (row) => row.patientId,
    ),
    disabilitiesByPatient: asList(disabilityByPatient),
    hivStatusesByPatient: asList(hivStatusByPatient),
  };
}
export type HealthLoaders = ReturnType<typeof createHealthLoaders>;
