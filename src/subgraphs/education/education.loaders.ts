import { oneToManyLoader, oneToOneLoader } from '../../shared/loaders';
import type { EducationDb } from './education.db';

export function createEducationLoaders(db: EducationDb) {
  return {
    pupilsByChild: oneToManyLoader(
      (childIds) => db.pupil.findMany({ where: { childId: { in: [...childIds] } }, orderBy: { id: 'asc' } }),
      (row) => row.childId!,
    ),
    enrollmentsByPupil: oneToManyLoader(
      (pupilIds) =>
        db.enrollment.findMany({ where: { pupilId: { in: [...pupilIds] } }, orderBy: [{ schoolYear: 'desc' }, { enrolledOn: 'desc' }] }),
      (row) => row.pupilId,
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
