import ExcelJS from 'exceljs';
import { communeOf } from '../../src/domain/admin-units';
import { LABELS, type ReportLabels } from '../../src/gateway/reports/report-labels';
import { yearlyHtml } from '../../src/gateway/reports/yearly-html';
import type { YearlyReport } from '../../src/gateway/reports/yearly-model';
import { startTestStack, type TestStack } from './harness';

/**
 * The yearly report (GET /reports/yearly.xlsx|.html) against the `indicators` query the caller
 * could run themselves: every published number in the workbook equals the query's, as a number;
 * every withheld one is empty.
 */
const TODAY = process.env.CHILDGRAPH_AS_OF!;
const YEAR = Number(TODAY.slice(0, 4));
const PROVINCE = '04';
const OTHER_PROVINCE = '11';
const GROUP_SHEETS_VI = ['Trẻ bị bỏ rơi', 'Hoàn cảnh đặc biệt', 'Khai sinh', 'Y tế', 'Giáo dục'];
const GROUP_SHEETS_EN = ['Abandoned children', 'Special circumstances', 'Birth registration', 'Health', 'Education'];

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('yearly', 1500, { abandoned: 0.04 }, { provinces: [PROVINCE, OTHER_PROVINCE] });
  await stack.refreshHub();
});
afterAll(() => stack?.close());

