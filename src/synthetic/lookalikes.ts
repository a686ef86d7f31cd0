/**
 * Children planted to look like another child, whom linkage must keep apart. A family may copy the
 * previous family's first child: a namesake in another commune of the province (`namesakeOf`), or
 * a lookalike in the same commune (`planted.lookalikes`, listed by both children). Twins and
 * triplets are planted within their own family (generator.ts). Copying only from the previous
 * family keeps memory flat: nothing older than one family is remembered.
 */
import type { Province } from '../domain/admin-units';
import { addDays, DAY, REFERENCE_DATE } from './child-context';
import { drawName, type PersonName, type Sex } from './names';
import type { Random } from './random';
import type { Rates } from './rates';
import type { LookalikeKind } from './truth';

/** Lookalikes one family plants in the next. */
export type NextFamilyKind = Exclude<LookalikeKind, 'TWIN' | 'TRIPLET'>;
/** How a family copies the previous family's first child. */
export type CopyKind = NextFamilyKind | 'NAMESAKE_OTHER_COMMUNE';

/** A family's first child, as the next family may copy them. */
export interface SourceChild {
  childId: string;
  name: PersonName;
  birthDate: Date;
  sex: Sex;
  province: Province;
  communeCode: string;
  ethnicity: string;
  motherName: string | null;
  /** The given name one tone mark away from this child's, when a TONE_MARK lookalike is planned. */
  toneMarkGiven?: string;
}

export interface Copy {
  kind: CopyKind;
  source: SourceChild;
}

/** Which lookalike (if any) the next family plants of this family's first child. */
export function drawNextFamilyKind(random: Random, rates: Rates): NextFamilyKind | null {
  const kinds: [NextFamilyKind, number][] = [
    ['NAMESAKE_SAME_COMMUNE', rates.namesakeSameCommune], ['NAMESAKE_SAME_FAMILY', rates.namesakeSameFamily],
    ['TONE_MARK', rates.toneMarkLookalike], ['GIVEN_NAME', rates.givenNameLookalike],
  ];
  let draw = random.next();
  for (const [kind, rate] of kinds) {
    if (draw < rate) return kind;
    draw -= rate;
  }
  return null;
}

/** The copy's given name when its source fixes it: the copying family's parents must not carry it. */
export function copiedGiven(copy: Copy): string | null {
  if (copy.kind === 'GIVEN_NAME') return null;
  return copy.kind === 'TONE_MARK' ? copy.source.toneMarkGiven! : copy.source.name.given;
}

/** The source's name, with another given name for GIVEN_NAME and the tone-mark twin for TONE_MARK. */
export function copiedName(random: Random, copy: Copy, ethnicity: string, takenGiven: readonly string[]): PersonName {
  const { name, sex } = copy.source;
  if (copy.kind !== 'GIVEN_NAME') return { ...name, given: copiedGiven(copy)! };
  return { ...name, given: drawName(random, sex, ethnicity, name.family, [...takenGiven, name.given]).given };
}

/**
 * The copy's birth date: the source's for namesakes in another commune and for the near-namesakes
 * (tone mark, given name); another day of the same year for a namesake of the commune; within two
 * years for a cousin. Never after the reference date.
 */
export function copiedBirthDate(random: Random, copy: Copy): Date {
  const { birthDate } = copy.source;
  if (copy.kind === 'NAMESAKE_SAME_COMMUNE') {
    const year = birthDate.getUTCFullYear();
    const first = Date.UTC(year, 0, 1);
    const last = Math.min(Date.UTC(year, 11, 31), REFERENCE_DATE.getTime());
    return new Date(first + random.int(0, Math.round((last - first) / DAY)) * DAY);
  }
  if (copy.kind === 'NAMESAKE_SAME_FAMILY') {
    const offset = random.int(-730, 730);
    const date = addDays(birthDate, offset);
    return date > REFERENCE_DATE ? addDays(birthDate, -offset) : date;
  }
  return birthDate;
}
