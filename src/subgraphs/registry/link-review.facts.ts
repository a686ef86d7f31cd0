import type { RecordRef } from '../../linkage/link-holds';
import { DERIVATIONS } from './feeds';
import type { RegistryTx } from './feeds/refresh';
import type { RegistryDb } from './registry.db';
import { isUuid } from '../../shared/uuid';


/**
 * The registry's copies of one agency record's facts (the feeds' tables), keyed by the record. A
 * feed re-sends a record only when the record itself changes, and writing a childId back does not
 * change it: a person's correction moves the copies here, in the correction's transaction.
 */
const FACTS_OF_RECORD: Readonly<Record<string, readonly { table: string; column: string; kindColumn?: boolean }[]>> = {
  'civil.BirthRegistration': [{ table: 'CivilRegistrationFact', column: 'recordId' }],
  'identity.Person': [{ table: 'SubjectRecordFact', column: 'recordId', kindColumn: true }],
  'education.Pupil': [{ table: 'SubjectRecordFact', column: 'recordId', kindColumn: true }, { table: 'SchoolingFact', column: 'pupilId' }],
  'health.Patient': [{ table: 'SubjectRecordFact', column: 'recordId', kindColumn: true }, { table: 'HealthFact', column: 'patientId' }],
  'protection.ChildProfile': [{ table: 'SubjectRecordFact', column: 'recordId', kindColumn: true }, { table: 'SocialFact', column: 'profileId' }],
};

/** Every fact table with a childId column: a merge moves all of one child's facts to the other. */
const CHILD_FACT_TABLES = ['SubjectRecordFact', 'CivilRegistrationFact', 'SchoolingFact', 'HealthFact', 'SocialFact', 'AdoptionFact', 'AbandonmentFileFact'];

/** Moves the facts of these agency records to `childId`. */
export async function moveRecordFacts(tx: RegistryTx, records: readonly RecordRef[], childId: string): Promise<void> {
  for (const record of records) {
    if (!isUuid(record.sourceRecordId)) continue;
    for (const fact of FACTS_OF_RECORD[record.recordKind] ?? []) {
      const kind = fact.kindColumn ? ` AND "recordKind" = $3` : '';
      await tx.$executeRawUnsafe(
        `UPDATE "registry"."${fact.table}" SET "childId" = $1 WHERE "${fact.column}" = $2::uuid${kind}`,
        childId, record.sourceRecordId, ...(fact.kindColumn ? [record.recordKind] : []),
      );
    }
  }
}

/** Moves every fact of one master child to another (a merge). */
export async function moveChildFacts(tx: RegistryTx, fromChildId: string, toChildId: string): Promise<void> {
  for (const table of CHILD_FACT_TABLES) await tx.$executeRawUnsafe(`UPDATE "registry"."${table}" SET "childId" = $1 WHERE "childId" = $2`, toChildId, fromChildId);
}

/** Recomputes the derived lists (civil-status gaps, dropout risk, out of school) of these children now. */
export async function recomputeChildren(db: RegistryDb, childIds: readonly string[]): Promise<void> {
  for (const derivation of DERIVATIONS) await derivation.recompute(db, { childIds: [...new Set(childIds)] });
}
