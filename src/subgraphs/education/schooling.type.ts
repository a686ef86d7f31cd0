import { DateScalar } from '../../server/date-scalar';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DropoutReason, EnrollmentStatus, SchoolLevel } from '../../generated/prisma/education/enums';
import { defineChildEntity } from '../child-entity';

registerEnumType(SchoolLevel, { name: 'SchoolLevel' });
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
registerEnumType(DropoutReason, { name: 'DropoutReason', description: 'Reason a school gives for a dropout warning.' });

export const Child = defineChildEntity();

export enum SchoolingStatus {
  ENROLLED = 'ENROLLED',
  DROPPED_OUT = 'DROPPED_OUT',
  NOT_ENROLLED = 'NOT_ENROLLED',
}
registerEnumType(SchoolingStatus, { name: 'SchoolingStatus', description: 'Schooling in the current school year.' });

@ObjectType()
export class School {
  @Field({ description: 'School code in the education management database.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => SchoolLevel)
  level!: SchoolLevel;

  @Field()
  provinceCode!: string;

  @Field()
  communeCode!: string;
}

@ObjectType({ description: 'Attendance for one term (HK1, HK2) of an enrollment.' })
export class AttendanceSummary {
  @Field()
  term!: string;

  @Field(() => Int)
  schoolDays!: number;

  @Field(() => Int)
  daysAbsent!: number;

  @Field(() => Int)
  daysExcused!: number;

  @Field(() => Float, { description: 'daysAbsent / schoolDays.' })
  absenceRate(): number {
    return this.schoolDays > 0 ? this.daysAbsent / this.schoolDays : 0;
  }
}

@ObjectType({ description: 'A dropout warning recorded by the school.' })
export class DropoutFlag {
  @Field(() => DateScalar)
  flaggedOn!: Date;

  @Field(() => DropoutReason)
  reason!: DropoutReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateScalar, { nullable: true })
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

  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field(() => DateScalar)
  enrolledOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  endedOn!: Date | null;
}
