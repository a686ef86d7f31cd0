import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { feedPage, feedPageType, feedQuery } from '../../shared/change-feed';
import type { SubgraphContext } from '../../shared/subgraph-module';
import { EnrollmentStatus } from '../../generated/prisma/education/enums';
import type { EducationDb } from './education.db';
import type { EducationLoaders } from './education.loaders';
import './schooling.type';

type Context = SubgraphContext<EducationDb, EducationLoaders>;

@ObjectType('SchoolingFeedAttendance', { description: 'Days absent in one term.' })
class SchoolingFeedAttendance {
  @Field()
  term!: string;

  @Field(() => Int)
  schoolDays!: number;

  @Field(() => Int)
  daysAbsent!: number;
}

@ObjectType('SchoolingFeedEnrollment', { description: 'One enrollment with what the dropout-risk model reads of it.' })
class SchoolingFeedEnrollment {
  @Field(() => ID)
  enrollmentId!: string;

  @Field()
  schoolCode!: string;

  @Field()
  schoolName!: string;

  @Field()
  schoolYear!: string;

  @Field(() => Int)
  grade!: number;

  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field(() => DateResolver)
  enrolledOn!: Date;

  @Field(() => DateResolver, { nullable: true })
  endedOn!: Date | null;

  @Field(() => Int, { description: 'Dropout warnings the school raised and has not resolved.' })
  openDropoutWarnings!: number;

  @Field(() => [SchoolingFeedAttendance])
  attendance!: SchoolingFeedAttendance[];
}

@ObjectType({ description: "A pupil's enrollments, attendance and open dropout warnings, for the hub." })
export class SchoolingFeedRow {
  @Field(() => ID)
  pupilId!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => [SchoolingFeedEnrollment], { description: "All the pupil's enrollments: the hub replaces its copy with them." })
  enrollments!: SchoolingFeedEnrollment[];

  @Field(() => DateTimeResolver, { description: 'Touched by the database whenever an enrollment, attendance or warning changes.' })
  updatedAt!: Date;
}

const SchoolingFeedPage = feedPageType('Schooling', SchoolingFeedRow);

@Resolver()
export class SchoolingFeedResolver {
  @Query(() => SchoolingFeedPage, { description: 'Pupils in change order with their schooling, for the hub (HUB only).' })
  @Restricted('Query.schoolingFeed')
  async schoolingFeed(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    const query = feedQuery(after, first);
    const rows = await ctx.db.pupil.findMany({
      ...query,
      select: {
        id: true,
        childId: true,
        updatedAt: true,
        enrollments: {
          select: {
            id: true, schoolCode: true, schoolYear: true, grade: true, status: true, enrolledOn: true, endedOn: true,
            school: { select: { name: true } },
            attendance: { select: { term: true, schoolDays: true, daysAbsent: true } },
            dropoutFlags: { where: { resolvedOn: null }, select: { id: true } },
          },
        },
      },
    });
    return feedPage(rows, query, (pupil) => ({
      pupilId: pupil.id,
      childId: pupil.childId!,
      updatedAt: pupil.updatedAt,
      enrollments: pupil.enrollments.map(({ id, school, dropoutFlags, ...enrollment }) => ({
        ...enrollment, enrollmentId: id, schoolName: school.name, openDropoutWarnings: dropoutFlags.length,
      })),
    }));
  }
}
