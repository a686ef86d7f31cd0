import { subjectRecordFeedResolver } from '../../shared/subject-feed';
import type { HealthDb } from './health.db';

/** Patient records in change order, for the hub's identity checks (HUB only). */
export const PatientFeedResolver = subjectRecordFeedResolver<HealthDb>({
  typeName: 'HealthPatient',
  field: 'Query.healthPatientFeed',
  description: 'Health records of children',
  read: (db, query) => db.patient.findMany({ ...query, select: { id: true, childId: true, birthDate: true, sex: true, personalId: true, updatedAt: true } }),
});
