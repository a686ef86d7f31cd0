import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DEFAULT_SEPARATOR, wrongSeparator } from './csv-separator';
import { ImportFileError } from './import-file-error';
import { checkTextFile, textStream, type TextEncoding } from './text-encoding';

export type ImportFormat = 'csv' | 'jsonl' | 'xlsx';

/** One input row: its 1-based line (row) number in the file and its cells by header. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
  /**
   * Set on a last row that is no row: the file cannot be read from `line` on, and why. The rows
   * before it are whole and valid to import.
   */
  stop?: string;
}

/** A file opened for reading: its rows, and how its text was decoded. */
export interface RowSource {
  /** The encoding the text was read in; null for a workbook. */
  encoding: TextEncoding | null;
  /** The file holds nothing but whitespace. */
  blank: boolean;
  rows: AsyncGenerator<SourceRow>;
}

export function formatOf(file: string, explicit?: string): ImportFormat {
  const format = (explicit ?? file.split('.').pop() ?? '').toLowerCase();
  if (format === 'csv' || format === 'jsonl' || format === 'xlsx') return format;
  if (format === 'json' || format === 'ndjson') return 'jsonl';
  throw new Error(`cannot tell the format of ${file}; pass --format csv|jsonl|xlsx`);
}

/**
 * Opens a file's rows, streamed: memory stays flat however large it is. A file that is not what its
 * format says (binary data, a text file named .xlsx, text in an encoding that cannot be converted)
 * is refused here, before any row is read.
 */
export async function openRows(file: string, format: ImportFormat, options: { delimiter?: string } = {}): Promise<RowSource> {
  if (format === 'xlsx') {
    await checkWorkbook(file);
    return { encoding: null, blank: false, rows: xlsxRows(file) };
  }
  const { encoding, blank } = await checkTextFile(file);
  return { encoding, blank, rows: format === 'csv' ? csvRows(file, encoding, options.delimiter ?? DEFAULT_SEPARATOR) : jsonlRows(file, encoding) };
}

/** Text converted from another encoding is stored composed (NFC), as UTF-8 input is typed. */
const composed = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k.normalize('NFC'), v.normalize('NFC')]));

async function* csvRows(file: string, encoding: TextEncoding, delimiter: string): AsyncGenerator<SourceRow> {
  // bom: Excel's "CSV UTF-8" starts with a byte-order mark; relax_column_count: short rows are
  // reported by validation (a missing value), not by the parser. A quoting error ends the readable
  // part of a file: csv-parse cannot find where the next row starts. It is caught as a skipped
  // record (not a stream error, which would drop the rows parsed before it but not yet read).
  // The header is kept to tell a file written with another separator (its header reads as one
  // column) by its separator, not as a file missing every column; also when it has no rows.
  let header: string[] | null = null;
  const checkHeader = () => {
    const wrong = header && wrongSeparator(header, delimiter);
    if (wrong) throw new ImportFileError(wrong);
  };
  const parser = textStream(file, encoding).pipe(
    parseCsv({ bom: true, delimiter, columns: (line: string[]) => (header = line), skip_empty_lines: true, relax_column_count: true, trim: true, info: true, skip_records_with_error: true }),
  );
  const failure: { error: CsvError | null } = { error: null };
  parser.on('skip', (error: CsvError) => {
    failure.error ??= error;
  });
  let lastLine = 1;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (lastLine === 1) checkHeader();
    if (failure.error && info.lines >= lineOf(failure.error)) break;
    lastLine = info.lines;
    yield { line: info.lines, cells: encoding === 'UTF-8' ? record : composed(record) };
  }
  checkHeader();
  if (failure.error) yield unreadableFrom(failure.error, lastLine + 1);
}

const lineOf = (error: CsvError) => Number(error.lines);

/** The stop row for a CSV syntax error, at the line the broken value starts on. */
function unreadableFrom(error: CsvError, nextLine: number): SourceRow {
  const escaping = 'a value holding a " must be wholly in quotes, with each " inside it written ""';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return { line: nextLine, cells: {}, stop: `a quoted value that starts on this line is never closed (${escaping}), so the file cannot be read from this line on; this row and every one after it were not imported` };
  }
  const what = /QUOTE/.test(error.code) ? `a quote is misplaced on this line (${escaping})` : `this line cannot be read as CSV (${error.message})`;
  return { line: lineOf(error), cells: {}, stop: `${what}, so the file cannot be read from this line on; this row and every one after it were not imported` };
}

async function* jsonlRows(file: string, encoding: TextEncoding): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: textStream(file, encoding), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = encoding === 'UTF-8' ? raw : raw.normalize('NFC');
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

/** An .xlsx workbook is a zip archive: anything else is refused by what it is. */
async function checkWorkbook(file: string): Promise<void> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return;
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ImportFileError('the file is an Excel 97-2003 workbook (.xls), which cannot be read: save it as an Excel workbook (.xlsx) or as "CSV UTF-8", then import that file; nothing was imported');
  }
  const text = [...head].every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f) || b === 0);
  throw new ImportFileError(
    text
      ? 'the file is not an Excel workbook (.xlsx) but a text file: if it is CSV, name it .csv or pass --format csv; nothing was imported'
      : 'the file is not an Excel workbook (.xlsx); nothing was imported',
  );
}

async function* xlsxRows(file: string): AsyncGenerator<SourceRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  let lastRow = 1;
  try {
    for await (const sheet of workbook) {
      let headers: string[] | null = null;
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (!headers) {
          headers = values;
          continue;
        }
        lastRow = row.number;
        if (values.every((v) => v === '')) continue;
        yield { line: row.number, cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])) };
      }
      // The first worksheet holds the data; others (instructions, lists) are ignored.
      break;
    }
  } catch (error) {
    // A damaged archive: what was read before is whole.
    yield { line: lastRow + 1, cells: {}, stop: `the workbook cannot be read from this row on (${(error as Error).message}); this row and every one after it were not imported` };
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
