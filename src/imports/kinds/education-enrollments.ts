import { randomUUID } from 'node:crypto';
import { insertRows, pgArray } from '../../shared/db/bulk-insert';
import type { EducationDb } from '../../subgraphs/education/education.db';
import { FieldError, parseCommuneCode, parseDate, parseEnum, parseInteger, parsePersonalIdFor, SEX_LABELS } from '../fields';
import type { BatchCounts, ColumnSpec, LinkCandidate, RecordKind } from '../record-kind';

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

/** Fields compared to decide whether a re-sent row changes anything. */
const PUPIL_FIELDS = ['fullName', 'birthDate', 'sex', 'personalId', 'ethnicity', 'communeCode', 'motherName'] as const;
const ENROLLMENT_FIELDS = ['grade', 'status', 'enrolledOn', 'endedOn'] as const;

const PUPIL_COLUMNS = [
  { name: 'id', type: 'uuid' }, { name: 'studentCode', type: 'text' }, { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' },
  { name: 'sex', type: '"education"."Sex"' }, { name: 'personalId', type: 'varchar(12)' }, { name: 'ethnicity', type: 'text' },
  { name: 'communeCode', type: 'varchar(5)' }, { name: 'motherName', type: 'text' }, { name: 'importRunId', type: 'uuid' }, { name: 'updatedAt', type: 'timestamp(3)' },
];
const ENROLLMENT_COLUMNS = [
  { name: 'id', type: 'uuid' }, { name: 'pupilId', type: 'uuid' }, { name: 'schoolCode', type: 'varchar(16)' }, { name: 'schoolYear', type: 'varchar(9)' },
  { name: 'grade', type: 'int4' }, { name: 'status', type: '"education"."EnrollmentStatus"' }, { name: 'enrolledOn', type: 'date' },
  { name: 'endedOn', type: 'date' }, { name: 'importRunId', type: 'uuid' }, { name: 'updatedAt', type: 'timestamp(3)' },
];

const linkCandidate = (p: { id: string; personalId: string | null; fullName: string; birthDate: Date; sex: 'MALE' | 'FEMALE'; communeCode: string; motherName: string | null }): LinkCandidate => ({
  recordKind: 'education.Pupil', sourceRecordId: p.id, personalId: p.personalId, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, communeCode: p.communeCode, motherName: p.motherName,
});

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));
const changed = <T extends object>(current: T, next: Partial<T>, fields: readonly (keyof T)[]) => fields.some((f) => !same(current[f], next[f]));

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
    const errors: FieldError[] = [];
    const take = <T>(column: string, parse: (value: string) => T, required: boolean): T | null => {
      const value = (cells[column] ?? '').trim();
      if (!value) {
        if (required) errors.push(new FieldError(column, 'is required'));
        return null;
      }
      try {
        return parse(value);
      } catch (error) {
        if (error instanceof FieldError) errors.push(error);
        else throw error;
        return null;
      }
    };
    const text = (column: string, required: boolean) => take(column, (v) => v.normalize('NFC').replace(/\s+/g, ' '), required);
    const studentCode = text('studentCode', true);
    const fullName = text('fullName', true);
    const birthDate = take('birthDate', (v) => {
      const date = parseDate(v, 'birthDate');
      if (date > new Date()) throw new FieldError('birthDate', `${v} is in the future`);
      return date;
    }, true);
    const sex = take('sex', (v) => parseEnum(v, 'sex', SEX_LABELS), true);
    const personalId = sex && birthDate ? take('personalId', (v) => parsePersonalIdFor(v, 'personalId', sex, birthDate), false) : null;
    const communeCode = take('communeCode', (v) => parseCommuneCode(v, 'communeCode'), true);
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
      communeCode: communeCode!, motherName: text('motherName', false), schoolCode: schoolCode!, schoolYear: schoolYear!, grade: grade!,
      status: status!, enrolledOn: enrolledOn!, endedOn,
    };
  },

  async writeBatch(tx, rows, runId): Promise<BatchCounts> {
    const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, toLink: [] };
    const history: { id: string; tableName: string; recordId: string; version: number; data: object; importRunId: string }[] = [];
    // Within a file the last row of a pupil wins; new records go in with one createMany per table.
    const pupilRows = new Map(rows.map((row) => [row.studentCode, row]));
    const pupils = new Map((await tx.pupil.findMany({ where: { studentCode: { in: [...pupilRows.keys()] } } })).map((p) => [p.studentCode, p]));
    const newPupils = [];
    for (const [studentCode, row] of pupilRows) {
      const fields = { fullName: row.fullName, birthDate: row.birthDate, sex: row.sex, personalId: row.personalId, ethnicity: row.ethnicity, communeCode: row.communeCode, motherName: row.motherName };
      const current = pupils.get(studentCode);
      if (!current) newPupils.push({ id: randomUUID(), studentCode, ...fields, importRunId: runId });
      else if (changed(current, fields, PUPIL_FIELDS)) {
        history.push({ id: randomUUID(), tableName: 'Pupil', recordId: current.id, version: current.version, data: current, importRunId: runId });
        await tx.pupil.update({ where: { id: current.id }, data: { ...fields, version: { increment: 1 }, importRunId: runId } });
      }
    }
    await insertRows(tx, '"education"."Pupil"', PUPIL_COLUMNS, newPupils.map((p) => ({ ...p, updatedAt: new Date() })));
    counts.toLink = newPupils.map(linkCandidate);
    const pupilIds = new Map([...pupils.values(), ...newPupils].map((p) => [p.studentCode, p.id]));

    const key = (pupilId: string, schoolCode: string, schoolYear: string) => `${pupilId}|${schoolCode}|${schoolYear}`;
    const enrollments = new Map(
      (await tx.enrollment.findMany({ where: { pupilId: { in: [...pupilIds.values()] } } })).map((e) => [key(e.pupilId, e.schoolCode, e.schoolYear), e]),
    );
    const newEnrollments = new Map<string, { id: string; pupilId: string; schoolCode: string; schoolYear: string; grade: number; status: EnrollmentRow['status']; enrolledOn: Date; endedOn: Date | null; importRunId: string }>();
    for (const row of rows) {
      const pupilId = pupilIds.get(row.studentCode)!;
      const fields = { grade: row.grade, status: row.status, enrolledOn: row.enrolledOn, endedOn: row.endedOn };
      const k = key(pupilId, row.schoolCode, row.schoolYear);
      const current = enrollments.get(k);
      if (!current) {
        if (!newEnrollments.has(k)) counts.inserted++;
        newEnrollments.set(k, { id: newEnrollments.get(k)?.id ?? randomUUID(), pupilId, schoolCode: row.schoolCode, schoolYear: row.schoolYear, ...fields, importRunId: runId });
      } else if (changed(current, fields, ENROLLMENT_FIELDS)) {
        history.push({ id: randomUUID(), tableName: 'Enrollment', recordId: current.id, version: current.version, data: current, importRunId: runId });
        enrollments.set(k, await tx.enrollment.update({ where: { id: current.id }, data: { ...fields, version: { increment: 1 }, importRunId: runId } }));
        counts.updated++;
      } else counts.unchanged++;
    }
    await insertRows(tx, '"education"."Enrollment"', ENROLLMENT_COLUMNS, [...newEnrollments.values()].map((e) => ({ ...e, updatedAt: new Date() })));
    if (history.length) await tx.recordHistory.createMany({ data: history.map((h) => ({ ...h, data: JSON.parse(JSON.stringify(h.data)) })) });
    return counts;
  },

  async unlinked(db, runId, afterId, limit): Promise<LinkCandidate[]> {
    const pupils = await db.pupil.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return pupils.map(linkCandidate);
  },

  async rollback(tx, runId) {
    const history = await tx.recordHistory.findMany({ where: { importRunId: runId }, orderBy: { changedAt: 'asc' } });
    // The first history row of a record in this run is the version before the run touched it.
    const before = new Map<string, (typeof history)[number]>();
    for (const h of history) if (!before.has(h.recordId)) before.set(h.recordId, h);
    const asDate = (v: unknown) => (v ? new Date(String(v)) : null);
    let restored = 0;
    for (const { tableName, recordId, data } of before.values()) {
      const row = data as Record<string, unknown>;
      if (tableName === 'Enrollment') {
        await tx.enrollment.update({ where: { id: recordId }, data: { grade: row.grade as number, status: row.status as EnrollmentRow['status'], enrolledOn: asDate(row.enrolledOn)!, endedOn: asDate(row.endedOn), version: row.version as number, importRunId: (row.importRunId as string | null) ?? null } });
      } else {
        await tx.pupil.update({ where: { id: recordId }, data: { fullName: row.fullName as string, birthDate: asDate(row.birthDate)!, sex: row.sex as 'MALE' | 'FEMALE', personalId: (row.personalId as string | null) ?? null, ethnicity: (row.ethnicity as string | null) ?? null, communeCode: row.communeCode as string, motherName: (row.motherName as string | null) ?? null, version: row.version as number, importRunId: (row.importRunId as string | null) ?? null } });
      }
      restored++;
    }
    const created = { importRunId: runId, id: { notIn: [...before.keys()] } };
    const deletedEnrollments = await tx.enrollment.deleteMany({ where: created });
    const pupils = await tx.pupil.findMany({ where: created, select: { id: true } });
    await tx.pupil.deleteMany({ where: { id: { in: pupils.map((p) => p.id) } } });
    await tx.recordHistory.deleteMany({ where: { importRunId: runId } });
    return { restored, deleted: deletedEnrollments.count + pupils.length, deletedSubjects: pupils.map((p) => p.id) };
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
