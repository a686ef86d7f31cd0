import type { Patient, Screening } from '../../generated/prisma/health/client';
import type { HealthDb } from './health.db';
import { FieldError, parseEnum } from '../../records/fields';
import { countRows, rollbackRun, rollbackTableOf, saveHistory, YES_NO } from '../../records/kind-helpers';
import type { BatchCounts, ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable } from '../../records/upsert';
import { PATIENT_COLUMNS, PATIENT_RECORD_KIND, patientFields, patientLinkCandidate, patientEntry, patientRollback, patientTable, readPatient, type PatientFields } from './patient.kind';

/** One row of a health station's screening register: the child's record and one screening. */
export interface ScreeningRow extends PatientFields {
  screenedOn: Date;
  facilityCode: string;
  facilityName: string;
  kind: 'NEWBORN' | 'PERIODIC' | 'SCHOOL';
  heightCm: number | null;
  weightKg: number | null;
  nutritionStatus: 'NORMAL' | 'STUNTED' | 'WASTED' | 'UNDERWEIGHT' | 'OVERWEIGHT' | null;
  vaccinationComplete: boolean | null;
  findings: string | null;
  referredTo: string | null;
}

const columns: readonly ColumnSpec[] = [
  ...PATIENT_COLUMNS,
  { key: 'screenedOn', headers: ['screened_on', 'Ngày khám'], required: true, description: 'date; not before birth, not in the future' },
  { key: 'facilityCode', headers: ['facility_code', 'Mã cơ sở'], required: true, description: 'health facility code' },
  { key: 'facilityName', headers: ['facility_name', 'Tên cơ sở', 'Cơ sở khám'], required: true, description: 'health facility name' },
  { key: 'kind', headers: ['kind', 'Loại khám'], required: true, description: 'Sơ sinh / Định kỳ / Học đường' },
  { key: 'heightCm', headers: ['height_cm', 'Chiều cao (cm)', 'Chiều cao'], required: false, description: 'centimetres, 30 to 200' },
  { key: 'weightKg', headers: ['weight_kg', 'Cân nặng (kg)', 'Cân nặng'], required: false, description: 'kilograms, 1 to 150' },
  { key: 'nutritionStatus', headers: ['nutrition_status', 'Tình trạng dinh dưỡng'], required: false, description: 'Bình thường / Thấp còi / Gầy còm / Nhẹ cân / Thừa cân' },
  { key: 'vaccinationComplete', headers: ['vaccination_complete', 'Tiêm chủng đầy đủ'], required: false, description: 'Có / Không' },
  { key: 'findings', headers: ['findings', 'Kết quả khám', 'Phát hiện'], required: false, description: 'free text' },
  { key: 'referredTo', headers: ['referred_to', 'Chuyển tuyến'], required: false, description: 'facility the child was referred to' },
];

const KIND_LABELS = { NEWBORN: ['Sơ sinh', 'newborn'], PERIODIC: ['Định kỳ', 'periodic'], SCHOOL: ['Học đường', 'Y tế học đường', 'school'] } as const;
const NUTRITION_LABELS = {
  NORMAL: ['Bình thường', 'normal'], STUNTED: ['Thấp còi', 'stunted'], WASTED: ['Gầy còm', 'wasted'],
  UNDERWEIGHT: ['Nhẹ cân', 'Suy dinh dưỡng nhẹ cân', 'underweight'], OVERWEIGHT: ['Thừa cân', 'Béo phì', 'overweight'],
} as const;

function measure(value: string, column: string, min: number, max: number): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) throw new FieldError(column, `"${value}" is not a number`);
  if (n < min || n > max) throw new FieldError(column, `${n} is out of range (${min} to ${max})`);
  return n;
}

const SCREENING_COMPARED = ['facilityCode', 'facilityName', 'heightCm', 'weightKg', 'nutritionStatus', 'vaccinationComplete', 'findings', 'referredTo'] as const;

