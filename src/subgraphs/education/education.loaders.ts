import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { EducationDb } from './education.db';

export function createEducationLoaders(db: EducationDb) {
  return {
    enrollmentsByChild: oneToManyLoader(
      (childIds) =>
        db.enrollment.findMany({ where: { childId: { in: [...childIds] } }, orderBy: [{ schoolYear: 'desc' }, { enrolledOn: 'desc' }] }),
      (row) => row.childId,
    ),
    schoolByCode: oneToOneLoader(
      (codes) => db.school.findMany({ where: { code: { in: [...codes] } } }),
      (row) => row.code,
    ),
    attendanceByEnrollment: oneToManyLoader(
      (ids) => db.attendanceSummary.findMany({ where: { enrollmentId: { in: [...ids] } }, orderBy: { term: 'asc' } }),
      (row) => row.enrollmentId,
    ),
    dropoutFlagsByEnrollment: oneToManyLoader(
      (ids) => db.dropoutFlag.findMany({ where: { enrollmentId: { in: [...ids] } }, orderBy: { flaggedOn: 'desc' } }),
      (row) => row.enrollmentId,
    ),
  };
}
export type EducationLoaders = ReturnType<typeof createEducationLoaders>;
