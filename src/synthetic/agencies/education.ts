/** EDUCATION: the pupil, this year's and last year's enrollments, attendance and dropout flags. */
import { linkRecord, neighbourCommune, PREVIOUS_SCHOOL_YEAR, SCHOOL_YEAR, stamped, type ChildContext } from '../child-context';
import type { Circumstances } from '../circumstances';
import type { AgencyIdentity } from './agency-identity';

export function writeEducation(child: ChildContext, circumstances: Circumstances, identity: () => AgencyIdentity): void {
  const { random, family, id, childId, age } = child;
  const { plantedRisk, droppedOut } = circumstances;
  const push = child.sink.push.bind(child.sink);
  const pupilId = id('pupil');
  const pupilIdentity = identity();
  push('education', 'Pupil', stamped({ id: pupilId, studentCode: `${family.province.code}${String(child.index + 1).padStart(8, '0')}`, childId, ...pupilIdentity.fields, ethnicity: family.ethnicity, version: 1 }));
  linkRecord(child, 'EDUCATION', 'education.Pupil', pupilId, pupilIdentity.truth);
  const repeated = plantedRisk.includes('REPEATED_GRADE');
  const transferred = plantedRisk.includes('RECENT_TRANSFER');
  const grade = age <= 5 ? 0 : Math.min(12, age - 5 - (repeated ? 1 : 0));
  const currentSchool = child.sink.schoolFor(family, grade);
  const enrollmentId = id('enrollment');
  const chronic = plantedRisk.includes('CHRONIC_ABSENCE');
  push('education', 'Enrollment', stamped({
    id: enrollmentId, pupilId, schoolCode: currentSchool, schoolYear: SCHOOL_YEAR, grade, status: droppedOut ? 'DROPPED_OUT' : 'ENROLLED',
    enrolledOn: transferred ? new Date(Date.UTC(2026, 0, random.int(5, 25))) : new Date(Date.UTC(2025, 8, 5)),
    endedOn: droppedOut ? new Date(Date.UTC(2026, random.int(0, 4), random.int(1, 28))) : null, version: 1,
  }));
  const absent = chronic ? random.int(20, 36) : droppedOut ? random.int(12, 40) : random.int(0, 6);
  push('education', 'AttendanceSummary', { id: id('attendance-hk1'), enrollmentId, term: 'HK1', schoolDays: 90, daysAbsent: absent, daysExcused: Math.min(absent, random.int(0, 2)) });
  if (plantedRisk.includes('DROPOUT_WARNING') || (droppedOut && random.chance(0.6))) {
    push('education', 'DropoutFlag', { id: id('dropout-flag'), enrollmentId, flaggedOn: new Date(Date.UTC(2026, 0, random.int(5, 28))), reason: family.poverty ? 'FAMILY_ECONOMIC' : 'CHRONIC_ABSENCE', note: null, resolvedOn: null });
  }
  if (grade >= 1 && age >= 7) writePreviousYear(child, pupilId, grade, { repeated, transferred, chronic });
}

function writePreviousYear(child: ChildContext, pupilId: string, grade: number, risk: { repeated: boolean; transferred: boolean; chronic: boolean }): void {
  const { random, family, id } = child;
  const { repeated, transferred, chronic } = risk;
  const previousGrade = repeated ? grade : grade - 1;
  const previousId = id('enrollment-previous');
  // A transfer: last year the pupil studied in another commune of the province.
  const previousSchool = child.sink.schoolFor(transferred ? { ...family, communeCode: neighbourCommune(family) } : family, previousGrade);
  child.sink.push('education', 'Enrollment', stamped({
    id: previousId, pupilId, schoolCode: previousSchool, schoolYear: PREVIOUS_SCHOOL_YEAR, grade: previousGrade,
    status: transferred ? 'TRANSFERRED' : repeated ? 'ENROLLED' : 'COMPLETED', enrolledOn: new Date(Date.UTC(2024, 8, 5)),
    endedOn: transferred ? new Date(Date.UTC(2026, 0, 2)) : new Date(Date.UTC(2025, 4, 31)), version: 1,
  }));
  for (const term of ['HK1', 'HK2']) {
    const previousAbsent = chronic && repeated ? random.int(15, 30) : random.int(0, 6);
    child.sink.push('education', 'AttendanceSummary', { id: id(`attendance-previous-${term}`), enrollmentId: previousId, term, schoolDays: 90, daysAbsent: previousAbsent, daysExcused: Math.min(previousAbsent, random.int(0, 2)) });
  }
}
