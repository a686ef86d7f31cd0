/**
 * Vietnamese school years. A school year opens in September and is named by its two calendar
 * years ("2026-2027"); a child starts grade 1 in the school year that opens in the calendar year
 * the child turns 6, so the grade of a pupil who never repeated or skipped one is the opening year
 * minus the birth year minus 5 (0 and below: preschool or not yet at school).
 */

/** The month (1-12) a school year opens in: from then on the date belongs to the new year. */
export const SCHOOL_YEAR_OPENING_MONTH = 9;

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The school year under way on `date` (UTC): 1 Nov 2026 is in "2026-2027", 1 Aug 2026 in "2025-2026". */
export function schoolYearOn(date: Date): string {
  const year = date.getUTCFullYear();
  return schoolYearOpeningIn(date.getUTCMonth() + 1 >= SCHOOL_YEAR_OPENING_MONTH ? year : year - 1);
}

export const schoolYearOpeningIn = (openingYear: number): string => `${openingYear}-${openingYear + 1}`;

/** The calendar year a school year opens in; throws on anything that is not "YYYY-YYYY+1". */
export function openingYearOf(schoolYear: string): number {
  const match = SCHOOL_YEAR.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw new Error(`"${schoolYear}" is not a school year like 2026-2027`);
  return Number(match[1]);
}

export const isSchoolYear = (text: string): boolean => SCHOOL_YEAR.test(text) && Number(text.slice(5)) === Number(text.slice(0, 4)) + 1;

export const previousSchoolYear = (schoolYear: string): string => schoolYearOpeningIn(openingYearOf(schoolYear) - 1);

/** The grade of a child born in `birthYear` in `schoolYear` by the national convention (≤ 0: not yet in grade 1). */
export const gradeByAge = (birthYear: number, schoolYear: string): number => openingYearOf(schoolYear) - birthYear - 5;
