/**
 * A child's circumstances, drawn before the records that show them: special-circumstance groups,
 * disability and HIV (which shape schooling and social protection), and schooling itself, where
 * dropouts concentrate among older, poorer, minority and special-circumstance children. Dates are
 * drawn here in the order things happen (a disability is detected, then certified, then the child
 * is identified as disabled), so every agency's record of the same event agrees.
 */
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../auth/policy';
import { addDays, dayOfLife, daysAgo, daysBetween, followUp, REFERENCE_DATE, SCHOOL_YEAR_OPENED, schoolAge, type ChildContext } from './child-context';
import type { Reception } from './agencies/reception';
import type { DropoutCause } from './truth';

const SENSITIVE_GROUPS = ['SEVERELY_HARMED_BY_VIOLENCE', 'SEXUALLY_ABUSED', 'TRAFFICKED', 'IN_CONFLICT_WITH_LAW', 'EXPLOITED', 'DRUG_ADDICTED'] as const;

export interface CircumstanceGroup {
  group: string;
  identifiedOn: Date;
  endedOn?: Date | null;
}

export interface Disability {
  /** null: not (yet) certified. */
  level: 'MILD' | 'SEVERE' | 'ESPECIALLY_SEVERE' | null;
  detectedOn: Date;
  certifiedOn: Date | null;
}

export interface Circumstances {
  groups: CircumstanceGroup[];
  /** Whether the child had any group before schooling was drawn. */
  special: boolean;
  disability: Disability | null;
  hiv: { status: 'POSITIVE' | 'EXPOSED'; recordedOn: Date } | null;
  plantedRisk: DropoutCause[];
  droppedOut: boolean;
  /** The day a dropout left school this school year. */
  droppedOutOn: Date | null;
  pupilNeeded: boolean;
}

export function drawCircumstances(child: ChildContext, reception: Reception | null): Circumstances {
  const { random, rates, ageDays, age, abandoned } = child;
  // SOCIAL: special circumstances and the household's poverty listing.
  const groups: CircumstanceGroup[] = [];
  if (abandoned) groups.push({ group: 'ABANDONED', identifiedOn: reception!.foundAt });
  if (!abandoned && age >= 1 && random.chance(rates.orphaned)) groups.push({ group: 'ORPHANED_BOTH_PARENTS', identifiedOn: dayOfLife(child, 200, ageDays) });
  if (!abandoned && random.chance(rates.withoutCarer)) groups.push({ group: 'WITHOUT_CARER', identifiedOn: daysAgo(child, 30, 900) });
  if (age >= 6 && random.chance(rates.sensitiveCircumstance)) groups.push({ group: random.pick(SENSITIVE_GROUPS), identifiedOn: daysAgo(child, 10, 700) });

  // HEALTH: disability and HIV first, since they shape schooling and social protection.
  const disability = drawDisability(child);
  const severe = disability?.level === 'SEVERE' || disability?.level === 'ESPECIALLY_SEVERE';
  const disabledOn = severe ? followUp(random, disability!.certifiedOn!, 10, 120) : null;
  if (disabledOn) groups.push({ group: 'DISABLED', identifiedOn: disabledOn });
  const hivStatus: 'POSITIVE' | 'EXPOSED' | null = random.chance(rates.hiv) ? (random.chance(0.8) ? 'POSITIVE' : 'EXPOSED') : null;
  const hiv = hivStatus ? { status: hivStatus, recordedOn: dayOfLife(child, 40, 500) } : null;
  const livingWithHivOn = hiv?.status === 'POSITIVE' ? followUp(random, hiv.recordedOn, 7, 200) : null;
  if (livingWithHivOn) groups.push({ group: 'LIVING_WITH_HIV', identifiedOn: livingWithHivOn });

  const special = groups.length > 0;
  const schooling = drawSchooling(child, groups, special, disability);
  return { groups, special, disability, hiv, ...schooling };
}

