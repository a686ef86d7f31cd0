import type { Jurisdiction } from '../../../auth/principal';
import { checkAreaFilter } from '../area-filter';
import { badUserInput } from '../../../shared/errors';

/** A WHERE clause built from validated filter parts, with numbered parameters. */
export class SqlConditions {
  readonly parts: string[] = [];
  readonly values: unknown[] = [];

  /** `condition` receives the placeholder of `value`, e.g. (p) => `"provinceCode" = ${p}`. */
  add(condition: (placeholder: string) => string, value: unknown): this {
    this.values.push(value);
    this.parts.push(condition(`$${this.values.length}`));
    return this;
  }

  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** Area filters and the caller's jurisdiction, on tables with the child's provinceCode and communeCode. */
export function areaConditions(conditions: SqlConditions, filter: { provinceCode?: string | null; communeCode?: string | null }, jurisdiction: Jurisdiction): SqlConditions {
  checkAreaFilter(filter);
  if (filter.provinceCode != null) conditions.add((p) => `"provinceCode" = ${p}`, filter.provinceCode);
  if (filter.communeCode != null) conditions.add((p) => `"communeCode" = ${p}`, filter.communeCode);
  if (jurisdiction.kind === 'province') conditions.add((p) => `"provinceCode" = ${p}`, jurisdiction.code);
  if (jurisdiction.kind === 'commune') conditions.add((p) => `"communeCode" = ${p}`, jurisdiction.code);
  return conditions;
}

export function validSchoolYear(year: string): string {
  const match = /^(\d{4})-(\d{4})$/.exec(year);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw badUserInput(`schoolYear looks like "2025-2026"; got "${year}"`, 'filter');
  return year;
}