const download = async (pathAndQuery: string, token: string | null, method = 'GET') => {
  const response = await fetch(new URL(pathAndQuery, stack.gateway.url), { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
};
/** A refusal's one error, in the GraphQL shape every download route answers in. */
const refusalOf = (bytes: Buffer) => {
  const body = JSON.parse(bytes.toString('utf8')) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  return body.errors[0];
};
const errorOf = (bytes: Buffer): string => refusalOf(bytes).message;
const codeOf = (bytes: Buffer): string => refusalOf(bytes).extensions.code;

interface Cell { areaCode: string; areaLevel: string; category: string | null; numerator: number | null; denominator: number | null; value: number | null; suppressed: boolean; meetsTarget: boolean | null }
interface Definition { id: string; group: string; name: string; nameEn: string; unit: string; numeratorVi: string | null; denominatorVi: string; legalBasis: string }

const QUERY = `query Expected($filter: IndicatorFilter) {
  indicatorCatalogue { id group name nameEn unit numeratorVi denominatorVi legalBasis }
  indicators(filter: $filter, disaggregate: [COMMUNE]) { asOf tables { indicator { id } cells { areaCode areaLevel category numerator denominator value suppressed meetsTarget } } }
}`;

/** What the caller's own `indicators` query says for the province and year. */
async function expected(token: string) {
  const { body } = await stack.post({ query: QUERY, variables: { filter: { provinceCode: PROVINCE, year: YEAR } } }, { token });
  expect(body.errors).toBeUndefined();
  const catalogue = body.data!.indicatorCatalogue as Definition[];
  const tables = body.data!.indicators.tables as { indicator: { id: string }; cells: Cell[] }[];
  return { catalogue, asOf: body.data!.indicators.asOf as string, cells: new Map(tables.map((t) => [t.indicator.id, t.cells])) };
}

type SheetValues = Map<string, Map<string, Record<string, unknown>>>;

/**
 * A group sheet read back by its headers: the table starts at the province's row, under a row of
 * indicator names (merged over their columns) and a row saying what each column holds.
 */
function readGroupSheet(sheet: ExcelJS.Worksheet, labels: ReportLabels, idOfName: Map<string, string>) {
  let first = 0;
  sheet.eachRow((row, number) => {
    if (!first && row.getCell(1).value === PROVINCE) first = number;
  });
  expect(first).toBeGreaterThan(2);
  const measureOfLabel = new Map<unknown, string>([...Object.entries(labels.measures).map(([k, v]) => [v, k] as const), [labels.medianDays, 'value']]);
  const columns: { column: number; id: string; measure: string }[] = [];
  for (let column = 3; column <= sheet.columnCount; column++) {
    const id = idOfName.get(String(sheet.getRow(first - 2).getCell(column).value));
    const measure = measureOfLabel.get(sheet.getRow(first - 1).getCell(column).value);
    expect({ column, id: id !== undefined, measure: measure !== undefined }).toEqual({ column, id: true, measure: true });
    columns.push({ column, id: id!, measure: measure! });
  }
  const values: SheetValues = new Map();
  const codes: unknown[] = [];
  for (let number = first; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    codes.push(row.getCell(1).value);
    for (const { column, id, measure } of columns) {
      const byArea = values.get(id) ?? new Map<string, Record<string, unknown>>();
      values.set(id, byArea);
      byArea.set(String(row.getCell(1).value), { ...byArea.get(String(row.getCell(1).value)), [measure]: row.getCell(column).value });
    }
  }
  const dateRow = [...Array(first).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === labels.asOf);
  return { headerRow: first - 1, codes, values, asOf: dateRow?.getCell(3) };
}

/** Compares every cell of the sheets with the query; returns how many were published and how many withheld. */
function compareWithQuery(values: SheetValues, cells: Map<string, Cell[]>, labels: ReportLabels) {
  let published = 0;
  let withheld = 0;
  for (const [id, byArea] of values) {
    for (const cell of cells.get(id)!.filter((c) => c.category === null)) {
      const shown = byArea.get(cell.areaCode)!;
      const label = `${id} ${cell.areaCode}`;
      const wanted: Record<string, unknown> = { numerator: cell.numerator, denominator: cell.denominator, value: cell.value, meetsTarget: cell.meetsTarget === null ? null : cell.meetsTarget ? labels.met : labels.notMet };
      for (const measure of Object.keys(shown)) expect({ label, measure, shown: shown[measure] }).toEqual({ label, measure, shown: wanted[measure] });
      for (const number of ['numerator', 'denominator', 'value']) if (shown[number] != null) expect({ label, type: typeof shown[number] }).toEqual({ label, type: 'number' });
      if (cell.suppressed) {
        expect({ label, value: shown.value }).toEqual({ label, value: null });
        withheld += 1;
      } else if (cell.value !== null) published += 1;
    }
  }
  return { published, withheld };
}

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the yearly report workbook', () => {
  test('a national reader gets a sheet per group equal to the indicators query, in Vietnamese', async () => {
    const token = await stack.token('ANALYTICS');
    const want = await expected(token);
    const xlsx = await download(`/reports/yearly.xlsx?provinceCode=${PROVINCE}&year=${YEAR}`, token);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toMatch(/attachment; filename="yearly-report-04-\d{4}-vi\.xlsx"/);
    const workbook = await workbookOf(xlsx.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...GROUP_SHEETS_VI, 'Định nghĩa']);

    const labels = LABELS.vi;
    const idOfName = new Map(want.catalogue.map((d) => [d.name, d.id]));
    const seen = new Set<string>();
    let totals = { published: 0, withheld: 0 };
    for (const sheet of workbook.worksheets.slice(0, GROUP_SHEETS_VI.length)) {
      const read = readGroupSheet(sheet, labels, idOfName);
      expect(read.asOf?.value).toEqual(new Date(`${want.asOf}T00:00:00Z`));
      expect(read.asOf?.numFmt).toMatch(/dd.mm.yyyy/);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: read.headerRow, xSplit: 2 });
      expect(sheet.autoFilter).toBeTruthy();
      // The province's total first, then its communes, their codes as text.
      expect(read.codes[0]).toBe(PROVINCE);
      expect(read.codes.length).toBeGreaterThan(10);
      for (const code of read.codes.slice(1)) expect({ code, province: typeof code === 'string' ? communeOf(code)?.provinceCode : typeof code }).toEqual({ code, province: PROVINCE });
      const counted = compareWithQuery(read.values, want.cells, labels);
      totals = { published: totals.published + counted.published, withheld: totals.withheld + counted.withheld };
      for (const id of read.values.keys()) seen.add(id);
    }
    expect([...seen].sort()).toEqual(want.catalogue.map((d) => d.id).sort());
    expect(totals.published).toBeGreaterThan(20);
    expect(totals.withheld).toBeGreaterThan(20);
  });

  test('the definitions sheet lists every indicator with its legal basis, frozen and filterable', async () => {
    const token = await stack.token('ANALYTICS');
    const want = await expected(token);
    const workbook = await workbookOf((await download(`/reports/yearly.xlsx?provinceCode=${PROVINCE}&year=${YEAR}&lang=vi`, token)).bytes);
    const sheet = workbook.getWorksheet('Định nghĩa')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Mã chỉ số', 'Tên chỉ số', 'Tử số', 'Mẫu số', 'Nguồn dữ liệu', 'Căn cứ pháp lý', 'Chỉ tiêu']));
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push([row.getCell(1).value, row.getCell(3).value, row.getCell(5).value, row.getCell(6).value, row.getCell(8).value]);
    });
    // Who the numerator and denominator count, in Vietnamese as the rest of the sheet.
    expect(rows).toEqual(want.catalogue.map((d) => [d.id, d.name, d.numeratorVi, d.denominatorVi, d.legalBasis]));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  test("a province officer gets their province's report in English, equal to their own query", async () => {
    const token = await stack.token('SOCIAL', { jurisdiction: `province:${PROVINCE}` });
    const want = await expected(token);
    const xlsx = await download(`/reports/yearly.xlsx?provinceCode=${PROVINCE}&year=${YEAR}&lang=en`, token);
    expect(xlsx.status).toBe(200);
    const workbook = await workbookOf(xlsx.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...GROUP_SHEETS_EN, 'Definitions']);
    const idOfName = new Map(want.catalogue.map((d) => [d.nameEn, d.id]));
    const read = readGroupSheet(workbook.getWorksheet('Birth registration')!, LABELS.en, idOfName);
    expect(read.asOf?.value).toEqual(new Date(`${want.asOf}T00:00:00Z`));
    expect(compareWithQuery(read.values, want.cells, LABELS.en).published).toBeGreaterThan(5);
  });
});

