import type { Patient, Screening } from '../../generated/prisma/health/client';
import { pgArray } from '../../shared/db/bulk-insert';
import type { HealthDb } from '../../subgraphs/health/health.db';
import { FieldError, parseEnum } from '../fields';
import type { BatchCounts, ColumnSpec, LinkCandidate, RecordKind } from '../record-kind';
import { historyDate, rollbackTables, upsertTable, type HistoryRow, type UpsertTable } from '../upsert';
import { rowReader } from '../row-reader';

/** One row of a health station's screening register: the child's record and one screening. */
export interface ScreeningRow {
  recordNumber: string;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  communeCode: string;
  motherName: string | null;
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
  { key: 'recordNumber', headers: ['record_number', 'Mã hồ sơ', 'Mã hồ sơ sức khỏe'], required: true, description: "the station's health record number" },
  { key: 'fullName', headers: ['full_name', 'Họ và tên', 'Họ tên'], required: true, description: 'family name first' },
  { key: 'birthDate', headers: ['birth_date', 'Ngày sinh'], required: true, description: 'dd/mm/yyyy, yyyy-mm-dd or an Excel date' },
  { key: 'sex', headers: ['sex', 'Giới tính'], required: true, description: 'Nam / Nữ (MALE / FEMALE)' },
  { key: 'personalId', headers: ['personal_id', 'Số định danh cá nhân', 'Số định danh', 'Mã định danh cá nhân'], required: false, description: '12 digits; must agree with sex and birth year' },
  { key: 'communeCode', headers: ['commune_code', 'Mã xã', 'Mã xã/phường'], required: true, description: 'commune of residence, five digits (Decision 19/2025)' },
  { key: 'motherName', headers: ['mother_name', 'Họ tên mẹ'], required: false, description: "the mother's full name" },
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
const YES_NO = { YES: ['Có', 'yes', 'true', '1', 'x'], NO: ['Không', 'no', 'false', '0'] } as const;

function measure(value: string, column: string, min: number, max: number): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) throw new FieldError(column, `"${value}" is not a number`);
  if (n < min || n > max) throw new FieldError(column, `${n} is out of range (${min} to ${max})`);
  return n;
}

