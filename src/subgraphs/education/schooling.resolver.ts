import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { recordsOfSubjects } from '../../server/loaders';
import { currentSchoolYear } from '../../shared/as-of';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { EducationDb } from './education.db';
import type { EducationLoaders } from './education.loaders';
import { AttendanceSummary, Child, DropoutFlag, Enrollment, School, SchoolingStatus } from './schooling.type';

type Context = SubgraphContext<EducationDb, EducationLoaders>;
type ChildRef = { id: string };

/** Schooling as the education management database (EDUCATION) holds it. */
@Resolver(() => Child)
export class ChildSchoolingResolver {
  @FieldResolver(() => [Enrollment], { nullable: true, description: 'Enrollments, newest school year first. Null when the education subgraph is not available now, or not to your agency.' })
  @Restricted('Child.enrollments')
  enrollments(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return this.enrollmentsOf(child, ctx);
  }

  @FieldResolver(() => SchoolingStatus, { nullable: true, description: 'Schooling this school year, as a summary. Null when the education subgraph is not available now, or not to your agency.' })
  @Restricted('Child.schoolingStatus')
  async schoolingStatus(@Root() child: ChildRef, @Ctx() ctx: Context): Promise<SchoolingStatus> {
    const current = (await this.enrollmentsOf(child, ctx)).filter((e) => e.schoolYear === currentSchoolYear());
    if (current.some((e) => e.status === 'ENROLLED' || e.status === 'COMPLETED')) return SchoolingStatus.ENROLLED;
    if (current.some((e) => e.status === 'DROPPED_OUT')) return SchoolingStatus.DROPPED_OUT;
    return SchoolingStatus.NOT_ENROLLED;
  }

  private enrollmentsOf(child: ChildRef, ctx: Context) {
    return recordsOfSubjects(ctx.loaders.pupilsByChild.load(child.id), ctx.loaders.enrollmentsByPupil);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => School, { description: 'The school of the enrollment.' })
  async school(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.schoolByCode.load(enrollment.schoolCode);
  }

  @FieldResolver(() => [AttendanceSummary], { description: 'Attendance per term, HK1 before HK2; empty when the school reported none.' })
  async attendance(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.attendanceByEnrollment.load(enrollment.id);
    return rows.map((row) => Object.assign(new AttendanceSummary(), row));
  }

  @FieldResolver(() => [DropoutFlag], { description: 'Dropout warnings the school recorded, newest first.' })
  dropoutFlags(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.dropoutFlagsByEnrollment.load(enrollment.id);
  }
}
