import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { stringify, type Options } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './export-cells';
import type { ColumnKind, Language } from './list-export';

/** A column as a writer sees it: its header in the caller's language and how its cells are written. */
export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

/** Where an export's rows go: a CSV or an Excel workbook, streamed into the response. */
export interface TableWriter {
  contentType: string;
  begin(columns: readonly TableColumn[]): Promise<void>;
  row(cells: readonly Cell[]): Promise<void>;
  end(): Promise<void>;
}

/**
 * UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), RFC 4180 quoting. Every cell
 * is made text here, so that no cell reaches the file unguarded:
 * - a date is ISO 8601 (2026-03-01), which Excel reads as the same day whatever its locale, where
 *   01/03/2026 is the 3rd of January to an English one;
 * - a code is written `="00004"`: opened by double-click, Excel drops the leading zeros of a bare
 *   00004 (and reads a 12-digit personal ID as 1.2E+11), and a quoted "00004" is no better since
 *   the quotes are only CSV syntax. The formula form is the one Excel, LibreOffice and Google
 *   Sheets all show as the text 00004. Its value is a formula string literal, in which only `"`
 *   is special: doubled, it cannot end the literal, so data cannot add formula text of its own;
 * - any other text beginning with = + - @ (or a tab or CR) would run as a formula when the file
 *   is opened: it gets a leading apostrophe, shown but inert.
 */
export function csvWriter(response: ServerResponse): TableWriter {
  const write = async (text: string) => {
    if (!response.write(text)) await once(response, 'drain');
  };
  let kinds: readonly ColumnKind[] = [];
  return {
    contentType: 'text/csv; charset=utf-8',
    begin: (columns) => {
      kinds = columns.map((c) => c.kind);
      return write(`\uFEFF${stringify([columns.map((c) => inertText(c.header))], CSV_OPTIONS)}`);
    },
    row: (cells) => write(stringify([cells.map((cell, i) => csvText(cell, kinds[i]))], CSV_OPTIONS)),
    end: async () => {
      response.end();
    },
  };
}

const CSV_OPTIONS: Options = {
  record_delimiter: '\r\n',
  // RFC 4180: a lone CR or LF inside a cell is quoted too, not only the CRLF that ends a record.
  quote_record_delimiter: true,
};

/** Excel refuses a formula whose string constant is longer than this; no code comes near it. */
const MAX_FORMULA_STRING = 255;

function csvText(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(cell);
  if (kind === 'code' && cell !== '' && cell.length <= MAX_FORMULA_STRING) return `="${cell.replace(/"/g, '""')}"`;
  return inertText(cell);
}

/** Text that a spreadsheet shows rather than runs. The library's own escape_formulas also rewrites full-width signs, which would change exported bytes. */
function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** How a date cell shows: as a Vietnamese clerk writes a date, or ISO for English. */
const DATE_FORMAT: Record<Language, string> = { vi: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };
/** Excel's Text format: a code typed over stays text too. */
const TEXT_FORMAT = '@';

/**
 * A streamed .xlsx workbook with one sheet (exceljs writes rows as they come): a frozen header row,
 * an autofilter over the whole table, dates as date cells, codes as text cells. A string is always
 * a string cell, never a formula, so data cannot inject one.
 */
export function xlsxWriter(response: ServerResponse, sheetName: string, language: Language): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useSharedStrings: false, useStyles: true });
  // The sheet view is written when the sheet opens, so the frozen row is decided here.
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  let kinds: readonly ColumnKind[] = [];
  let rows = 0;
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    begin: async (columns) => {
      kinds = columns.map((c) => c.kind);
      sheet.columns = columns.map((c) => ({ width: Math.max(12, Math.min(40, c.header.length + 4)) }));
      const header = sheet.addRow(columns.map((c) => c.header));
      header.font = { bold: true };
      header.commit();
      rows = 1;
    },
    row: async (cells) => {
      const row = sheet.addRow([...cells]);
      cells.forEach((cell, i) => {
        // A date cell without a number format shows as a serial number.
        if (cell instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT[language];
        else if (kinds[i] === 'code' && cell !== null) row.getCell(i + 1).numFmt = TEXT_FORMAT;
      });
      row.commit();
      rows += 1;
    },
    end: async () => {
      // The autofilter is written after the rows, when the table's last row is known.
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: Math.max(1, kinds.length) } };
      sheet.commit();
      await workbook.commit();
    },
  };
}