const patientTable = (tx: HealthDb): UpsertTable<Patient> => ({
  table: '"health"."Patient"',
  name: 'Patient',
  columns: [
    { name: 'recordNumber', type: 'text' }, { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"health"."Sex"' },
    { name: 'personalId', type: 'varchar(12)' }, { name: 'communeCode', type: 'varchar(5)' }, { name: 'motherName', type: 'text' },
  ],
  compared: ['fullName', 'birthDate', 'sex', 'personalId', 'communeCode', 'motherName'],
  find: (numbers) => tx.patient.findMany({ where: { recordNumber: { in: numbers } } }),
  keyOf: (patient) => patient.recordNumber,
  update: (id, fields) => tx.patient.update({ where: { id }, data: fields }),
});

const screeningTable = (tx: HealthDb): UpsertTable<Screening> => ({
  table: '"health"."Screening"',
  name: 'Screening',
  columns: [
    { name: 'patientId', type: 'uuid' }, { name: 'screenedOn', type: 'date' }, { name: 'kind', type: '"health"."ScreeningKind"' },
    { name: 'facilityCode', type: 'text' }, { name: 'facilityName', type: 'text' }, { name: 'heightCm', type: 'numeric(5,1)' }, { name: 'weightKg', type: 'numeric(5,2)' },
    { name: 'nutritionStatus', type: '"health"."NutritionStatus"' }, { name: 'vaccinationComplete', type: 'boolean' }, { name: 'findings', type: 'text' }, { name: 'referredTo', type: 'text' },
  ],
  compared: ['facilityCode', 'facilityName', 'heightCm', 'weightKg', 'nutritionStatus', 'vaccinationComplete', 'findings', 'referredTo'],
  find: (keys) => tx.screening.findMany({ where: { patientId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (s) => `${s.patientId}|${s.screenedOn.toISOString().slice(0, 10)}|${s.kind}`,
  update: (id, fields) => tx.screening.update({ where: { id }, data: fields }),
});

const linkCandidate = (p: { id: string; personalId: string | null; fullName: string; birthDate: Date; sex: 'MALE' | 'FEMALE'; communeCode: string; motherName: string | null }): LinkCandidate => ({
  recordKind: 'health.Patient', sourceRecordId: p.id, personalId: p.personalId, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, communeCode: p.communeCode, motherName: p.motherName,
});

/** Decimal columns come back from Prisma as Decimal objects; compare them as numbers. */
const asNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const healthScreenings: RecordKind<ScreeningRow, HealthDb, null> = {
  subgraph: 'health',
  name: 'screenings',
  agency: 'HEALTH',
  subjectRecordKind: 'health.Patient',
  description: "A health station's screening register: the child's health record and one screening per row.",
  columns,

  async loadReference() {
    return null;
  },

  parse(cells) {
    const { take, text, errors, pastDate, childIdentity } = rowReader(cells);
    const recordNumber = text('recordNumber', true);
    const { fullName, birthDate, sex, personalId, communeCode, motherName } = childIdentity();
    const screenedOn = pastDate('screenedOn', true);
    const kind = take('kind', (v) => parseEnum(v, 'kind', KIND_LABELS), true);
    const heightCm = take('heightCm', (v) => measure(v, 'heightCm', 30, 200), false);
    const weightKg = take('weightKg', (v) => measure(v, 'weightKg', 1, 150), false);
    const nutritionStatus = take('nutritionStatus', (v) => parseEnum(v, 'nutritionStatus', NUTRITION_LABELS), false);
    const vaccination = take('vaccinationComplete', (v) => parseEnum(v, 'vaccinationComplete', YES_NO), false);
    if (birthDate && screenedOn && screenedOn < birthDate) errors.push(new FieldError('screenedOn', 'is before the date of birth'));
    const row = {
      recordNumber: recordNumber!, fullName: fullName!, birthDate: birthDate!, sex: sex!, personalId, communeCode: communeCode!,
      motherName, screenedOn: screenedOn!, facilityCode: text('facilityCode', true)!, facilityName: text('facilityName', true)!,
      kind: kind!, heightCm, weightKg, nutritionStatus, vaccinationComplete: vaccination === null ? null : vaccination === 'YES',
      findings: text('findings', false), referredTo: text('referredTo', false),
    };
    return errors.length ? errors : row;
  },

  async writeBatch(tx, rows, runId): Promise<BatchCounts> {
    const history: HistoryRow[] = [];
    const patients = await upsertTable(
      tx,
      patientTable(tx),
      new Map(rows.map((r) => [r.recordNumber, { recordNumber: r.recordNumber, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, personalId: r.personalId, communeCode: r.communeCode, motherName: r.motherName }])),
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
    if (history.length) await tx.recordHistory.createMany({ data: history.map((h) => ({ ...h, data: JSON.parse(JSON.stringify(h.data)) })) });
    const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, toLink: [...patients.inserted.values()].map((p) => linkCandidate(p as Parameters<typeof linkCandidate>[0])) };
    for (const [key, recordNumber] of recordOf) {
      if (screenings.inserted.has(key)) counts.inserted++;
      else if (screenings.updated.has(key) || patients.updated.has(recordNumber)) counts.updated++;
      else counts.unchanged++;
    }
    return counts;
  },

  async unlinked(db, runId, afterId, limit) {
    const patients = await db.patient.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return patients.map(linkCandidate);
  },

  async applyLinks(db, links) {
    if (links.size === 0) return;
    await db.$executeRawUnsafe(
      `UPDATE "health"."Patient" AS p SET "childId" = v.child_id FROM unnest($1::text[], $2::text[]) AS v(id, child_id) WHERE p.id = v.id::uuid`,
      pgArray([...links.keys()]),
      pgArray([...links.values()]),
    );
  },

  async rollback(tx, runId) {
    const history = await tx.recordHistory.findMany({ where: { importRunId: runId }, orderBy: { changedAt: 'asc' } });
    const deleteCreated = (model: typeof tx.screening | typeof tx.patient) => async (run: string, keep: string[]) => {
      // Both delegates take the same arguments; TypeScript cannot call a union of their signatures.
      const delegate = model as typeof tx.screening;
      const rows = await delegate.findMany({ where: { importRunId: run, id: { notIn: keep } }, select: { id: true } });
      await delegate.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      return rows.map((r) => r.id);
    };
    const { restored, deleted } = await rollbackTables(history, runId, [
      {
        name: 'Screening',
        restore: (id, v) => tx.screening.update({ where: { id }, data: { facilityCode: v.facilityCode as string, facilityName: v.facilityName as string, heightCm: asNumber(v.heightCm), weightKg: asNumber(v.weightKg), nutritionStatus: (v.nutritionStatus as ScreeningRow['nutritionStatus']) ?? null, vaccinationComplete: (v.vaccinationComplete as boolean | null) ?? null, findings: (v.findings as string | null) ?? null, referredTo: (v.referredTo as string | null) ?? null, version: v.version as number, importRunId: (v.importRunId as string | null) ?? null } }),
        deleteCreated: deleteCreated(tx.screening),
      },
      {
        name: 'Patient',
        restore: (id, v) => tx.patient.update({ where: { id }, data: { fullName: v.fullName as string, birthDate: historyDate(v.birthDate)!, sex: v.sex as 'MALE' | 'FEMALE', personalId: (v.personalId as string | null) ?? null, communeCode: v.communeCode as string, motherName: (v.motherName as string | null) ?? null, version: v.version as number, importRunId: (v.importRunId as string | null) ?? null } }),
        deleteCreated: deleteCreated(tx.patient),
      },
    ]);
    await tx.recordHistory.deleteMany({ where: { importRunId: runId } });
    return { restored, deleted: deleted.Screening.length + deleted.Patient.length, deletedSubjects: deleted.Patient };
  },
};
