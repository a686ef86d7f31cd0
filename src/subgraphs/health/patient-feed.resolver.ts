import { Field, ObjectType } from 'type-graphql';
import { SUBJECT_RECORD_SELECT, SubjectFeedRow, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import type { HealthDb } from './health.db';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

/** Beyond identity, only what the dropout-risk model needs: whether a disability is known. Never its kind, never HIV. */
@ObjectType('HealthPatientFeedRow', { description: 'A health record of a child: who it says the child is, and whether it knows a disability.' })
class PatientFeedRow extends SubjectFeedRow {
  @Field()
  hasDisability!: boolean;
}

/**
 * Patient records in change order, for the hub (HUB only). A trigger touches the patient whenever
 * its disability record changes (migration 20261123191616_dropout_risk).
 */
export const PatientFeedResolver = subjectRecordFeedResolver({
  typeName: 'HealthPatient',
  field: 'Query.healthPatientFeed',
  description: 'Health records of children',
  rowType: PatientFeedRow,
  read: (db: HealthDb, query) => db.patient.findMany({ ...query, select: { ...SUBJECT_RECORD_SELECT, disability: { select: { id: true } } } }),
  extraFields: (patient) => ({ hasDisability: patient.disability !== null }),
});

/** Deleted health records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Health', field: 'Query.healthDeletionFeed', read: (db: HealthDb, query) => db.deletedRecord.findMany(query) });
