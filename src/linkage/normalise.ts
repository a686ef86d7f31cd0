import { communeOf } from '../domain/admin-units';
import { linkablePersonalId } from '../domain/personal-id';
import { foldVietnamese } from '../domain/vietnamese';

/** What linkage compares of a record or a master child (identifying fields only). */
export interface LinkIdentity {
  personalId: string | null;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  communeCode: string;
  motherName: string | null;
}

/** An identity in the form the comparisons use: folded name tokens, day numbers, codes. */
export interface NormalisedIdentity {
  /** A valid personal ID (shape and codes), else null: a malformed one is no evidence. */
  personalId: string | null;
  name: NameForm;
  /** Days since 1970-01-01 (UTC). */
  birthDay: number;
  birthYear: number;
  birthMonth: number;
  birthDayOfMonth: number;
  sex: 'MALE' | 'FEMALE';
  communeCode: string;
  provinceCode: string | null;
  mother: NameForm | null;
}

/** A name as the comparisons read it. */
export interface NameForm {
  /** Folded for case, diacritics (đ -> d) and spacing, split in words, in written order. */
  tokens: readonly string[];
  /** The tokens without spaces: spacing differences compare equal. */
  joined: string;
  /**
   * The same words lower-cased with their diacritics, word for word; null when the name was written
   * without any (an export that strips them says nothing about tone marks).
   */
  marked: readonly string[] | null;
}

const DAY_MS = 86_400_000;

const nameTokens = (name: string): string[] => foldVietnamese(name).split(' ').filter(Boolean);

const markedTokens = (name: string): string[] => name.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);

export function nameForm(name: string): NameForm {
  const tokens = nameTokens(name);
  const marked = markedTokens(name);
  const hasMarks = /[^\u0000-\u007f]/.test(name);
  return { tokens, joined: tokens.join(''), marked: hasMarks && marked.length === tokens.length ? marked : null };
}

export function normaliseIdentity(identity: LinkIdentity): NormalisedIdentity {
  const date = identity.birthDate;
  const mother = identity.motherName ? nameForm(identity.motherName) : null;
  return {
    personalId: linkablePersonalId(identity.personalId, identity.sex, date.getUTCFullYear()),
    name: nameForm(identity.fullName),
    birthDay: Math.floor(date.getTime() / DAY_MS),
    birthYear: date.getUTCFullYear(),
    birthMonth: date.getUTCMonth() + 1,
    birthDayOfMonth: date.getUTCDate(),
    sex: identity.sex,
    communeCode: identity.communeCode,
    provinceCode: communeOf(identity.communeCode)?.provinceCode ?? null,
    mother: mother?.tokens.length ? mother : null,
  };
}

/** The date with day and month swapped, as a day number; null when that is no date or the same one. */
export function transposedBirthDay(identity: NormalisedIdentity): number | null {
  const { birthDayOfMonth: d, birthMonth: m, birthYear: y } = identity;
  if (d === m || d > 12) return null;
  return Math.floor(Date.UTC(y, d - 1, m) / DAY_MS);
}
