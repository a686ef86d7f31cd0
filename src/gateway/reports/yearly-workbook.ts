import ExcelJS from 'exceljs';
import { countsText, groupTitle, indicatorName, measureLabel, meetsTargetText, sourcesText, targetText, type ReportLabels } from './report-labels';
import { isWithheld, measuresOf, reportDueBefore, type Measure, type ReportCell, type ReportSection, type YearlyReport } from './yearly-model';

const DATE_FORMAT = 'dd/mm/yyyy';
const COUNT_FORMAT = '#,##0';
/** A percent shows its one decimal; a median (whole days) needs no format. */
const FORMAT_OF_UNIT: Record<string, string> = { PERCENT: '0.0' };
const WITHHELD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFA6A6A6' } };
const BOXED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Two fixed columns before the indicators: the area's code and name. */
const AREA_COLUMNS = 2;

/**
 * The yearly report as an .xlsx workbook: a sheet per indicator group (the header block, then the
 * province's total and its communes, frozen and filterable), and the definitions.
 */
export async function yearlyWorkbook(report: YearlyReport, labels: ReportLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'childgraph';
  workbook.title = labels.title(report.year, report.provinceName);
  for (const section of report.sections) writeSection(workbook.addWorksheet(sheetName(groupTitle(labels, section.group))), report, section, labels);
  writeDefinitions(workbook.addWorksheet(sheetName(labels.definitions)), report, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSection(sheet: ExcelJS.Worksheet, report: YearlyReport, section: ReportSection, labels: ReportLabels) {
  writeHeaderBlock(sheet, report, labels);
  sheet.addRow([]);
  const columns = section.indicators.flatMap((indicator, i) => measuresOf(indicator).map((measure) => ({ indicator, index: i, measure })));
  const lastColumn = AREA_COLUMNS + columns.length;

  // Two header rows: the indicators' names over their columns, then what each column holds.
  const names = sheet.addRow([labels.areaCode, labels.areaName, ...columns.map((c) => indicatorName(labels, c.indicator))]);
  const measures = sheet.addRow([labels.areaCode, labels.areaName, ...columns.map((c) => measureLabel(labels, c.indicator, c.measure))]);
  sheet.mergeCells(names.number, 1, measures.number, 1);
  sheet.mergeCells(names.number, 2, measures.number, 2);
  let first = AREA_COLUMNS + 1;
  for (const indicator of section.indicators) {
    const width = measuresOf(indicator).length;
    if (width > 1) sheet.mergeCells(names.number, first, names.number, first + width - 1);
    first += width;
  }
  for (const row of [names, measures]) {
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BOXED;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
  }
  names.height = 60;

  for (const area of section.rows) {
    const row = sheet.addRow([area.areaCode, area.areaName, ...columns.map((c) => cellValue(area.cells[c.index], c.measure, labels))]);
    row.getCell(1).numFmt = '@';
    if (area.areaLevel === 'PROVINCE') row.font = { bold: true };
    columns.forEach((c, i) => {
      const cell = row.getCell(AREA_COLUMNS + 1 + i);
      cell.border = BOXED;
      if (c.measure === 'numerator' || c.measure === 'denominator') cell.numFmt = COUNT_FORMAT;
      if (c.measure === 'value') cell.numFmt = FORMAT_OF_UNIT[c.indicator.unit] ?? 'General';
      if (c.measure === 'meetsTarget') cell.alignment = { horizontal: 'center' };
      if (isWithheld(area.cells[c.index], c.measure)) cell.fill = WITHHELD_FILL;
    });
  }

  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 28;
  for (let column = AREA_COLUMNS + 1; column <= lastColumn; column++) sheet.getColumn(column).width = 12;
  sheet.views = [{ state: 'frozen', xSplit: AREA_COLUMNS, ySplit: measures.number }];
  sheet.autoFilter = { from: { row: measures.number, column: 1 }, to: { row: Math.max(sheet.rowCount, measures.number), column: lastColumn } };
  printOnA4Landscape(sheet, `${names.number}:${measures.number}`);
}

/** The province, the year, the day the values hold for, and what empty cells mean. */
function writeHeaderBlock(sheet: ExcelJS.Worksheet, report: YearlyReport, labels: ReportLabels) {
  const title = sheet.addRow([labels.title(report.year, report.provinceName)]);
  title.font = { bold: true, size: 14 };
  const fields: [string, string | number | Date, string?][] = [
    [labels.province, report.provinceName],
    [labels.provinceCode, report.provinceCode, '@'],
    [labels.year, report.year, '0'],
    [labels.asOf, report.asOf, DATE_FORMAT],
    [labels.dueBefore, reportDueBefore(report.year), DATE_FORMAT],
  ];
  for (const [label, value, format] of fields) {
    const row = sheet.addRow([label, null, value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).font = { bold: true };
    row.getCell(3).alignment = { horizontal: 'left' };
    if (format) row.getCell(3).numFmt = format;
  }
  const withheld = sheet.addRow([null, labels.suppressedLegend]);
  withheld.getCell(1).fill = WITHHELD_FILL;
  withheld.getCell(1).border = BOXED;
  const empty = sheet.addRow([null, labels.emptyLegend]);
  empty.getCell(1).border = BOXED;
}

/** A number stays a number; a withheld or undivided value stays empty (never a dash or a text). */
function cellValue(cell: ReportCell, measure: Measure, labels: ReportLabels): number | string | null {
  if (measure === 'meetsTarget') return meetsTargetText(labels, cell.meetsTarget);
  return cell[measure];
}

function writeDefinitions(sheet: ExcelJS.Worksheet, report: YearlyReport, labels: ReportLabels) {
  const c = labels.definitionColumns;
  sheet.columns = [
    { header: c.id, key: 'id', width: 30 },
    { header: c.group, key: 'group', width: 20 },
    { header: c.name, key: 'name', width: 45 },
    { header: c.unit, key: 'unit', width: 16 },
    { header: c.numerator, key: 'numerator', width: 40 },
    { header: c.denominator, key: 'denominator', width: 40 },
    { header: c.sources, key: 'sources', width: 36 },
    { header: c.legalBasis, key: 'legalBasis', width: 40 },
    { header: c.target, key: 'target', width: 16 },
  ];
  for (const indicator of report.catalogue) {
    sheet.addRow({
      id: indicator.id,
      group: groupTitle(labels, indicator.group),
      name: indicatorName(labels, indicator),
      unit: labels.units[indicator.unit] ?? indicator.unit,
      ...countsText(labels, indicator),
      sources: sourcesText(labels, indicator.sources),
      legalBasis: indicator.legalBasis,
      target: targetText(labels, indicator),
    });
  }
  sheet.eachRow((row, number) => {
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BOXED;
      if (number === 1) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      }
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: sheet.columnCount } };
  printOnA4Landscape(sheet, '1:1');
}

function printOnA4Landscape(sheet: ExcelJS.Worksheet, titleRows: string) {
  // paperSize 9 is A4 in the OOXML paper-size table.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titleRows };
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
