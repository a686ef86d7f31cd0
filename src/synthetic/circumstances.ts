/**
 * A child's circumstances, drawn before the records that show them: special-circumstance groups,
 * disability and HIV (which shape schooling and social protection), and schooling itself, where
 * dropouts concentrate among older, poorer, minority and special-circumstance children.
 */
import { addDays, REFERENCE_DATE, type ChildContext } from './child-context';
import type { Reception } from './agencies/reception';
import type { DropoutCause } from './truth';

const SENSITIVE_GROUPS = ['SEVERELY_HARMED_BY_VIOLENCE', 'SEXUALLY_ABUSED', 'TRAFFICKED', 'IN_CONFLICT_WITH_LAW', 'EXPLOITED', 'DRUG_ADDICTED'] as const;

export interface CircumstanceGroup {
  group: string;
  identifiedOn: Date;
  endedOn?: Date | null;
}

export interface Circumstances {
  groups: CircumstanceGroup[];
  /** Whether the child had any group before schooling was drawn. */
  special: boolean;
  /** undefined: no disability; null: a disability without a certificate. */
  disabilityLevel: 'MILD' | 'SEVERE' | 'ESPECIALLY_SEVERE' | null | undefined;
  hiv: 'POSITIVE' | 'EXPOSED' | null;
  plantedRisk: DropoutCause[];
  droppedOut: boolean;
  pupilNeeded: boolean;
}

export function drawCircumstances(child: ChildContext, reception: Reception | null): Circumstances {
  const { random, rates, birthDate, ageDays, age, abandoned } = child;
  // SOCIAL: special circumstances and the household's poverty listing.
  const groups: CircumstanceGroup[] = [];
  if (abandoned) groups.push({ group: 'ABANDONED', identifiedOn: reception!.foundAt });
  if (!abandoned && age >= 1 && random.chance(rates.orphaned)) groups.push({ group: 'ORPHANED_BOTH_PARENTS', identifiedOn: addDays(birthDate, random.int(200, ageDays)) });
  if (!abandoned && random.chance(rates.withoutCarer)) groups.push({ group: 'WITHOUT_CARER', identifiedOn: addDays(REFERENCE_DATE, -random.int(30, 900)) });
  if (age >= 6 && random.chance(rates.sensitiveCircumstance)) groups.push({ group: random.pick(SENSITIVE_GROUPS), identifiedOn: addDays(REFERENCE_DATE, -random.int(10, 700)) });

  // HEALTH: disability and HIV first, since they shape schooling and social protection.
  const disabilityLevel = random.chance(rates.disability) ? (random.chance(0.8) ? random.weighted(['MILD', 'SEVERE', 'ESPECIALLY_SEVERE'] as const, [0.5, 0.35, 0.15]) : null) : undefined;
  if (disabilityLevel === 'SEVERE' || disabilityLevel === 'ESPECIALLY_SEVERE') groups.push({ group: 'DISABLED', identifiedOn: addDays(birthDate, Math.min(ageDays, random.int(300, 2000))) });
  const hiv = random.chance(rates.hiv) ? (random.chance(0.8) ? 'POSITIVE' : 'EXPOSED') : null;
  if (hiv === 'POSITIVE') groups.push({ group: 'LIVING_WITH_HIV', identifiedOn: addDays(birthDate, Math.min(ageDays, random.int(60, 700))) });

  const special = groups.length > 0;
  const schooling = drawSchooling(child, groups, special, disabilityLevel);
  return { groups, special, disabilityLevel, hiv, ...schooling };
}

/** EDUCATION: enrollment by age, and for a few the planted or drawn risk of dropping out. */
function drawSchooling(child: ChildContext, groups: CircumstanceGroup[], special: boolean, disabilityLevel: Circumstances['disabilityLevel']): Pick<Circumstances, 'plantedRisk' | 'droppedOut' | 'pupilNeeded'> {
  const { random, rates, family, age, minority, truth } = child;
  const plantedRisk: DropoutCause[] = [];
  const schoolAge = age >= 3 && age <= 15;
  let droppedOut = false;
  let pupilNeeded = false;
  if (schoolAge) {
    const baseEnrolled = age <= 5 ? 0.9 : age <= 10 ? 0.99 : age <= 14 ? 0.95 : 0.8;
    const enrolled = random.chance(baseEnrolled * (minority ? 0.95 : 1) * (family.poverty ? 0.95 : 1) * (disabilityLevel === 'ESPECIALLY_SEVERE' ? 0.5 : 1));
    const knownUnregistered = truth.planted.noBirthRegistration && age >= 6;
    if (enrolled || knownUnregistered) {
      pupilNeeded = true;
      if (age >= 11 && random.chance(rates.highDropoutRisk)) {
        plantedRisk.push('CHRONIC_ABSENCE');
        const extra = random.pick([['REPEATED_GRADE'], ['POOR_HOUSEHOLD'], ['DROPOUT_WARNING'], ['RECENT_TRANSFER'], ['REPEATED_GRADE', 'POOR_HOUSEHOLD'], ['SPECIAL_CIRCUMSTANCE']] as DropoutCause[][]);
        plantedRisk.push(...extra);
        if (extra.includes('REPEATED_GRADE')) plantedRisk.push('OVER_AGE');
        if (extra.includes('SPECIAL_CIRCUMSTANCE') && !special) groups.push({ group: 'SERIOUS_ILLNESS_POOR_HOUSEHOLD', identifiedOn: addDays(REFERENCE_DATE, -random.int(60, 400)) });
        // The family is shared by its children: a sibling generated later sees the household as poor too.
        if (extra.includes('POOR_HOUSEHOLD') && !family.poverty) family.poverty = 'POOR';
        truth.planted.highDropoutRisk = [...new Set(plantedRisk)];
      } else if (age >= 11) {
        const multiplier = (family.poverty ? 2.5 : 1) * (minority ? 2 : 1) * (special ? 3 : 1) * (age >= 14 ? 2 : 1);
        droppedOut = random.chance(0.008 * multiplier);
      }
    }
  }
  if (droppedOut && age >= 12 && family.poverty && random.chance(0.3)) groups.push({ group: 'DROPPED_OUT_TO_WORK', identifiedOn: addDays(REFERENCE_DATE, -random.int(30, 200)) });
  return { plantedRisk, droppedOut, pupilNeeded };
}
