import type { ServerResponse } from 'node:http';
import type { ExportExecutor } from '../exports';
import { ExportRequestError } from '../exports/download-refusal';
import { LABELS } from './report-labels';
import { yearlyReportParams } from './report-params';
import { fetchYearlyReport } from './yearly-data';
import { yearlyHtml } from './yearly-html';
import { yearlyWorkbook } from './yearly-workbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The page may use its own inline stylesheet and nothing else: no script, no image, no font, no request out. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * `GET /reports/yearly.xlsx|.html?provinceCode=04&year=2026&lang=vi|en`: a province's yearly
 * indicator report, read through the gateway with the caller's own token so that jurisdiction,
 * permissions and suppression apply exactly as to the `indicators` query. Refusals are
 * ExportRequestErrors (400 parameters, 401, 403, 404 unknown report), sent before any byte.
 */
export async function serveReport(url: URL, response: ServerResponse, execute: ExportExecutor): Promise<void> {
  const match = /^\/reports\/yearly\.(xlsx|html)$/.exec(url.pathname);
  if (!match) throw new ExportRequestError(404, 'no such report; try /reports/yearly.xlsx or /reports/yearly.html?provinceCode=04&year=2026&lang=vi');
  const params = yearlyReportParams(url.searchParams);
  const labels = LABELS[params.language];
  const report = await fetchYearlyReport(execute, params);
  const filename = `yearly-report-${params.provinceCode}-${params.year}-${params.language}`;
  if (match[1] === 'xlsx') {
    const workbook = await yearlyWorkbook(report, labels);
    response.writeHead(200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${filename}.xlsx"`,
      'content-length': workbook.length,
      'cache-control': 'no-store',
    });
    response.end(workbook);
    return;
  }
  const page = Buffer.from(yearlyHtml(report, labels), 'utf8');
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-disposition': `inline; filename="${filename}.html"`,
    'content-length': page.length,
    'content-security-policy': PAGE_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(page);
}
