import { oneToManyLoader, oneToOneLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type { AttendanceSummary, DropoutFlag, Enrollment, Pupil, School } from '../../generated/prisma/education/client';
import type { EducationDb } from './education.db';

const ENROLLMENT_ORDER = [{ schoolYear: 'desc' }, { enrolledOn: 'desc' }] as const;
const ATTENDANCE_ORDER = { term: 'asc' } as const;
const FLAG_ORDER = { flaggedOn: 'desc' } as const;

type EnrollmentWithRelations = Enrollment & { school?: School; attendance?: AttendanceSummary[]; dropoutFlags?: DropoutFlag[] };
type PupilWithRelations = Pupil & { enrollments?: EnrollmentWithRelations[] };

export function createEducationLoaders(db: EducationDb, requested?: RequestedFields) {
  const enrollmentsByPupil = oneToManyLoader(
    (pupilIds) => db.enrollment.findMany({ where: { pupilId: { in: [...pupilIds] } }, orderBy: [...ENROLLMENT_ORDER] }),
    (row) => row.pupilId,
  );
  const schoolByCode = oneToOneLoader(
    (codes) => db.school.findMany({ where: { code: { in: [...codes] } } }),
    (row) => row.code,
  );
  const attendanceByEnrollment = oneToManyLoader(
    (ids) => db.attendanceSummary.findMany({ where: { enrollmentId: { in: [...ids] } }, orderBy: ATTENDANCE_ORDER }),
    (row) => row.enrollmentId,
  );
  const dropoutFlagsByEnrollment = oneToManyLoader(
    (ids) => db.dropoutFlag.findMany({ where: { enrollmentId: { in: [...ids] } }, orderBy: FLAG_ORDER }),
    (row) => row.enrollmentId,
  );
  /** An enrollment's own relations, those the operation selects. */
  const enrollmentInclude = () => {
    const include: Record<string, unknown> = {};
    if (requested?.selectsAny(['school'])) include.school = true;
    if (requested?.selectsAny(['attendance'])) include.attendance = { orderBy: ATTENDANCE_ORDER };
    if (requested?.selectsAny(['dropoutFlags'])) include.dropoutFlags = { orderBy: FLAG_ORDER };
    return include;
  };
  const relations = prefetchPlan<PupilWithRelations>(requested, [
    {
      fields: ['enrollments', 'schoolingStatus'],
      include: () => ({ enrollments: { orderBy: ENROLLMENT_ORDER, include: enrollmentInclude() } }),
      prime: ({ id, enrollments }) => {
        enrollmentsByPupil.prime(id, enrollments!);
        for (const enrollment of enrollments!) {
          if (enrollment.school) schoolByCode.prime(enrollment.schoolCode, enrollment.school);
          if (enrollment.attendance) attendanceByEnrollment.prime(enrollment.id, enrollment.attendance);
          if (enrollment.dropoutFlags) dropoutFlagsByEnrollment.prime(enrollment.id, enrollment.dropoutFlags);
        }
      },
    },
  ]);
  return {
    pupilsByChild: oneToManyLoader(
      async (childIds) =>
        relations.primed(
          (await db.pupil.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' }, include: relations.include() })) as PupilWithRelations[],
        ),
      (row) => row.childId!,
    ),
    enrollmentsByPupil,
    schoolByCode,
    attendanceByEnrollment,
    dropoutFlagsByEnrollment,
  };
}
export type EducationLoaders = ReturnType<typeof createEducationLoaders>;
