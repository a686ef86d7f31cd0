import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'jsonl' | 'xlsx';

/** One input row: its 1-based line (row) number in the file and its cells by header. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
}

export function formatOf(file: string, explicit?: string): ImportFormat {
  const format = (explicit ?? file.split('.').pop() ?? '').toLowerCase();
  if (format === 'csv' || format === 'jsonl' || format === 'xlsx') return format;
  if (format === 'json' || format === 'ndjson') return 'jsonl';
  throw new Error(`cannot tell the format of ${file}; pass --format csv|jsonl|xlsx`);
}

/** Streams rows of a file; memory stays flat however large it is. */
export function readRows(file: string, format: ImportFormat): AsyncGenerator<SourceRow> {
  switch (format) {
    case 'csv':
      return csvRows(file);
    case 'jsonl':
      return jsonlRows(file);
    case 'xlsx':
      return xlsxRows(file);
  }
}

async function* csvRows(file: string): AsyncGenerator<SourceRow> {
  // bom: Excel's "CSV UTF-8" starts with a byte-order mark; relax_column_count: short rows are
  // reported by validation (a missing value), not by the parser.
  const parser = createReadStream(file).pipe(parseCsv({ bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: info.lines, cells: record };
  }
}

async function* jsonlRows(file: string): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (!trimmed) continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      yield { line, cells: { __error: 'this line is not valid JSON' } };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, cells: { __error: 'each line must be one JSON object' } };
      continue;
    }
    yield { line, cells: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) };
  }
}

async function* xlsxRows(file: string): AsyncGenerator<SourceRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of workbook) {
    let headers: string[] | null = null;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (!headers) {
        headers = values;
        continue;
      }
      if (values.every((v) => v === '')) continue;
      yield { line: row.number, cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])) };
    }
    // The first worksheet holds the data; others (instructions, lists) are ignored.
    break;
  }
}

/**
 * A cell as text. Dates may arrive as JS dates (cells formatted as dates) or as Excel serial
 * numbers (general format); both become dd/mm/yyyy-free ISO text or the serial, and the date
 * parser handles either.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (cell.richText) return cell.richText.map((r) => r.text).join('').trim();
    if (cell.result !== undefined) return cellText(cell.result);
    if (cell.text !== undefined) return String(cell.text).trim();
  }
  return String(value).trim();
}
