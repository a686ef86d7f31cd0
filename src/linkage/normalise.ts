import { communeOf } from '../domain/admin-units';
import { parsePersonalId } from '../domain/personal-id';
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
  /** Name folded for case, diacritics (đ -> d) and spacing, split in words, in written order. */
  nameTokens: readonly string[];
  /** The tokens without spaces: spacing differences compare equal. */
  nameJoined: string;
  /** Days since 1970-01-01 (UTC). */
  birthDay: number;
  birthYear: number;
  birthMonth: number;
  birthDayOfMonth: number;
  sex: 'MALE' | 'FEMALE';
  communeCode: string;
  provinceCode: string | null;
  motherTokens: readonly string[] | null;
  motherJoined: string;
}

const DAY_MS = 86_400_000;

export const nameTokens = (name: string): string[] => foldVietnamese(name).split(' ').filter(Boolean);

export function normaliseIdentity(identity: LinkIdentity): NormalisedIdentity {
  const date = identity.birthDate;
  const mother = identity.motherName ? nameTokens(identity.motherName) : [];
  const tokens = nameTokens(identity.fullName);
  return {
    personalId: identity.personalId && parsePersonalId(identity.personalId) ? identity.personalId : null,
    nameTokens: tokens,
    nameJoined: tokens.join(''),
    birthDay: Math.floor(date.getTime() / DAY_MS),
    birthYear: date.getUTCFullYear(),
    birthMonth: date.getUTCMonth() + 1,
    birthDayOfMonth: date.getUTCDate(),
    sex: identity.sex,
    communeCode: identity.communeCode,
    provinceCode: communeOf(identity.communeCode)?.provinceCode ?? null,
    motherTokens: mother.length ? mother : null,
    motherJoined: mother.join(''),
  };
}

/** The date with day and month swapped, as a day number; null when that is no date or the same one. */
export function transposedBirthDay(identity: NormalisedIdentity): number | null {
  const { birthDayOfMonth: d, birthMonth: m, birthYear: y } = identity;
  if (d === m || d > 12) return null;
  return Math.floor(Date.UTC(y, d - 1, m) / DAY_MS);
}
