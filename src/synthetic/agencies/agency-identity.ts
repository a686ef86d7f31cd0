import { communesOf, PROVINCES } from '../../domain/admin-units';
import { addDays, REFERENCE_DATE, type ChildContext } from '../child-context';
import { misspell, regionalForm, type NameVariant } from '../names';
import type { Random } from '../random';
import type { RecordHardCase, TruthRecord } from '../truth';

export interface AgencyIdentity {
  fields: { fullName: string; birthDate: Date; sex: ChildContext['sex']; personalId: string | null; communeCode: string; motherName: string | null };
  truth: { hasPersonalId: boolean; nameVariant: NameVariant | null; birthDateVariant: boolean; hardCases: RecordHardCase[] };
}

const SPELLING_VARIANTS: readonly NameVariant[] = ['NO_DIACRITICS', 'TYPO', 'SWAPPED_ORDER', 'MIDDLE_DROPPED'];
/** Of the families who move, the share who stay in their province. */
const MOVES_WITHIN_PROVINCE = 0.8;

/** An agency's own subject record of the child: its spelling, its copy of the personal ID, its commune. */
export function drawAgencyIdentity(child: ChildContext, personalId: string | null): AgencyIdentity {
  const { random, rates, fullName, birthDate, sex, family, age } = child;
  const variant = random.chance(rates.nameVariant) ? nameVariant(child) : null;
  const dateVariant = random.chance(rates.birthDateVariant);
  const hasPersonalId = personalId !== null && !random.chance(rates.agencyRecordWithoutPersonalId);
  const moved = age >= 2 && random.chance(rates.lateMovedRecord);
  const hardCases: RecordHardCase[] = [];
  if (variant === 'REGIONAL_SPELLING') hardCases.push('REGIONAL_SPELLING');
  if (moved) hardCases.push('LATE_MOVED');
  return {
    fields: {
      fullName: variant ? misspell(random, fullName, variant) : fullName, birthDate: dateVariant ? variantBirthDate(random, birthDate) : birthDate, sex,
      personalId: hasPersonalId ? personalId : null, communeCode: moved ? newCommune(child) : family.communeCode, motherName: family.mother?.name ?? null,
    },
    truth: { hasPersonalId, nameVariant: variant, birthDateVariant: dateVariant, hardCases },
  };
}

/** A Kinh family name with a northern and a southern form is written in the other form as often as any other variant. */
function nameVariant(child: ChildContext): NameVariant {
  const regional = child.family.ethnicity === 'Kinh' && regionalForm(child.fullName.split(' ')[0]) !== undefined;
  return child.random.pick(regional ? [...SPELLING_VARIANTS, 'REGIONAL_SPELLING'] : SPELLING_VARIANTS);
}

/**
 * The date as a clerk got it wrong: day and month transposed (when both can be months), a few days
 * off, or only the year right (written as 1 January, as papers do when the day is unknown).
 */
function variantBirthDate(random: Random, birthDate: Date): Date {
  const year = birthDate.getUTCFullYear();
  const d = birthDate.getUTCDate();
  const m = birthDate.getUTCMonth() + 1;
  const kind = random.weighted(['TRANSPOSED', 'DAYS_OFF', 'YEAR_ONLY'] as const, [0.5, 0.3, 0.2]);
  let date: Date | null = null;
  if (kind === 'TRANSPOSED' && d <= 12 && d !== m) date = new Date(Date.UTC(year, d - 1, m));
  else if (kind === 'YEAR_ONLY' && !(d === 1 && m === 1)) date = new Date(Date.UTC(year, 0, 1));
  // A few days off; never a date after the reference date (the child was born by then).
  if (!date || date > REFERENCE_DATE) date = addDays(birthDate, random.pick([-3, -2, -1, 1, 2, 3]));
  return date > REFERENCE_DATE ? addDays(birthDate, -random.int(1, 3)) : date;
}

/** Where a child's family moved: one commune per child, whichever late record shows it first. */
const movedTo = new WeakMap<TruthRecord, string>();

function newCommune(child: ChildContext): string {
  const known = movedTo.get(child.truth);
  if (known) return known;
  const { random, family } = child;
  const province = random.chance(MOVES_WITHIN_PROVINCE) ? family.province : random.weighted(PROVINCES, PROVINCES.map((p) => p.weight));
  const communes = communesOf(province.code).filter((c) => c.code !== family.communeCode);
  const code = random.pick(communes).code;
  movedTo.set(child.truth, code);
  return code;
}
