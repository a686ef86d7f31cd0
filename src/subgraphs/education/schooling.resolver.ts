import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { EducationDb } from './education.db';
import type { EducationLoaders } from './education.loaders';
import { AttendanceSummary, Child, DropoutFlag, Enrollment, School } from './schooling.type';

type Context = SubgraphContext<EducationDb, EducationLoaders>;
type ChildRef = { id: string };

/** Schooling as the education management database (EDUCATION) holds it. */
@Resolver(() => Child)
export class ChildSchoolingResolver {
  @FieldResolver(() => [Enrollment], { description: 'Enrollments, newest school year first.' })
  enrollments(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.enrollmentsByChild.load(child.id);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => School)
  async school(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.schoolByCode.load(enrollment.schoolCode);
  }

  @FieldResolver(() => [AttendanceSummary])
  async attendance(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.attendanceByEnrollment.load(enrollment.id);
    return rows.map((row) => Object.assign(new AttendanceSummary(), row));
  }

  @FieldResolver(() => [DropoutFlag])
  dropoutFlags(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.dropoutFlagsByEnrollment.load(enrollment.id);
  }
}
