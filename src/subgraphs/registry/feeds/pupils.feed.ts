import { replaceFactsOf } from './replace-facts';
import { subjectRecordsFeed, type SubjectRow } from './subject-records.feed';

interface PupilRow extends SubjectRow {
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

/**
 * Pupils from the education subgraph (EDUCATION), one read for two lists: identity facts
 * (SubjectRecordFact) and enrollments, attendance per term and open dropout warnings
 * (SchoolingFact, AttendanceFact: the dropout-risk model's).
 */
export const educationPupilsFeed = subjectRecordsFeed<PupilRow>({
  // Not `education.pupils`: that cursor belonged to the identity-only feed this one replaced (see migration 20261123202500_one_feed_per_subject).
  name: 'education.pupil-facts',
  subgraph: 'education',
  field: 'educationPupilFeed',
  agency: 'EDUCATION',
  recordKind: 'education.Pupil',
  facts: {
    selection: 'enrollments { enrollmentId schoolCode schoolName schoolYear grade status enrolledOn endedOn openDropoutWarnings attendance { term schoolDays daysAbsent } }',
    apply(tx, rows) {
      const enrollments = rows.flatMap((pupil) =>
        pupil.enrollments.map((e) => ({ ...e, pupilId: pupil.recordId, childId: pupil.childId, sourceUpdatedAt: new Date(pupil.updatedAt) })),
      );
      const attendance = enrollments.flatMap((e) => e.attendance.map((a) => ({ ...a, enrollmentId: e.enrollmentId, pupilId: e.pupilId })));
      return replaceFactsOf(tx, { column: 'pupilId', ids: rows.map((r) => r.recordId) }, [
        { table: '"registry"."SchoolingFact"', columns: ENROLLMENT_COLUMNS, rows: enrollments, hasChildId: true },
        { table: '"registry"."AttendanceFact"', columns: ATTENDANCE_COLUMNS, rows: attendance, hasChildId: false },
      ]);
    },
  },
});
