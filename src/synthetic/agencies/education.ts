/**
 * EDUCATION: the pupil, this year's and last year's enrollments, attendance and dropout flags.
 * Grades follow the national convention (grade 1 in the school year opening in the calendar year a
 * child turns 6); this year's enrollments start on opening day, last year's ran to 31 May.
 */
import { addDays, daysBetween, linkRecord, neighbourCommune, PREVIOUS_SCHOOL_YEAR, PREVIOUS_SCHOOL_YEAR_CLOSED, PREVIOUS_SCHOOL_YEAR_OPENED, REFERENCE_DATE, SCHOOL_YEAR, SCHOOL_YEAR_OPENED, schoolAge, stamped, type ChildContext } from '../child-context';
import type { Circumstances } from '../circumstances';
import type { AgencyIdentity } from './agency-identity';

export function writeEducation(child: ChildContext, circumstances: Circumstances, identity: () => AgencyIdentity): void {
  const { random, family, id, childId } = child;
  const { plantedRisk, droppedOut, droppedOutOn } = circumstances;
  const push = child.sink.push.bind(child.sink);
  const pupilId = id('pupil');
  const pupilIdentity = identity();
  push('education', 'Pupil', stamped({ id: pupilId, studentCode: `${family.province.code}${String(child.index + 1).padStart(8, '0')}`, childId, ...pupilIdentity.fields, ethnicity: family.ethnicity, version: 1 }));
  linkRecord(child, 'EDUCATION', 'education.Pupil', pupilId, pupilIdentity.truth);
  const repeated = plantedRisk.includes('REPEATED_GRADE');
  const transferred = plantedRisk.includes('RECENT_TRANSFER');
  const age = schoolAge(child);
  const grade = age <= 5 ? 0 : Math.min(12, age - 5 - (repeated ? 1 : 0));
  const currentSchool = child.sink.schoolFor(family, grade);
  const enrollmentId = id('enrollment');
  const chronic = plantedRisk.includes('CHRONIC_ABSENCE');
  push('education', 'Enrollment', stamped({
    id: enrollmentId, pupilId, schoolCode: currentSchool, schoolYear: SCHOOL_YEAR, grade, status: droppedOut ? 'DROPPED_OUT' : 'ENROLLED',
    enrolledOn: SCHOOL_YEAR_OPENED, endedOn: droppedOutOn, version: 1,
  }));
  const absent = chronic ? random.int(20, 36) : droppedOut ? random.int(12, 40) : random.int(0, 6);
  push('education', 'AttendanceSummary', { id: id('attendance-hk1'), enrollmentId, term: 'HK1', schoolDays: 90, daysAbsent: absent, daysExcused: Math.min(absent, random.int(0, 2)) });
  if (plantedRisk.includes('DROPOUT_WARNING') || (droppedOut && random.chance(0.6))) {
    // Flagged after opening day, and before the pupil left (or the reference date).
    const until = droppedOutOn ?? REFERENCE_DATE;
    const flaggedOn = addDays(SCHOOL_YEAR_OPENED, random.int(1, daysBetween(SCHOOL_YEAR_OPENED, until) - 1));
    push('education', 'DropoutFlag', { id: id('dropout-flag'), enrollmentId, flaggedOn, reason: family.poverty ? 'FAMILY_ECONOMIC' : 'CHRONIC_ABSENCE', note: null, resolvedOn: null });
  }
  const previousGrade = repeated ? grade : grade - 1;
  if (previousGrade >= 1) writePreviousYear(child, pupilId, previousGrade, { repeated, transferred, chronic });
}

function writePreviousYear(child: ChildContext, pupilId: string, previousGrade: number, risk: { repeated: boolean; transferred: boolean; chronic: boolean }): void {
  const { random, family, id } = child;
  const { repeated, transferred, chronic } = risk;
  const previousId = id('enrollment-previous');
  // A transfer: last year the pupil studied in another commune of the province and moved over the summer.
  const previousSchool = child.sink.schoolFor(transferred ? { ...family, communeCode: neighbourCommune(family) } : family, previousGrade);
  child.sink.push('education', 'Enrollment', stamped({
    id: previousId, pupilId, schoolCode: previousSchool, schoolYear: PREVIOUS_SCHOOL_YEAR, grade: previousGrade,
    status: transferred ? 'TRANSFERRED' : repeated ? 'ENROLLED' : 'COMPLETED', enrolledOn: PREVIOUS_SCHOOL_YEAR_OPENED,
    endedOn: transferred ? addDays(PREVIOUS_SCHOOL_YEAR_CLOSED, random.int(1, 85)) : PREVIOUS_SCHOOL_YEAR_CLOSED, version: 1,
  }));
  for (const term of ['HK1', 'HK2']) {
    const previousAbsent = chronic && repeated ? random.int(15, 30) : random.int(0, 6);
    child.sink.push('education', 'AttendanceSummary', { id: id(`attendance-previous-${term}`), enrollmentId: previousId, term, schoolDays: 90, daysAbsent: previousAbsent, daysExcused: Math.min(previousAbsent, random.int(0, 2)) });
  }
}
