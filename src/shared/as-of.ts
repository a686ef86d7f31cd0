/**
 * The day the hub treats as today, and the school year that follows from it. Operators and tests
 * can pin the day (CHILDGRAPH_AS_OF) to run the hub as it stood then, e.g. at the synthetic
 * population's reference date, so results do not change when the calendar moves on.
 */
import { isSchoolYear, schoolYearOn } from '../domain/school-year';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD setting, checked; undefined when unset. */
export function dateSetting(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw new Error(`${name} must be a date YYYY-MM-DD; got "${value}"`);
  return value;
}

/** Today (UTC, YYYY-MM-DD), or CHILDGRAPH_AS_OF. Read on every call, so a test can set it after imports. */
export function hubToday(now = new Date(), env: NodeJS.ProcessEnv = process.env): string {
  return dateSetting('CHILDGRAPH_AS_OF', env) ?? now.toISOString().slice(0, 10);
}

/** The current school year: CHILDGRAPH_SCHOOL_YEAR if an operator set it, else the school year of hubToday(). */
export function currentSchoolYear(now = new Date(), env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.CHILDGRAPH_SCHOOL_YEAR;
  if (fixed) {
    if (!isSchoolYear(fixed)) throw new Error(`CHILDGRAPH_SCHOOL_YEAR must be a school year like 2026-2027; got "${fixed}"`);
    return fixed;
  }
  return schoolYearOn(new Date(`${hubToday(now, env)}T00:00:00Z`));
}
