import { pgArray } from '../../shared/db/bulk-insert';
import type { EducationDb } from '../../subgraphs/education/education.db';
import { FieldError, parseDate, parseEnum, parseInteger } from '../fields';
import type { BatchCounts, ColumnSpec, LinkCandidate, RecordKind } from '../record-kind';
import { rowReader } from '../row-reader';
import { historyDate, rollbackTables, upsertTable, type HistoryRow, type UpsertTable } from '../upsert';
import type { Enrollment, Pupil } from '../../generated/prisma/education/client';

/** One row of a school's enrollment export: the pupil and their enrollment for one school year. */
export interface EnrollmentRow {
  studentCode: string;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  ethnicity: string | null;
  communeCode: string;
  motherName: string | null;
  schoolCode: string;
  schoolYear: string;
  grade: number;
  status: 'ENROLLED' | 'TRANSFERRED' | 'DROPPED_OUT' | 'COMPLETED';
  enrolledOn: Date;
  endedOn: Date | null;
}

const columns: readonly ColumnSpec[] = [
  { key: 'studentCode', headers: ['student_code', 'Mã học sinh', 'Mã định danh học sinh'], required: true, description: "the education database's pupil code" },
  { key: 'fullName', headers: ['full_name', 'Họ và tên', 'Họ tên'], required: true, description: 'family name first' },
  { key: 'birthDate', headers: ['birth_date', 'Ngày sinh'], required: true, description: 'dd/mm/yyyy, yyyy-mm-dd or an Excel date' },
  { key: 'sex', headers: ['sex', 'Giới tính'], required: true, description: 'Nam / Nữ (MALE / FEMALE)' },
  { key: 'personalId', headers: ['personal_id', 'Số định danh cá nhân', 'Số định danh', 'Mã định danh cá nhân', 'CCCD'], required: false, description: '12 digits; must agree with sex and birth year' },
  { key: 'ethnicity', headers: ['ethnicity', 'Dân tộc'], required: false, description: 'e.g. Kinh, Tày' },
  { key: 'communeCode', headers: ['commune_code', 'Mã xã', 'Mã xã/phường'], required: true, description: 'commune of residence, five digits (Decision 19/2025)' },
  { key: 'motherName', headers: ['mother_name', 'Họ tên mẹ'], required: false, description: "the mother's full name" },
  { key: 'schoolCode', headers: ['school_code', 'Mã trường'], required: true, description: 'a school known to the education database' },
  { key: 'schoolYear', headers: ['school_year', 'Năm học'], required: true, description: 'e.g. 2025-2026' },
  { key: 'grade', headers: ['grade', 'Lớp', 'Khối'], required: true, description: '0 (preschool) to 12' },
  { key: 'status', headers: ['status', 'Trạng thái'], required: true, description: 'Đang học / Chuyển trường / Bỏ học / Hoàn thành' },
  { key: 'enrolledOn', headers: ['enrolled_on', 'Ngày nhập học'], required: true, description: 'date; not before birth' },
  { key: 'endedOn', headers: ['ended_on', 'Ngày kết thúc', 'Ngày nghỉ học'], required: false, description: 'date; not before enrolledOn' },
];

const STATUS_LABELS = {
  ENROLLED: ['Đang học', 'enrolled'],
  TRANSFERRED: ['Chuyển trường', 'chuyển đi', 'transferred'],
  DROPPED_OUT: ['Bỏ học', 'dropped out', 'dropout'],
  COMPLETED: ['Hoàn thành', 'Hoàn thành chương trình', 'completed'],
} as const;


const pupilFields = (row: EnrollmentRow) => ({
  studentCode: row.studentCode, fullName: row.fullName, birthDate: row.birthDate, sex: row.sex, personalId: row.personalId,
  ethnicity: row.ethnicity, communeCode: row.communeCode, motherName: row.motherName,
});

