import type { Disability, Patient } from '../../generated/prisma/health/client';
import type { HealthDb } from './health.db';
import { FieldError, parseEnum } from '../../records/fields';
import { countRows, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable } from '../../records/upsert';
import { PATIENT_COLUMNS, PATIENT_RECORD_KIND, patientFields, patientLinkCandidate, patientEntry, patientRollback, patientTable, readPatient, type PatientFields } from './patient.kind';

/** One row of a station's disability list: the child's record, the disability and its certificate. */
export interface DisabilityRow extends PatientFields {
  detectedOn: Date;
  kind: string;
  certificateLevel: 'MILD' | 'SEVERE' | 'ESPECIALLY_SEVERE' | null;
  certifiedOn: Date | null;
}

const columns: readonly ColumnSpec[] = [
  ...PATIENT_COLUMNS,
  { key: 'detectedOn', headers: ['detected_on', 'Ngày phát hiện'], required: true, description: 'date; not before birth, not in the future' },
  { key: 'kind', headers: ['kind', 'Dạng khuyết tật', 'Loại khuyết tật'], required: true, description: 'e.g. Khuyết tật vận động, Khuyết tật nghe, nói' },
  { key: 'certificateLevel', headers: ['certificate_level', 'Mức độ khuyết tật'], required: false, description: 'Nhẹ / Nặng / Đặc biệt nặng; needs certifiedOn' },
  { key: 'certifiedOn', headers: ['certified_on', 'Ngày cấp giấy xác nhận'], required: false, description: 'date of the commune certificate; not before detectedOn' },
];

const LEVEL_LABELS = { MILD: ['Nhẹ', 'mild'], SEVERE: ['Nặng', 'severe'], ESPECIALLY_SEVERE: ['Đặc biệt nặng', 'especially severe'] } as const;
const COMPARED = ['detectedOn', 'kind', 'certificateLevel', 'certifiedOn'] as const;

const disabilityTable = (tx: HealthDb): UpsertTable<Disability> => ({
  table: '"health"."Disability"',
  name: 'Disability',
  columns: [{ name: 'patientId', type: 'uuid' }, { name: 'detectedOn', type: 'date' }, { name: 'kind', type: 'text' }, { name: 'certificateLevel', type: '"health"."DisabilityLevel"' }, { name: 'certifiedOn', type: 'date' }],
  compared: COMPARED,
  find: (patientIds) => tx.disability.findMany({ where: { patientId: { in: patientIds } } }),
  keyOf: (d) => d.patientId,
  update: (id, fields) => tx.disability.update({ where: { id }, data: fields }),
});

export const healthDisabilities: RecordKind<DisabilityRow, HealthDb, null> = {
  ...PATIENT_RECORD_KIND,
  name: 'disabilities',
  description: "A station's list of children with a disability: the child's health record, the disability and its certificate (one per child).",
  columns,

  parse(cells) {
    const reader = rowReader(cells);
    const { take, text, errors, pastDate, notBefore } = reader;
    const patient = readPatient(reader);
    const detectedOn = pastDate('detectedOn', true);
    const kind = text('kind', true);
    const certificateLevel = take('certificateLevel', (v) => parseEnum(v, 'certificateLevel', LEVEL_LABELS), false);
    const certifiedOn = pastDate('certifiedOn', false);
    notBefore('detectedOn', detectedOn, patient.birthDate, 'the date of birth');
    notBefore('certifiedOn', certifiedOn, detectedOn, 'the detection date');
    if (certificateLevel && !certifiedOn && !errors.some((e) => e.column === 'certifiedOn')) errors.push(new FieldError('certifiedOn', 'is required when a certificate level is given'));
    if (errors.length) return errors;
    return { ...(patient as PatientFields), detectedOn: detectedOn!, kind: kind!, certificateLevel, certifiedOn };
  },

  rowKey: { of: (r) => r.recordNumber, names: 'health record number' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const patients = await upsertTable(tx, patientTable(tx), new Map(rows.map((r) => [r.recordNumber, patientFields(r)])), runId, history);
    const recordOf = new Map<string, string>();
    const disabilities = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      const patientId = patients.idByKey.get(r.recordNumber)!;
      recordOf.set(patientId, r.recordNumber);
      disabilities.set(patientId, { patientId, detectedOn: r.detectedOn, kind: r.kind, certificateLevel: r.certificateLevel, certifiedOn: r.certifiedOn });
    }
    const written = await upsertTable(tx, disabilityTable(tx), disabilities, runId, history);
    await saveHistory(tx, history);
    return countRows(recordOf, patients, written, [...patients.inserted.values()].map((p) => patientLinkCandidate(p as unknown as Patient)));
  },


  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [rollbackTableOf('Disability', tx.disability, COMPARED, ['detectedOn', 'certifiedOn']), patientRollback(tx)], 'Patient');
  },

  entry: patientEntry(
    'Disability',
    (db, row) => db.disability.findFirst({ where: { patient: { recordNumber: row.recordNumber } }, include: { patient: true } }),
    (tx) => tx.disability,
  ),
};
