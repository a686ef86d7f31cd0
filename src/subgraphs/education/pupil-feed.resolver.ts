import { DateScalar } from '../../server/date-scalar';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SUBJECT_RECORD_SELECT, SubjectFeedRow, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import { EnrollmentStatus } from '../../generated/prisma/education/enums';
import type { EducationDb } from './education.db';
import './schooling.type';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

@ObjectType('EducationPupilFeedAttendance', { description: 'Days absent in one term.' })
class PupilFeedAttendance {
  @Field({ description: 'Term: HK1 (first) or HK2 (second).' })
  term!: string;

  @Field(() => Int, { description: 'School days in the term.' })
  schoolDays!: number;

  @Field(() => Int, { description: 'Days absent in the term, excused or not.' })
  daysAbsent!: number;
}

@ObjectType('EducationPupilFeedEnrollment', { description: 'One enrollment with what the dropout-risk model reads of it.' })
class PupilFeedEnrollment {
  @Field(() => ID, { description: "The enrollment's id in the education subgraph." })
  enrollmentId!: string;

  @Field({ description: 'School code in the education management database.' })
  schoolCode!: string;

  @Field({ description: "The school's name." })
  schoolName!: string;

  @Field({ description: 'School year, e.g. "2025-2026".' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Grade 1-12; 0 for preschool.' })
  grade!: number;

  @Field(() => EnrollmentStatus, { description: 'Where the enrollment stands.' })
  status!: EnrollmentStatus;

  @Field(() => DateScalar, { description: 'Day the pupil was enrolled.' })
  enrolledOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the enrollment ended; null while it runs.' })
  endedOn!: Date | null;

  @Field(() => Int, { description: 'Dropout warnings the school raised and has not resolved.' })
  openDropoutWarnings!: number;

  @Field(() => [PupilFeedAttendance], { description: 'Attendance per term, HK1 before HK2.' })
  attendance!: PupilFeedAttendance[];
}

@ObjectType('EducationPupilFeedRow', { description: "A pupil record: who it says the child is, and the pupil's schooling." })
class PupilFeedRow extends SubjectFeedRow {
  @Field(() => [PupilFeedEnrollment], { description: "All the pupil's enrollments: the hub replaces its copy with them." })
  enrollments!: PupilFeedEnrollment[];
}

/**
 * Pupils in change order, for the hub (HUB only): identity facts for the civil-status gaps, and
 * enrollments, attendance and open dropout warnings for the dropout-risk model. A trigger touches
 * the pupil whenever one of those changes (migration 20261123191600_dropout_risk).
 */
export const PupilFeedResolver = subjectRecordFeedResolver({
  typeName: 'EducationPupil',
  field: 'Query.educationPupilFeed',
  description: 'Pupil records',
  rowType: PupilFeedRow,
  read: (db: EducationDb, query) =>
    db.pupil.findMany({
      ...query,
      select: {
        ...SUBJECT_RECORD_SELECT,
        ethnicity: true,
        enrollments: {
          select: {
            id: true, schoolCode: true, schoolYear: true, grade: true, status: true, enrolledOn: true, endedOn: true,
            school: { select: { name: true } },
            attendance: { select: { term: true, schoolDays: true, daysAbsent: true } },
            dropoutFlags: { where: { resolvedOn: null }, select: { id: true } },
          },
        },
      },
    }),
  extraFields: (pupil) => ({
    enrollments: pupil.enrollments.map(({ id, school, dropoutFlags, ...enrollment }) => ({
      ...enrollment, enrollmentId: id, schoolName: school.name, openDropoutWarnings: dropoutFlags.length,
    })),
  }),
});

/** Deleted education records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Education', field: 'Query.educationDeletionFeed', read: (db: EducationDb, query) => db.deletedRecord.findMany(query) });