const pupilTable = (tx: EducationDb): UpsertTable<Pupil> => ({
  table: '"education"."Pupil"',
  name: 'Pupil',
  columns: [
    { name: 'studentCode', type: 'text' }, { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"education"."Sex"' },
    { name: 'personalId', type: 'varchar(12)' }, { name: 'ethnicity', type: 'text' }, { name: 'communeCode', type: 'varchar(5)' }, { name: 'motherName', type: 'text' },
  ],
  compared: ['fullName', 'birthDate', 'sex', 'personalId', 'ethnicity', 'communeCode', 'motherName'],
  find: (codes) => tx.pupil.findMany({ where: { studentCode: { in: codes } } }),
  keyOf: (pupil) => pupil.studentCode,
  update: (id, fields) => tx.pupil.update({ where: { id }, data: fields }),
});

const enrollmentTable = (tx: EducationDb): UpsertTable<Enrollment> => ({
  table: '"education"."Enrollment"',
  name: 'Enrollment',
  columns: [
    { name: 'pupilId', type: 'uuid' }, { name: 'schoolCode', type: 'varchar(16)' }, { name: 'schoolYear', type: 'varchar(9)' }, { name: 'grade', type: 'int4' },
    { name: 'status', type: '"education"."EnrollmentStatus"' }, { name: 'enrolledOn', type: 'date' }, { name: 'endedOn', type: 'date' },
  ],
  compared: ['grade', 'status', 'enrolledOn', 'endedOn'],
  find: async (keys) => tx.enrollment.findMany({ where: { pupilId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (e) => `${e.pupilId}|${e.schoolCode}|${e.schoolYear}`,
  update: (id, fields) => tx.enrollment.update({ where: { id }, data: fields }),
});

const linkCandidate = (p: { id: string; personalId: string | null; fullName: string; birthDate: Date; sex: 'MALE' | 'FEMALE'; communeCode: string; motherName: string | null }): LinkCandidate => ({
  recordKind: 'education.Pupil', sourceRecordId: p.id, personalId: p.personalId, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, communeCode: p.communeCode, motherName: p.motherName,
});

export const educationEnrollments: RecordKind<EnrollmentRow, EducationDb, { schools: Set<string> }> = {
  subgraph: 'education',
  name: 'enrollments',
  agency: 'EDUCATION',
  subjectRecordKind: 'education.Pupil',
  description: "A school's pupils and their enrollment for a school year (one row per pupil and year).",
  columns,

  async loadReference(db) {
    return { schools: new Set((await db.school.findMany({ select: { code: true } })).map((s) => s.code)) };
  },

  parse(cells, { schools }) {
    const { take, text, errors, childIdentity } = rowReader(cells);
    const studentCode = text('studentCode', true);
    const { fullName, birthDate, sex, personalId, communeCode, motherName } = childIdentity();
    const schoolCode = take('schoolCode', (v) => {
      if (!schools.has(v)) throw new FieldError('schoolCode', `"${v}" is not a school known to the education database`);
      return v;
    }, true);
    const schoolYear = take('schoolYear', (v) => {
      const m = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(v);
      if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new FieldError('schoolYear', `"${v}" is not a school year like 2025-2026`);
      return `${m[1]}-${m[2]}`;
    }, true);
    const grade = take('grade', (v) => parseInteger(v, 'grade', 0, 12), true);
    const status = take('status', (v) => parseEnum(v, 'status', STATUS_LABELS), true);
    const enrolledOn = take('enrolledOn', (v) => parseDate(v, 'enrolledOn'), true);
    const endedOn = take('endedOn', (v) => parseDate(v, 'endedOn'), false);
    if (birthDate && enrolledOn && enrolledOn < birthDate) errors.push(new FieldError('enrolledOn', 'is before the date of birth'));
    if (enrolledOn && endedOn && endedOn < enrolledOn) errors.push(new FieldError('endedOn', 'is before the enrollment date'));
    if (errors.length) return errors;
    return {
      studentCode: studentCode!, fullName: fullName!, birthDate: birthDate!, sex: sex!, personalId, ethnicity: text('ethnicity', false),
      communeCode: communeCode!, motherName, schoolCode: schoolCode!, schoolYear: schoolYear!, grade: grade!,
      status: status!, enrolledOn: enrolledOn!, endedOn,
    };
  },

  async writeBatch(tx, rows, runId): Promise<BatchCounts> {
    const history: HistoryRow[] = [];
    const pupils = await upsertTable(tx, pupilTable(tx), new Map(rows.map((row) => [row.studentCode, pupilFields(row)])), runId, history);
    // Each enrollment row remembers its pupil, so a row counts as updated when either changed.
    const studentOf = new Map<string, string>();
    const enrollmentRows = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      const pupilId = pupils.idByKey.get(row.studentCode)!;
      const key = `${pupilId}|${row.schoolCode}|${row.schoolYear}`;
      studentOf.set(key, row.studentCode);
      enrollmentRows.set(key, { pupilId, schoolCode: row.schoolCode, schoolYear: row.schoolYear, grade: row.grade, status: row.status, enrolledOn: row.enrolledOn, endedOn: row.endedOn });
    }
    const enrollments = await upsertTable(tx, enrollmentTable(tx), enrollmentRows, runId, history);
    if (history.length) await tx.recordHistory.createMany({ data: history.map((h) => ({ ...h, data: JSON.parse(JSON.stringify(h.data)) })) });
    const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, toLink: [...pupils.inserted.values()].map((p) => linkCandidate(p as Parameters<typeof linkCandidate>[0])) };
    for (const [key, studentCode] of studentOf) {
      if (enrollments.inserted.has(key)) counts.inserted++;
      else if (enrollments.updated.has(key) || pupils.updated.has(studentCode)) counts.updated++;
      else counts.unchanged++;
    }
    return counts;
  },

  async unlinked(db, runId, afterId, limit): Promise<LinkCandidate[]> {
    const pupils = await db.pupil.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return pupils.map(linkCandidate);
  },

  async rollback(tx, runId) {
    const history = await tx.recordHistory.findMany({ where: { importRunId: runId }, orderBy: { changedAt: 'asc' } });
    const { restored, deleted } = await rollbackTables(history, runId, [
      {
        name: 'Enrollment',
        restore: (id, v) => tx.enrollment.update({ where: { id }, data: { grade: v.grade as number, status: v.status as EnrollmentRow['status'], enrolledOn: historyDate(v.enrolledOn)!, endedOn: historyDate(v.endedOn), version: v.version as number, importRunId: (v.importRunId as string | null) ?? null } }),
        deleteCreated: async (runId, keep) => {
          const rows = await tx.enrollment.findMany({ where: { importRunId: runId, id: { notIn: keep } }, select: { id: true } });
          await tx.enrollment.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
          return rows.map((r) => r.id);
        },
      },
      {
        name: 'Pupil',
        restore: (id, v) => tx.pupil.update({ where: { id }, data: { fullName: v.fullName as string, birthDate: historyDate(v.birthDate)!, sex: v.sex as 'MALE' | 'FEMALE', personalId: (v.personalId as string | null) ?? null, ethnicity: (v.ethnicity as string | null) ?? null, communeCode: v.communeCode as string, motherName: (v.motherName as string | null) ?? null, version: v.version as number, importRunId: (v.importRunId as string | null) ?? null } }),
        deleteCreated: async (runId, keep) => {
          const rows = await tx.pupil.findMany({ where: { importRunId: runId, id: { notIn: keep } }, select: { id: true } });
          await tx.pupil.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
          return rows.map((r) => r.id);
        },
      },
    ]);
    await tx.recordHistory.deleteMany({ where: { importRunId: runId } });
    return { restored, deleted: deleted.Enrollment.length + deleted.Pupil.length, deletedSubjects: deleted.Pupil };
  },

  async applyLinks(db, links) {
    if (links.size === 0) return;
    await db.$executeRawUnsafe(
      `UPDATE "education"."Pupil" AS p SET "childId" = v.child_id FROM unnest($1::text[], $2::text[]) AS v(id, child_id) WHERE p.id = v.id::uuid`,
      pgArray([...links.keys()]),
      pgArray([...links.values()]),
    );
  },
};
