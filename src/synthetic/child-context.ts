/**
 * What every agency writer of the synthetic population shares: the batch being filled, the child
 * being generated, and the date arithmetic all of them do against one fixed reference date.
 */
import { communeOf, communesOf, type Province } from '../domain/admin-units';
import { openingYearOf, previousSchoolYear, schoolYearOn } from '../domain/school-year';
import { emptyBatchRows, type BatchRows, type Row } from './batch';
import type { Sex } from './names';
import type { Random } from './random';
import type { Rates } from './rates';
import type { TruthRecord } from './truth';

/** Ages and "overdue" are computed against this date, not today, so the data never drifts. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 10, 1));
/** Every row's createdAt/updatedAt, so two runs produce identical tables. */
export const STAMP = new Date(Date.UTC(2026, 10, 1, 8, 0, 0));
/** The school year under way on the reference date, as the hub reckons it from its "today". */
export const SCHOOL_YEAR = schoolYearOn(REFERENCE_DATE);
export const PREVIOUS_SCHOOL_YEAR = previousSchoolYear(SCHOOL_YEAR);
/** Opening days of the current and previous school years (5 September), and the day the previous one closed (31 May). */
export const SCHOOL_YEAR_OPENED = new Date(Date.UTC(openingYearOf(SCHOOL_YEAR), 8, 5));
export const PREVIOUS_SCHOOL_YEAR_OPENED = new Date(Date.UTC(openingYearOf(SCHOOL_YEAR) - 1, 8, 5));
export const PREVIOUS_SCHOOL_YEAR_CLOSED = new Date(Date.UTC(openingYearOf(SCHOOL_YEAR), 4, 31));
export const DAY = 86_400_000;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);

/*
 * Dates of events in a child's life. Every one lies on or after birth and before the reference
 * date (on it only for a child born that day), and an event that follows another (certification
 * after detection, support after identification) lies strictly after it, or has not happened yet.
 */

/** A day `from` to `to` days after birth, squeezed into the child's life so far. */
export function dayOfLife(child: Pick<ChildContext, 'random' | 'birthDate' | 'ageDays'>, from: number, to: number): Date {
  const hi = Math.max(0, Math.min(to, child.ageDays - 1));
  return addDays(child.birthDate, child.random.int(Math.max(0, Math.min(from, hi)), hi));
}

/** A day `from` to `to` days before the reference date, never before birth. */
export function daysAgo(child: Pick<ChildContext, 'random' | 'birthDate' | 'ageDays'>, from: number, to: number): Date {
  return dayOfLife(child, child.ageDays - to, child.ageDays - from);
}

/**
 * A day `minDays` to `maxDays` after `from` and before the reference date; when the time left is
 * shorter, within what is left (no earlier than `from` itself only if minDays is 0); null when no
 * day is left: the event has not happened yet.
 */
export function followUp(random: Random, from: Date, minDays: number, maxDays: number): Date | null {
  const last = daysBetween(from, REFERENCE_DATE) - 1;
  if (last < Math.min(minDays, 1)) return null;
  const hi = Math.min(maxDays, last);
  return addDays(from, random.int(Math.min(minDays, Math.ceil(hi / 2)), hi));
}

/** The age a child reaches in the calendar year the current school year opened: grade 1 at 6. */
export const schoolAge = (child: Pick<ChildContext, 'birthYear'>): number => openingYearOf(SCHOOL_YEAR) - child.birthYear;
export const stamped = <T extends Row>(row: T): T => ({ ...row, createdAt: STAMP, updatedAt: STAMP });
/** The same for tables that keep only updatedAt (household members, reception steps). */
export const touched = <T extends Row>(row: T): T => ({ ...row, updatedAt: STAMP });

type Level = 'PRESCHOOL' | 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY';
const LEVEL_SUFFIX: Record<Level, string> = { PRESCHOOL: 'MN', PRIMARY: 'TH', LOWER_SECONDARY: 'THCS', UPPER_SECONDARY: 'THPT' };
const LEVEL_LABEL: Record<Level, string> = { PRESCHOOL: 'Trường Mầm non', PRIMARY: 'Trường Tiểu học', LOWER_SECONDARY: 'Trường THCS', UPPER_SECONDARY: 'Trường THPT' };
const levelOfGrade = (grade: number): Level => (grade === 0 ? 'PRESCHOOL' : grade <= 5 ? 'PRIMARY' : grade <= 9 ? 'LOWER_SECONDARY' : 'UPPER_SECONDARY');

