import type { EducationDb } from './education.db';
import { FieldError, parseDate, parseEnum, parseInteger } from '../../records/fields';
import type { BatchCounts, ColumnSpec, LinkCandidate, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable, wouldChange } from '../../records/upsert';
import { applyLinksTo, CHILD_COLUMNS, countRows, linkCandidateOf, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
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
  ...CHILD_COLUMNS.filter((c) => c.key !== 'motherName' && c.key !== 'communeCode'),
  { key: 'ethnicity', headers: ['ethnicity', 'Dân tộc'], required: false, description: 'e.g. Kinh, Tày' },
  ...CHILD_COLUMNS.filter((c) => c.key === 'communeCode' || c.key === 'motherName'),
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
  compared: PUPIL_COMPARED,
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
  compared: ENROLLMENT_COMPARED,
  find: async (keys) => tx.enrollment.findMany({ where: { pupilId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (e) => `${e.pupilId}|${e.schoolCode}|${e.schoolYear}`,
  update: (id, fields) => tx.enrollment.update({ where: { id }, data: fields }),
});

const linkCandidate = linkCandidateOf('education.Pupil');
const PUPIL_COMPARED = ['fullName', 'birthDate', 'sex', 'personalId', 'ethnicity', 'communeCode', 'motherName'] as const;
const ENROLLMENT_COMPARED = ['grade', 'status', 'enrolledOn', 'endedOn'] as const;

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
    const { take, text, errors, childIdentity, notBefore } = rowReader(cells);
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
    notBefore('enrolledOn', enrolledOn, birthDate, 'the date of birth');
    notBefore('endedOn', endedOn, enrolledOn, 'the enrollment date');
    if (errors.length) return errors;
    return {
      studentCode: studentCode!, fullName: fullName!, birthDate: birthDate!, sex: sex!, personalId, ethnicity: text('ethnicity', false),
      communeCode: communeCode!, motherName, schoolCode: schoolCode!, schoolYear: schoolYear!, grade: grade!,
      status: status!, enrolledOn: enrolledOn!, endedOn,
    };
  },

  rowKey: { of: (r) => `${r.studentCode}|${r.schoolCode}|${r.schoolYear}`, names: 'student code, school and school year' },

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
    await saveHistory(tx, history);
    return countRows(studentOf, pupils, enrollments, [...pupils.inserted.values()].map((p) => linkCandidate(p as unknown as Pupil)));
  },

  async unlinked(db, runId, afterId, limit): Promise<LinkCandidate[]> {
    const pupils = await db.pupil.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return pupils.map(linkCandidate);
  },

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [
      rollbackTableOf('Enrollment', tx.enrollment, ENROLLMENT_COMPARED, ['enrolledOn', 'endedOn']),
      rollbackTableOf('Pupil', tx.pupil, PUPIL_COMPARED, ['birthDate']),
    ], 'Pupil');
  },

  applyLinks: applyLinksTo('"education"."Pupil"'),

  entry: {
    name: 'Enrollment',
    async find(db, row) {
      const enrollment = await db.enrollment.findFirst({ where: { pupil: { studentCode: row.studentCode }, schoolCode: row.schoolCode, schoolYear: row.schoolYear }, include: { pupil: true } });
      return enrollment && { id: enrollment.id, version: enrollment.version, childId: enrollment.pupil.childId };
    },
    versioned: (tx) => tx.enrollment,
    communeOf: (row) => row.communeCode,
    // The pupil, kept by the commune they live in; their enrollments are kept with them.
    async touched(tx, row) {
      const pupil = await tx.pupil.findUnique({ where: { studentCode: row.studentCode } });
      return pupil ? [{ name: `pupil ${row.studentCode}`, communes: [pupil.communeCode], changes: wouldChange(pupil, pupilFields(row), PUPIL_COMPARED) }] : [];
    },
  },
};