/** A disability, detected in the child's first years, then certified for four in five (a month or more later). */
function drawDisability(child: ChildContext): Disability | null {
  const { random, rates, ageDays } = child;
  if (!random.chance(rates.disability)) return null;
  const level = random.chance(0.8) ? random.weighted(['MILD', 'SEVERE', 'ESPECIALLY_SEVERE'] as const, [0.5, 0.35, 0.15]) : null;
  const detectedOn = dayOfLife(child, 30, Math.min(1500, ageDays));
  const certifiedOn = level ? followUp(random, detectedOn, 30, 200) : null;
  return { level: certifiedOn ? level : null, detectedOn, certifiedOn };
}

/** EDUCATION: enrollment by age, and for a few the planted or drawn risk of dropping out. */
function drawSchooling(child: ChildContext, groups: CircumstanceGroup[], special: boolean, disability: Disability | null): Pick<Circumstances, 'plantedRisk' | 'droppedOut' | 'droppedOutOn' | 'pupilNeeded'> {
  const { random, rates, family, minority, truth } = child;
  // Ages as schools count them: reached in the calendar year this school year opened (grade 1 at 6).
  const age = schoolAge(child);
  const plantedRisk: DropoutCause[] = [];
  const inSchoolAges = age >= 3 && age <= 15;
  let droppedOut = false;
  let pupilNeeded = false;
  if (inSchoolAges) {
    const baseEnrolled = age <= 5 ? 0.9 : age <= 10 ? 0.99 : age <= 14 ? 0.95 : 0.8;
    const enrolled = random.chance(baseEnrolled * (minority ? 0.95 : 1) * (family.poverty ? 0.95 : 1) * (disability?.level === 'ESPECIALLY_SEVERE' ? 0.5 : 1));
    const knownUnregistered = truth.planted.noBirthRegistration && age >= 6;
    if (enrolled || knownUnregistered) {
      pupilNeeded = true;
      if (age >= 11 && random.chance(rates.highDropoutRisk)) {
        plantedRisk.push('CHRONIC_ABSENCE');
        const extra = random.pick([['REPEATED_GRADE'], ['POOR_HOUSEHOLD'], ['DROPOUT_WARNING'], ['RECENT_TRANSFER'], ['REPEATED_GRADE', 'POOR_HOUSEHOLD'], ['SPECIAL_CIRCUMSTANCE']] as DropoutCause[][]);
        plantedRisk.push(...extra);
        if (extra.includes('REPEATED_GRADE')) plantedRisk.push('OVER_AGE');
        // The cause must be one the hub can see: sensitive groups (HIV, abuse...) never leave the protection subgraph.
        const visible = groups.some((g) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g.group));
        if (extra.includes('SPECIAL_CIRCUMSTANCE') && !visible) groups.push({ group: 'SERIOUS_ILLNESS_POOR_HOUSEHOLD', identifiedOn: daysAgo(child, 60, 400) });
        // The family is shared by its children: a sibling generated later sees the household as poor too.
        if (extra.includes('POOR_HOUSEHOLD') && !family.poverty) family.poverty = 'POOR';
        truth.planted.highDropoutRisk = [...new Set(plantedRisk)];
      } else if (age >= 11) {
        const multiplier = (family.poverty ? 2.5 : 1) * (minority ? 2 : 1) * (special ? 3 : 1) * (age >= 14 ? 2 : 1);
        droppedOut = random.chance(0.008 * multiplier);
      }
    }
  }
  // A dropout leaves this school year, at least a week after it opened and before the reference date.
  const droppedOutOn = droppedOut ? addDays(SCHOOL_YEAR_OPENED, random.int(7, daysBetween(SCHOOL_YEAR_OPENED, REFERENCE_DATE) - 1)) : null;
  const toWorkOn = droppedOutOn && age >= 12 && family.poverty && random.chance(0.3) ? followUp(random, droppedOutOn, 3, 40) : null;
  if (toWorkOn) groups.push({ group: 'DROPPED_OUT_TO_WORK', identifiedOn: toWorkOn });
  return { plantedRisk, droppedOut, droppedOutOn, pupilNeeded };
}
