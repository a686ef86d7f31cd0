/**
 * The yearly indicator report as both writers (workbook and HTML page) read it: the catalogue's
 * groups as sections, each a table of the province's total and its communes by the group's indicators.
 */

export interface ReportIndicator {
  id: string;
  group: string;
  name: string;
  nameEn: string;
  /** PERCENT or MEDIAN_DAYS. */
  unit: string;
  /** Who the numerator counts; null for a median. */
  numerator: string | null;
  denominator: string;
  numeratorVi: string | null;
  denominatorVi: string;
  sources: string[];
  legalBasis: string;
  target: { comparison: string; value: number } | null;
}

/** One area's values for one indicator, as the `indicators` query published them (null when withheld). */
export interface ReportCell {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
  meetsTarget: boolean | null;
}

export interface ReportRow {
  areaCode: string;
  areaName: string;
  /** PROVINCE for the total row, COMMUNE for the others. */
  areaLevel: string;
  /** One per indicator of the section, in the section's order. */
  cells: ReportCell[];
}

export interface ReportSection {
  group: string;
  indicators: ReportIndicator[];
  /** The province's total first, then its communes. */
  rows: ReportRow[];
}

export interface YearlyReport {
  provinceCode: string;
  provinceName: string;
  year: number;
  /** The day the values hold for (UTC midnight). */
  asOf: Date;
  sections: ReportSection[];
  /** Every indicator, in catalogue order: the definitions. */
  catalogue: ReportIndicator[];
}

/** A column an indicator has in a section's table. */
export type Measure = 'numerator' | 'denominator' | 'value' | 'meetsTarget';

/**
 * An indicator's columns: a median has no numerator, and an indicator without a target nothing to
 * meet, so neither gets a column that could only ever be empty.
 */
export function measuresOf(indicator: ReportIndicator): Measure[] {
  return [
    ...(indicator.numerator === null ? [] : (['numerator'] as const)),
    'denominator',
    'value',
    ...(indicator.target === null ? [] : (['meetsTarget'] as const)),
  ];
}

/** A value withheld from a published cell: the writers leave it empty and shade it. */
export function isWithheld(cell: ReportCell, measure: Measure): boolean {
  return cell.suppressed && (measure === 'value' || measure === 'meetsTarget' || cell[measure] === null);
}

export const EMPTY_CELL: ReportCell = { numerator: null, denominator: null, value: null, suppressed: false, meetsTarget: null };

/** The day by which a province reports a year's results: before 20 November of that year. */
export const reportDueBefore = (year: number): Date => new Date(Date.UTC(year, 10, 20));
