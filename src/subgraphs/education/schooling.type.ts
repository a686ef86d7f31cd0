import { DateScalar } from '../../server/date-scalar';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DropoutReason, EnrollmentStatus, SchoolLevel } from '../../generated/prisma/education/enums';
import { labelledValues } from '../../shared/value-labels';
import { defineChildEntity } from '../child-entity';
import { DROPOUT_REASON_LABELS, ENROLLMENT_STATUS_LABELS, SCHOOLING_STATUS_LABELS, SCHOOL_LEVEL_LABELS } from './education.labels';

registerEnumType(SchoolLevel, { name: 'SchoolLevel', description: 'Level of the education system (cấp học).', valuesConfig: labelledValues(SCHOOL_LEVEL_LABELS) });
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus', description: "Where a pupil's enrollment stands.", valuesConfig: labelledValues(ENROLLMENT_STATUS_LABELS) });
registerEnumType(DropoutReason, { name: 'DropoutReason', description: 'Reason a school gives for a dropout warning.', valuesConfig: labelledValues(DROPOUT_REASON_LABELS) });

export const Child = defineChildEntity();

export enum SchoolingStatus {
  ENROLLED = 'ENROLLED',
  DROPPED_OUT = 'DROPPED_OUT',
  NOT_ENROLLED = 'NOT_ENROLLED',
}
registerEnumType(SchoolingStatus, {
  name: 'SchoolingStatus',
  description: 'Schooling in the current school year.',
  valuesConfig: labelledValues(SCHOOLING_STATUS_LABELS, {
    ENROLLED: 'An enrollment this school year is current or completed.',
    DROPPED_OUT: 'Dropped out this school year, and no current enrollment.',
    NOT_ENROLLED: 'No enrollment this school year (a transfer alone counts as none).',
  }),
});

@ObjectType({ description: 'A school in the education management database.' })
export class School {
  @Field({ description: 'School code in the education management database.' })
  code!: string;

  @Field({ description: "The school's name." })
  name!: string;

  @Field(() => SchoolLevel, { description: 'The level the school teaches.' })
  level!: SchoolLevel;

  @Field({ description: "The school's province (two digits, Decision 19/2025)." })
  provinceCode!: string;

  @Field({ description: "The school's commune (five digits)." })
  communeCode!: string;
}

@ObjectType({ description: 'Attendance for one term (HK1, HK2) of an enrollment.' })
export class AttendanceSummary {
  @Field({ description: 'Term: HK1 (first) or HK2 (second).' })
  term!: string;

  @Field(() => Int, { description: 'School days in the term.' })
  schoolDays!: number;

  @Field(() => Int, { description: 'Days absent in the term, excused or not.' })
  daysAbsent!: number;

  @Field(() => Int, { description: 'Of daysAbsent, the days excused (nghỉ có phép).' })
  daysExcused!: number;

  @Field(() => Float, { description: 'daysAbsent / schoolDays.' })
  absenceRate(): number {
    return this.schoolDays > 0 ? this.daysAbsent / this.schoolDays : 0;
  }
}

@ObjectType({ description: 'A dropout warning recorded by the school.' })
export class DropoutFlag {
  @Field(() => DateScalar, { description: 'Day the school raised the warning.' })
  flaggedOn!: Date;

  @Field(() => DropoutReason, { description: 'The reason the school gives.' })
  reason!: DropoutReason;

  @Field(() => String, { nullable: true, description: "The school's note; null when none." })
  note!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the warning was lifted; null while it stands.' })
  resolvedOn!: Date | null;
}

@ObjectType({ description: 'One pupil in one school for one school year.' })
export class Enrollment {
  id!: string;
  schoolCode!: string;

  @Field({ description: 'School year, e.g. "2025-2026".' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Grade 1-12; 0 for preschool.' })
  grade!: number;

  @Field(() => EnrollmentStatus, { description: 'Where the enrollment stands.' })
  status!: EnrollmentStatus;

  @Field(() => DateScalar, { description: 'Day the pupil was enrolled.' })
  enrolledOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the enrollment ended (transfer, dropout or completion); null while it runs.' })
  endedOn!: Date | null;
}
