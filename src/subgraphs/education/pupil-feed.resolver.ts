import { subjectRecordFeedResolver } from '../../shared/subject-feed';
import type { EducationDb } from './education.db';

/** Pupils in change order, for the hub's identity checks (HUB only). */
export const PupilFeedResolver = subjectRecordFeedResolver<EducationDb>({
  typeName: 'EducationPupil',
  field: 'Query.educationPupilFeed',
  description: 'Pupil records',
  read: (db, query) => db.pupil.findMany({ ...query, select: { id: true, childId: true, birthDate: true, sex: true, personalId: true, updatedAt: true } }),
});