describe('the yearly report page', () => {
  test('is one self-contained printable page with the province and every indicator', async () => {
    const token = await stack.token('JUSTICE');
    const want = await expected(token);
    const page = await download(`/reports/yearly.html?provinceCode=${PROVINCE}&year=${YEAR}`, token);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = page.bytes.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('Cao Bằng');
    for (const d of want.catalogue) expect({ id: d.id, present: html.includes(d.name) }).toEqual({ id: d.id, present: true });
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(|https?:/i);
    // One table per group and the definitions, the province's total row heading each group's.
    expect(html.match(/<table/g)).toHaveLength(GROUP_SHEETS_VI.length + 1);
    expect(html.match(/<tr class="total"><td>04<\/td>/g)).toHaveLength(GROUP_SHEETS_VI.length);
    for (const title of GROUP_SHEETS_VI) expect(html).toContain(`<h2>${title}</h2>`);
  });

  test('in English with lang=en', async () => {
    const page = await download(`/reports/yearly.html?provinceCode=${PROVINCE}&year=${YEAR}&lang=en`, await stack.token('ANALYTICS'));
    const html = page.bytes.toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Definitions</h2>');
  });

  test('escapes every text it did not write itself', () => {
    const hostile = '<script>alert("x")</script> & <img src=x>';
    const report: YearlyReport = {
      provinceCode: PROVINCE,
      provinceName: hostile,
      year: YEAR,
      asOf: new Date(`${TODAY}T00:00:00Z`),
      catalogue: [{ id: 'X', group: 'HEALTH', name: hostile, nameEn: hostile, unit: 'PERCENT', numerator: hostile, denominator: hostile, numeratorVi: hostile, denominatorVi: hostile, sources: [hostile], legalBasis: hostile, target: null }],
      sections: [],
    };
    report.sections = [{ group: 'HEALTH', indicators: report.catalogue, rows: [{ areaCode: hostile, areaName: hostile, areaLevel: 'COMMUNE', cells: [{ numerator: 1, denominator: 2, value: 50, suppressed: false, meetsTarget: null }] }] }];
    const html = yearlyHtml(report, LABELS.vi);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x&gt;');
  });
});