export interface Parent {
  name: string;
  birthYear: number;
}

export interface Family {
  index: number;
  province: Province;
  communeCode: string;
  ethnicity: string;
  poverty: 'POOR' | 'NEAR_POOR' | null;
  father: Parent | null;
  mother: Parent | null;
  householdId: string;
  address: string;
}

export interface PopulationBatch {
  rows: BatchRows;
  truth: TruthRecord[];
  children: number;
}

const emptyBatch = (): PopulationBatch => ({ rows: emptyBatchRows(), truth: [], children: 0 });

/**
 * The batch being filled, and what must stay unique across batches: serial numbers (personal IDs,
 * registration numbers) and schools, each written once by the first child who attends it.
 */
export class PopulationSink {
  batch: PopulationBatch = emptyBatch();
  private readonly serials = new Map<string, number>();
  private readonly schoolsWritten = new Set<string>();

  push(subgraph: keyof BatchRows, table: string, row: Row): void {
    this.batch.rows[subgraph][table].push(row);
  }

  nextSerial(prefix: string): number {
    const serial = (this.serials.get(prefix) ?? 0) + 1;
    this.serials.set(prefix, serial);
    return serial;
  }

  /** The school a child of this family attends in this grade, written on first use. */
  schoolFor(family: Family, grade: number): string {
    const level = levelOfGrade(grade);
    // Upper-secondary schools serve several communes: one per group of four, by commune order.
    const communes = communesOf(family.province.code);
    const host = level === 'UPPER_SECONDARY' ? communes[Math.floor(communes.findIndex((c) => c.code === family.communeCode) / 4) * 4] : communeOf(family.communeCode)!;
    const code = `${host.code}${LEVEL_SUFFIX[level]}`;
    if (!this.schoolsWritten.has(code)) {
      this.schoolsWritten.add(code);
      this.push('education', 'School', { code, name: `${LEVEL_LABEL[level]} ${host.name.replace(/^(Xã|Phường|Đặc khu) /, '')}`, level, provinceCode: family.province.code, communeCode: host.code });
    }
    return code;
  }

  /** The batch filled so far; the sink starts an empty one. */
  take(): PopulationBatch {
    const full = this.batch;
    this.batch = emptyBatch();
    return full;
  }
}

/** One child being generated: who they are, and where their records and known answers go. */
export interface ChildContext {
  random: Random;
  rates: Rates;
  sink: PopulationSink;
  family: Family;
  /** The child's sequence number in the population. */
  index: number;
  /** Stable ids of this child's records, by label. */
  id: (label: string) => string;
  childId: string;
  fullName: string;
  birthDate: Date;
  birthYear: number;
  sex: Sex;
  ageDays: number;
  age: number;
  minority: boolean;
  abandoned: boolean;
  truth: TruthRecord;
}

export type RecordAgency = TruthRecord['records'][number]['agency'];

/** Records an agency's subject record in the known answers and in the registry's seeded links. */
export function linkRecord(child: ChildContext, agency: RecordAgency, kind: string, recordId: string, extra: { hasPersonalId: boolean; nameVariant?: string | null; birthDateVariant?: boolean; hardCases?: TruthRecord['records'][number]['hardCases'] }): void {
  child.truth.records.push({ agency, kind, id: recordId, hasPersonalId: extra.hasPersonalId, nameVariant: extra.nameVariant ?? null, birthDateVariant: extra.birthDateVariant ?? false, ...(extra.hardCases?.length ? { hardCases: [...extra.hardCases] } : {}) });
  child.sink.push('registry', 'RecordLink', { id: child.id(`link:${kind}`), childId: child.childId, agency, recordKind: kind, sourceRecordId: recordId, method: 'SEED_TRUTH', score: null, linkedAt: STAMP, syncedAt: STAMP });
}

export function communeName(family: Family): string {
  return communeOf(family.communeCode)!.name;
}

export function neighbourCommune(family: Family): string {
  const communes = communesOf(family.province.code);
  return communes.find((c) => c.code !== family.communeCode)?.code ?? family.communeCode;
}

export function foundPlace(random: Random, family: Family): string {
  return random.pick([`Cổng Bệnh viện Đa khoa ${family.province.name}`, `Cổng chùa, ${communeName(family)}`, `Trước cửa nhà dân, ${communeName(family)}`, `Trạm Y tế ${communeName(family)}`]);
}