const screeningTable = (tx: HealthDb): UpsertTable<Screening> => ({
  table: '"health"."Screening"',
  name: 'Screening',
  columns: [
    { name: 'patientId', type: 'uuid' }, { name: 'screenedOn', type: 'date' }, { name: 'kind', type: '"health"."ScreeningKind"' },
    { name: 'facilityCode', type: 'text' }, { name: 'facilityName', type: 'text' }, { name: 'heightCm', type: 'numeric(5,1)' }, { name: 'weightKg', type: 'numeric(5,2)' },
    { name: 'nutritionStatus', type: '"health"."NutritionStatus"' }, { name: 'vaccinationComplete', type: 'boolean' }, { name: 'findings', type: 'text' }, { name: 'referredTo', type: 'text' },
  ],
  compared: SCREENING_COMPARED,
  find: (keys) => tx.screening.findMany({ where: { patientId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (s) => `${s.patientId}|${s.screenedOn.toISOString().slice(0, 10)}|${s.kind}`,
  update: (id, fields) => tx.screening.update({ where: { id }, data: fields }),
});

/** Decimal columns come back from Prisma as Decimal objects; compare them as numbers. */
const asNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const healthScreenings: RecordKind<ScreeningRow, HealthDb, null> = {
  ...PATIENT_RECORD_KIND,
  name: 'screenings',
  description: "A health station's screening register: the child's health record and one screening per row.",
  columns,

  parse(cells) {
    const reader = rowReader(cells);
    const { take, text, errors, pastDate, notBefore } = reader;
    const { recordNumber, fullName, birthDate, sex, personalId, communeCode, motherName } = readPatient(reader);
    const screenedOn = pastDate('screenedOn', true);
    const kind = take('kind', (v) => parseEnum(v, 'kind', KIND_LABELS), true);
    const heightCm = take('heightCm', (v) => measure(v, 'heightCm', 30, 200), false);
    const weightKg = take('weightKg', (v) => measure(v, 'weightKg', 1, 150), false);
    const nutritionStatus = take('nutritionStatus', (v) => parseEnum(v, 'nutritionStatus', NUTRITION_LABELS), false);
    const vaccination = take('vaccinationComplete', (v) => parseEnum(v, 'vaccinationComplete', YES_NO), false);
    notBefore('screenedOn', screenedOn, birthDate, 'the date of birth');
    const row = {
      recordNumber: recordNumber!, fullName: fullName!, birthDate: birthDate!, sex: sex!, personalId, communeCode: communeCode!,
      motherName, screenedOn: screenedOn!, facilityCode: text('facilityCode', true)!, facilityName: text('facilityName', true)!,
      kind: kind!, heightCm, weightKg, nutritionStatus, vaccinationComplete: vaccination === null ? null : vaccination === 'YES',
      findings: text('findings', false), referredTo: text('referredTo', false),
    };
    return errors.length ? errors : row;
  },

  rowKey: { of: (r) => `${r.recordNumber}|${r.screenedOn.toISOString().slice(0, 10)}|${r.kind}`, names: 'health record number, screening date and kind' },

  async writeBatch(tx, rows, runId): Promise<BatchCounts> {
    const history: HistoryRow[] = [];
    const patients = await upsertTable(
      tx,
      patientTable(tx),
      new Map(rows.map((r) => [r.recordNumber, patientFields(r)])),
      runId,
      history,
    );
    const recordOf = new Map<string, string>();
    const screeningRows = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      const patientId = patients.idByKey.get(r.recordNumber)!;
      const key = `${patientId}|${r.screenedOn.toISOString().slice(0, 10)}|${r.kind}`;
      recordOf.set(key, r.recordNumber);
      screeningRows.set(key, {
        patientId, screenedOn: r.screenedOn, kind: r.kind, facilityCode: r.facilityCode, facilityName: r.facilityName, heightCm: r.heightCm, weightKg: r.weightKg,
        nutritionStatus: r.nutritionStatus, vaccinationComplete: r.vaccinationComplete, findings: r.findings, referredTo: r.referredTo,
      });
    }
    const table = screeningTable(tx);
    // Prisma returns decimals as Decimal objects: compare the existing rows' measures as numbers.
    const screenings = await upsertTable(tx, { ...table, find: async (keys) => (await table.find(keys)).map((s) => ({ ...s, heightCm: asNumber(s.heightCm), weightKg: asNumber(s.weightKg) }) as unknown as Screening) }, screeningRows, runId, history);
    await saveHistory(tx, history);
    return countRows(recordOf, patients, screenings, [...patients.inserted.values()].map((p) => patientLinkCandidate(p as unknown as Patient)));
  },


  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [
      rollbackTableOf('Screening', tx.screening, SCREENING_COMPARED),
      patientRollback(tx),
    ], 'Patient');
  },

  entry: patientEntry(
    'Screening',
    (db, row) => db.screening.findFirst({ where: { patient: { recordNumber: row.recordNumber }, screenedOn: row.screenedOn, kind: row.kind }, include: { patient: true } }),
    (tx) => tx.screening,
  ),
};