describe('refusals', () => {
  const yearly = (query: string) => `/reports/yearly.xlsx?${query}`;

  test('no token: 401', async () => {
    for (const path of [yearly(`provinceCode=${PROVINCE}&year=${YEAR}`), `/reports/yearly.html?provinceCode=${PROVINCE}&year=${YEAR}`]) {
      const response = await download(path, null);
      expect({ path, status: response.status, code: codeOf(response.bytes) }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  test("a province outside a province officer's jurisdiction", async () => {
    const token = await stack.token('SOCIAL', { jurisdiction: `province:${PROVINCE}` });
    const response = await download(yearly(`provinceCode=${OTHER_PROVINCE}&year=${YEAR}`), token);
    expect({ status: response.status, code: codeOf(response.bytes) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(errorOf(response.bytes)).toMatch(/province 11 is outside your jurisdiction \(province 04\)/);
  });

  test('an agency that may not read aggregates: 403', async () => {
    const response = await download(yearly(`provinceCode=${PROVINCE}&year=${YEAR}`), await stack.token('AUDITOR'));
    expect({ status: response.status, code: codeOf(response.bytes) }).toEqual({ status: 403, code: 'UNAUTHORIZED_FIELD_OR_TYPE' });
  });

  test('bad parameters: 400 with the reason', async () => {
    const token = await stack.token('ANALYTICS');
    const cases: [string, RegExp][] = [
      [`year=${YEAR}`, /provinceCode is required/],
      [`provinceCode=${PROVINCE}`, /year is required/],
      [`provinceCode=${PROVINCE}&year=20x6`, /four-digit year/],
      [`provinceCode=${PROVINCE}&year=1999`, /year must be a year like 2026/],
      [`provinceCode=${PROVINCE}&year=2020`, /no snapshot was taken in 2020/],
      [`provinceCode=99&year=${YEAR}`, /not one of the 34 province codes/],
      [`provinceCode=${PROVINCE}&year=${YEAR}&lang=fr`, /lang must be "vi" or "en"/],
      [`provinceCode=${PROVINCE}&year=${YEAR}&communeCode=00004`, /unknown parameter "communeCode"/],
    ];
    for (const [query, reason] of cases) {
      const response = await download(yearly(query), token);
      expect({ query, status: response.status, code: codeOf(response.bytes), error: errorOf(response.bytes) }).toEqual({ query, status: 400, code: 'BAD_USER_INPUT', error: expect.stringMatching(reason) });
    }
  });

  test('an unknown report or path: 404; not GET: 405', async () => {
    const token = await stack.token('ANALYTICS');
    for (const path of ['/reports/monthly.xlsx', `/reports/yearly.pdf?provinceCode=${PROVINCE}&year=${YEAR}`]) {
      const response = await download(path, token);
      expect({ path, status: response.status, code: codeOf(response.bytes), error: errorOf(response.bytes) }).toEqual({ path, status: 404, code: 'NOT_FOUND', error: expect.stringMatching(/no such report; try \/reports\/yearly\.xlsx/) });
    }
    // Any other path answers in the same shape, naming where things are.
    const elsewhere = await download('/report/yearly.xlsx', token);
    expect({ status: elsewhere.status, code: codeOf(elsewhere.bytes), error: errorOf(elsewhere.bytes) }).toEqual({ status: 404, code: 'NOT_FOUND', error: expect.stringMatching(/reports at \/reports\/yearly\.xlsx/) });
    const posted = await download(yearly(`provinceCode=${PROVINCE}&year=${YEAR}`), token, 'POST');
    expect({ status: posted.status, allow: posted.headers.get('allow'), code: codeOf(posted.bytes) }).toEqual({ status: 405, allow: 'GET', code: 'METHOD_NOT_ALLOWED' });
  });
});
