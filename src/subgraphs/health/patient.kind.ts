import type { Patient } from '../../generated/prisma/health/client';
import type { HealthDb } from './health.db';
import { applyLinksTo, CHILD_COLUMNS, CHILD_IDENTITY_COMPARED, childIdentityColumns, linkCandidateOf, rollbackTableOf, type ChildIdentity } from '../../records/kind-helpers';
import type { ColumnSpec, EntryRecord, LinkCandidate, RecordKind, TouchedRecord } from '../../records/record-kind';
import type { VersionedDelegate } from '../../records/optimistic';
import type { rowReader } from '../../records/row-reader';
import { type UpsertTable, wouldChange } from '../../records/upsert';

/**
 * The child's health record (Patient) every health kind's row carries: the station's record number
 * and the child's identity. Screenings, disabilities and insurance cards hang off it.
 */
export const PATIENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'recordNumber', headers: ['record_number', 'Mã hồ sơ', 'Mã hồ sơ sức khỏe'], required: true, description: "the station's health record number" },
  ...CHILD_COLUMNS,
];

export interface PatientFields extends ChildIdentity {
  recordNumber: string;
}

/** Reads the patient columns of a row (problems go to the reader's errors). */
export function readPatient(reader: ReturnType<typeof rowReader>) {
  const recordNumber = reader.text('recordNumber', true);
  return { recordNumber, ...reader.childIdentity() };
}

export const patientFields = (r: PatientFields): Record<string, unknown> & PatientFields => ({
  recordNumber: r.recordNumber, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, personalId: r.personalId, communeCode: r.communeCode, motherName: r.motherName,
});

export const patientTable = (tx: HealthDb): UpsertTable<Patient> => ({
  table: '"health"."Patient"',
  name: 'Patient',
  columns: [{ name: 'recordNumber', type: 'text' }, ...childIdentityColumns('health')],
  compared: CHILD_IDENTITY_COMPARED,
  find: (numbers) => tx.patient.findMany({ where: { recordNumber: { in: numbers } } }),
  keyOf: (patient) => patient.recordNumber,
  update: (id, fields) => tx.patient.update({ where: { id }, data: fields }),
});

export const patientLinkCandidate: (p: Patient) => LinkCandidate = linkCandidateOf('health.Patient');

/** Patients a run wrote that still wait for a master child id, a page at a time. */
export async function unlinkedPatients(db: HealthDb, runId: string, afterId: string | null, limit: number) {
  const patients = await db.patient.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
  return patients.map(patientLinkCandidate);
}

export const applyPatientLinks = applyLinksTo('"health"."Patient"');

/**
 * What every health kind shares: its rows are records of a patient, which is what the registry
 * links, and it checks them against no reference data.
 */
export const PATIENT_RECORD_KIND: Pick<RecordKind<PatientFields, HealthDb, null>, 'subgraph' | 'agency' | 'subjectRecordKind' | 'loadReference' | 'unlinked' | 'applyLinks'> = {
  subgraph: 'health',
  agency: 'HEALTH',
  subjectRecordKind: 'health.Patient',
  async loadReference() {
    return null;
  },
  unlinked: unlinkedPatients,
  applyLinks: applyPatientLinks,
};

export const patientRollback = (tx: HealthDb) => rollbackTableOf('Patient', tx.patient, CHILD_IDENTITY_COMPARED, ['birthDate']);

/**
 * The entry a health save mutation versions: a record of a patient, kept by the commune of the
 * patient's station, carrying the patient's child id. The save reaches the patient the row names
 * (and whatever `alsoTouched` adds: a card keyed by its own number may belong to another patient).
 */
export function patientEntry<Row extends PatientFields>(
  name: string,
  find: (db: HealthDb, row: Row) => Promise<{ id: string; version: number; patient: Patient } | null>,
  versioned: (tx: HealthDb) => VersionedDelegate,
  alsoTouched: (tx: HealthDb, row: Row, patient: Patient | null) => Promise<TouchedRecord[]> = async () => [],
): EntryRecord<Row, HealthDb> {
  return {
    name,
    async find(db, row) {
      const record = await find(db, row);
      return record && { id: record.id, version: record.version, childId: record.patient.childId };
    },
    versioned,
    communeOf: (row) => row.communeCode,
    async touched(tx, row) {
      const patient = await tx.patient.findUnique({ where: { recordNumber: row.recordNumber } });
      const touched: TouchedRecord[] = patient ? [{ name: `health record ${row.recordNumber}`, communes: [patient.communeCode], changes: wouldChange(patient, row, CHILD_IDENTITY_COMPARED) }] : [];
      return [...touched, ...(await alsoTouched(tx, row, patient))];
    },
  };
}
