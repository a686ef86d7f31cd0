/**
 * Personal identification number (số định danh cá nhân): 12 digits `PPP G YY NNNNNN`.
 * PPP is the old (pre-2025) 3-digit province code of birth registration; G encodes sex and century.
 */
import { LEGACY_PERSONAL_ID_PROVINCE_CODES } from './admin-units';

export const PERSONAL_ID_PATTERN = /^\d{12}$/;

export type Sex = 'MALE' | 'FEMALE';

export interface PersonalIdParts {
  provinceCode: string;
  sex: Sex;
  birthYear: number;
  serial: string;
}

/** Parses a well-formed number; returns null when its shape or codes are impossible. */
export function parsePersonalId(value: string): PersonalIdParts | null {
  if (!PERSONAL_ID_PATTERN.test(value)) return null;
  const provinceCode = value.slice(0, 3);
  if (!LEGACY_PERSONAL_ID_PROVINCE_CODES.has(provinceCode)) return null;
  const g = Number(value[3]);
  if (g > 3) return null;
  const century = g < 2 ? 1900 : 2000;
  return {
    provinceCode,
    sex: g % 2 === 0 ? 'MALE' : 'FEMALE',
    birthYear: century + Number(value.slice(4, 6)),
    serial: value.slice(6),
  };
}

/** Builds a number from its parts (used by the synthetic population). */
export function formatPersonalId(provinceCode: string, sex: Sex, birthYear: number, serial: number): string {
  if (!/^\d{3}$/.test(provinceCode)) throw new RangeError(`province code must have 3 digits: ${provinceCode}`);
  if (birthYear < 1900 || birthYear > 2099) throw new RangeError(`G encodes births in 1900-2099 only: ${birthYear}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 999_999) throw new RangeError(`serial must be 0-999999: ${serial}`);
  const g = (birthYear >= 2000 ? 2 : 0) + (sex === 'FEMALE' ? 1 : 0);
  return `${provinceCode}${g}${String(birthYear % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** A well-formed number whose sex or birth year contradicts the record is a data-quality flag. */
export function contradictsRecord(value: string, sex: Sex, birthYear: number): boolean {
  const parts = parsePersonalId(value);
  return parts !== null && (parts.sex !== sex || parts.birthYear !== birthYear);
}

/**
 * The number linkage may match on: well-formed and agreeing with the record's sex and birth year.
 * A contradicting one stays on the agency's record (flagged IDENTITY_MISMATCH) but is no evidence
 * of who the child is: it may be a sibling's or a mistyped one that belongs to another child.
 */
export function linkablePersonalId(value: string | null, sex: Sex, birthYear: number): string | null {
  return value && parsePersonalId(value) && !contradictsRecord(value, sex, birthYear) ? value : null;
}
