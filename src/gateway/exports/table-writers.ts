import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { stringify, type Options } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A Date is a calendar day (UTC midnight). */
export type Cell = string | number | Date | null;

/** Where an export's rows go: a CSV or an Excel workbook, streamed into the response. */
export interface TableWriter {
  contentType: string;
  begin(headers: string[]): Promise<void>;
  row(cells: Cell[]): Promise<void>;
  end(): Promise<void>;
}

/** UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), RFC 4180 quoting. */
export function csvWriter(response: ServerResponse): TableWriter {
  const write = async (text: string) => {
    if (!response.write(text)) await once(response, 'drain');
  };
  const line = (cells: Cell[]) => stringify([cells], CSV_OPTIONS);
  return {
    contentType: 'text/csv; charset=utf-8',
    begin: (headers) => write(`\uFEFF${line(headers)}`),
    row: (cells) => write(line(cells)),
    end: async () => {
      response.end();
    },
  };
}

const CSV_OPTIONS: Options = {
  record_delimiter: '\r\n',
  // RFC 4180: a lone CR or LF inside a cell is quoted too, not only the CRLF that ends a record.
  quote_record_delimiter: true,
  cast: {
    // A cell starting with = + - @ would run as a formula when a clerk opens the file in Excel. The
    // library's own escape_formulas also rewrites full-width signs, which would change exported bytes.
    string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value),
    date: (value) => value.toISOString().slice(0, 10),
  },
};

/** A streamed .xlsx workbook with one sheet (exceljs writes rows as they come). */
export function xlsxWriter(response: ServerResponse, sheetName: string): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    begin: async (headers) => {
      const header = sheet.addRow(headers);
      header.font = { bold: true };
      header.commit();
    },
    row: async (cells) => {
      const row = sheet.addRow(cells);
      // A date cell without a number format shows as a serial number.
      cells.forEach((cell, i) => {
        if (cell instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
