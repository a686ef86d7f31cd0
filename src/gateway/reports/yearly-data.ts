import type { ExportExecutor } from '../exports';
import { refusalOfAnswer } from '../exports/download-refusal';
import type { YearlyReportParams } from './report-params';
import { EMPTY_CELL, type ReportCell, type ReportIndicator, type ReportRow, type ReportSection, type YearlyReport } from './yearly-model';

const YEARLY_REPORT_QUERY = `query YearlyReport($filter: IndicatorFilter!) {
  indicatorCatalogue { id group name nameEn unit numerator denominator numeratorVi denominatorVi sources legalBasis target { comparison value } }
  indicators(filter: $filter, disaggregate: [COMMUNE]) {
    asOf
    tables { indicator { id } cells { areaCode areaName areaLevel category numerator denominator value suppressed meetsTarget } }
  }
}`;

interface AnsweredCell extends ReportCell {
  areaCode: string;
  areaName: string;
  areaLevel: string;
  category: string | null;
}

interface Answer {
  indicatorCatalogue: ReportIndicator[];
  indicators: { asOf: string; tables: { indicator: { id: string }; cells: AnsweredCell[] }[] };
}


/**
 * One operation, run as the caller: the catalogue and the province's indicators by commune for the
 * year. A refusal (outside the caller's jurisdiction, a year without values, an agency that may not
 * read aggregates) becomes the download's status and message, as for the exports.
 */
export async function fetchYearlyReport(execute: ExportExecutor, params: YearlyReportParams): Promise<YearlyReport> {
  const body = await execute({
    query: YEARLY_REPORT_QUERY,
    variables: { filter: { provinceCode: params.provinceCode, year: params.year } },
    operationName: 'YearlyReport',
  });
  const error = body.errors?.[0];
  const answer = body.data as Answer | null | undefined;
  if (error || !answer?.indicatorCatalogue || !answer.indicators) throw refusalOfAnswer(error, 'the indicators could not be read');
  return assemble(params, answer);
}

/** The answer as report sections: one per catalogue group, in catalogue order. */
function assemble(params: YearlyReportParams, answer: Answer): YearlyReport {
  const catalogue = answer.indicatorCatalogue;
  const cellsOf = new Map(answer.indicators.tables.map((t) => [t.indicator.id, new Map(t.cells.filter((c) => c.category === null).map((c) => [c.areaCode, c]))]));
  // Every table has the same areas in the same order: the province's total, then its communes.
  const areas = (answer.indicators.tables[0]?.cells ?? []).filter((c) => c.category === null);
  const province = areas.find((a) => a.areaLevel === 'PROVINCE');
  const groups = [...new Set(catalogue.map((i) => i.group))];
  const sections: ReportSection[] = groups.map((group) => {
    const indicators = catalogue.filter((i) => i.group === group && cellsOf.has(i.id));
    const rows: ReportRow[] = areas.map((area) => ({
      areaCode: area.areaCode,
      areaName: area.areaName,
      areaLevel: area.areaLevel,
      cells: indicators.map((i) => publishedCell(cellsOf.get(i.id)!.get(area.areaCode))),
    }));
    return { group, indicators, rows };
  });
  return {
    provinceCode: params.provinceCode,
    provinceName: province?.areaName ?? params.provinceCode,
    year: params.year,
    asOf: new Date(`${answer.indicators.asOf.slice(0, 10)}T00:00:00Z`),
    sections: sections.filter((s) => s.indicators.length > 0),
    catalogue,
  };
}

function publishedCell(cell: AnsweredCell | undefined): ReportCell {
  if (!cell) return EMPTY_CELL;
  const { numerator, denominator, value, suppressed, meetsTarget } = cell;
  return { numerator, denominator, value, suppressed, meetsTarget };
}
