/**
 * An abandoned child's reception file, drawn before any agency record: its steps decide which legal
 * records (birth, residence, insurance) the other agencies hold, and when.
 */
import { addDays, DAY, REFERENCE_DATE, type ChildContext } from '../child-context';

/** Reception steps of an abandoned child's file and their deadlines in days after the finding. */
export const RECEPTION_STEPS: readonly [string, number][] = [
  ['RECEPTION', 0], ['FIRST_AID', 0], ['HEALTH_SCREENING', 1], ['HANDOVER', 3], ['PUBLIC_NOTICE', 7],
  ['ALTERNATIVE_CARE', 30], ['BIRTH_REGISTRATION', 40], ['RESIDENCE_REGISTRATION', 50], ['HEALTH_INSURANCE', 50],
];
/** Steps whose absence leaves the child without legal papers (the justice office's concern). */
const LEGAL_FILE_STEPS = ['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'];

export interface Reception {
  foundAt: Date;
  /** Each step's completion date, null while not done. */
  stepDone: Map<string, Date | null>;
}

export function drawReception(child: ChildContext): Reception | null {
  const { random, rates, birthDate, ageDays, truth } = child;
  // Found within days of birth, at some hour of the day, and before the reference date.
  const foundAt = child.abandoned ? new Date(birthDate.getTime() + random.int(0, Math.max(0, Math.min(5, ageDays - 1))) * DAY + (ageDays > 0 ? random.int(6, 22) * 3_600_000 : 0)) : null;
  if (!foundAt) return null;
  const stepDone = new Map<string, Date | null>();
  truth.planted.abandoned = true;
  const incomplete = random.chance(rates.abandonedIncomplete);
  const troubled = incomplete ? random.pick(LEGAL_FILE_STEPS) : null;
  const stuck = incomplete && random.chance(0.5);
  for (const [step, due] of RECEPTION_STEPS) {
    const dueOn = addDays(foundAt, due);
    const notYetDue = dueOn > REFERENCE_DATE;
    let done: Date | null = notYetDue ? null : addDays(dueOn, -random.int(0, Math.min(due, 3)));
    if (step === troubled) done = stuck ? null : addDays(dueOn, random.int(20, 300));
    if (done && done > REFERENCE_DATE) done = null;
    stepDone.set(step, done);
  }
  if (troubled && !(addDays(foundAt, RECEPTION_STEPS.find(([s]) => s === troubled)![1]) > REFERENCE_DATE)) {
    truth.planted.abandonedIncompleteFile = { stage: stuck ? 'STUCK' : 'LATE', step: troubled };
  }
  return { foundAt, stepDone };
}

/** When a reception step was done (null: not yet); undefined for a child with no reception file. */
export const stepDate = (reception: Reception | null, step: string): Date | null | undefined => (reception ? (reception.stepDone.get(step) ?? null) : undefined);
