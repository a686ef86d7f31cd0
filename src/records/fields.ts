import { isCommuneCode } from '../domain/admin-units';
import { parsePersonalId } from '../domain/personal-id';
import { foldVietnamese } from '../domain/vietnamese';

/** A problem with one cell, in words a clerk can act on. */
export class FieldError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The longest value, in characters, each column takes (names, addresses, free text; codes are
 * short). Columns not listed take DEFAULT_MAX_LENGTH; dates, numbers and enums fail their own
 * format long before it. One table for every kind: a column key means the same thing in each.
 */
export const DEFAULT_MAX_LENGTH = 200;
const MAX_LENGTH: Readonly<Record<string, number>> = {
  address: 500, placeOfBirth: 500, findings: 2000, referredTo: 200, facilityName: 200,
  recordNumber: 50, studentCode: 50, profileNumber: 50, householdNumber: 50, registerBook: 50, registrationNumber: 50,
  facilityCode: 50, schoolCode: 50, decisionNumber: 50, authorityCode: 50, ethnicity: 50, relationToHead: 50,
};
export const maxLengthOf = (column: string): number => MAX_LENGTH[column] ?? DEFAULT_MAX_LENGTH;

/** A UTF-16 surrogate without its pair: no character at all, which PostgreSQL would store as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What makes a text unstorable as given, or null: a NUL (PostgreSQL text refuses it), a lone
 * surrogate (it would be replaced silently), or more than `max` characters.
 */
export function textProblem(value: string, max: number): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000); remove it';
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (an unpaired UTF-16 surrogate); re-type it';
  if (value.length > max) return `is longer than ${max.toLocaleString('en-US')} characters (${value.length.toLocaleString('en-US')})`;
  return null;
}

/** The problem of one cell of a column, as a FieldError, or null. */
export function cellProblem(column: string, value: string): FieldError | null {
  const problem = textProblem(value.trim(), maxLengthOf(column));
  return problem ? new FieldError(column, problem) : null;
}

/** Header names fold like names do: "Mã học sinh", "ma_hoc_sinh" and "MA HOC SINH" are one header. */
export const headerKey = (header: string): string => foldVietnamese(header).replace(/ /g, '_');

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** dd/mm/yyyy (the way Vietnamese forms write dates), ISO yyyy-mm-dd, or an Excel serial day number. */
export function parseDate(value: string, column: string): Date {
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{4,5}(\.\d+)?$/.test(value)) return new Date(EXCEL_EPOCH + Math.floor(Number(value)) * 86_400_000);
  else throw new FieldError(column, `"${value}" is not a date; write dd/mm/yyyy (e.g. 05/09/2025) or yyyy-mm-dd`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new FieldError(column, `"${value}" is not a real date (day ${d}, month ${m}, year ${y})`);
  }
  return date;
}

export function parseInteger(value: string, column: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(value)) throw new FieldError(column, `"${value}" is not a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new FieldError(column, `${n} is out of range (${min} to ${max})`);
  return n;
}

/** An enum value given by its code or any of its labels (Vietnamese or English, any case or accents). */
export function parseEnum<T extends string>(value: string, column: string, labels: Record<T, readonly string[]>): T {
  const key = foldVietnamese(value);
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (foldVietnamese(code) === key || names.some((name) => foldVietnamese(name) === key)) return code;
  }
  const allowed = (Object.entries(labels) as [T, readonly string[]][]).map(([code, names]) => [code, ...names].join(' / ')).join('; ');
  throw new FieldError(column, `"${value}" is not one of: ${allowed}`);
}

export function parseCommuneCode(value: string, column: string): string {
  const code = value.padStart(5, '0');
  if (!/^\d{5}$/.test(code) || !isCommuneCode(code)) throw new FieldError(column, `"${value}" is not a commune code of Decision 19/2025 (five digits, e.g. 00070)`);
  return code;
}

/**
 * A child's personal ID number, kept as the agency gave it. A well-formed number whose sex or
 * birth-year digits contradict the row is accepted (the record is not lost for disagreeing with
 * itself): `personalIdMismatch` words the warning, linkage ignores the number, and the hub lists
 * the child under IDENTITY_MISMATCH. A number that is no personal ID at all is refused.
 */
export function parsePersonalIdFor(value: string, column: string): string {
  if (!parsePersonalId(value)) throw new FieldError(column, `"${value}" is not a personal ID number (12 digits: province, sex/century, year, serial)`);
  return value;
}

/**
 * The warning for a row whose personal ID contradicts its sex or birth year, or null. Reads any
 * parsed row that carries `personalId` and the person's `birthDate` (or only a `birthYear`, as a
 * household member row does) and, where it has one, `sex`.
 */
export function personalIdMismatch(row: unknown, column = 'personalId'): FieldError | null {
  const { personalId, sex, birthDate, birthYear } = (row ?? {}) as { personalId?: unknown; sex?: unknown; birthDate?: unknown; birthYear?: unknown };
  const year = birthDate instanceof Date ? birthDate.getUTCFullYear() : typeof birthYear === 'number' ? birthYear : null;
  if (typeof personalId !== 'string' || year === null) return null;
  const parts = parsePersonalId(personalId);
  if (!parts) return null;
  const contradictions = [
    ...((sex === 'MALE' || sex === 'FEMALE') && parts.sex !== sex ? [`is for a ${parts.sex.toLowerCase()} person, but the row says ${sex.toLowerCase()}`] : []),
    ...(parts.birthYear !== year ? [`says born in ${parts.birthYear}, but the row says ${year}`] : []),
  ];
  if (contradictions.length === 0) return null;
  return new FieldError(column, `personal ID ${personalId} ${contradictions.join(' and ')}; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)`);
}

/** An adult's personal ID number (a parent's, an adoptive parent's): its format only. */
export function parseAdultPersonalId(value: string, column: string): string {
  if (!parsePersonalId(value)) throw new FieldError(column, `"${value}" is not a personal ID number (12 digits: province, sex/century, year, serial)`);
  return value;
}

export const SEX_LABELS = { MALE: ['Nam', 'M', 'male', 'trai'], FEMALE: ['Nữ', 'F', 'female', 'gái'] } as const;
