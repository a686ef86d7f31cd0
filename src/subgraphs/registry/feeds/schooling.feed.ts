import type { HubFeed } from './refresh';
import { replaceFactsOf } from './replace-facts';

interface Row {
  pupilId: string;
  childId: string;
  updatedAt: string;
  enrollments: {
    enrollmentId: string;
    schoolCode: string;
    schoolName: string;
    schoolYear: string;
    grade: number;
    status: string;
    enrolledOn: string;
    endedOn: string | null;
    openDropoutWarnings: number;
    attendance: { term: string; schoolDays: number; daysAbsent: number }[];
  }[];
}

const ENROLLMENT_COLUMNS = [
  { name: 'enrollmentId', type: 'uuid' }, { name: 'pupilId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'schoolCode', type: 'varchar(16)' },
  { name: 'schoolName', type: 'text' }, { name: 'schoolYear', type: 'varchar(9)' }, { name: 'grade', type: 'int4' }, { name: 'status', type: 'text' },
  { name: 'enrolledOn', type: 'date' }, { name: 'endedOn', type: 'date' }, { name: 'openDropoutWarnings', type: 'int4' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];
const ATTENDANCE_COLUMNS = [
  { name: 'enrollmentId', type: 'uuid' }, { name: 'pupilId', type: 'uuid' }, { name: 'term', type: 'varchar(8)' }, { name: 'schoolDays', type: 'int4' }, { name: 'daysAbsent', type: 'int4' },
];

/** Pupils from the education subgraph (EDUCATION): enrollments, attendance per term, open dropout warnings. */
export const schoolingFeed: HubFeed<Row> = {
  name: 'education.schooling',
  subgraph: 'education',
  field: 'schoolingFeed',
  rowSelection:
    'pupilId childId updatedAt enrollments { enrollmentId schoolCode schoolName schoolYear grade status enrolledOn endedOn openDropoutWarnings attendance { term schoolDays daysAbsent } }',
  apply(tx, rows) {
    const enrollments = rows.flatMap((pupil) =>
      pupil.enrollments.map((e) => ({ ...e, pupilId: pupil.pupilId, childId: pupil.childId, sourceUpdatedAt: new Date(pupil.updatedAt) })),
    );
    const attendance = enrollments.flatMap((e) => e.attendance.map((a) => ({ ...a, enrollmentId: e.enrollmentId, pupilId: e.pupilId })));
    return replaceFactsOf(tx, { column: 'pupilId', ids: rows.map((r) => r.pupilId) }, [
      { table: '"registry"."SchoolingFact"', columns: ENROLLMENT_COLUMNS, rows: enrollments, hasChildId: true },
      { table: '"registry"."AttendanceFact"', columns: ATTENDANCE_COLUMNS, rows: attendance, hasChildId: false },
    ]);
  },
};
