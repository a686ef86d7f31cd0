import { ExportRequestError } from '../exports/download-refusal';
import { LANGUAGES, type Language } from './report-labels';

export interface YearlyReportParams {
  provinceCode: string;
  year: number;
  language: Language;
}

const ACCEPTED = ['provinceCode', 'year', 'lang'];
const EXAMPLE = '?provinceCode=04&year=2026&lang=vi';

/**
 * `?provinceCode=04&year=2026&lang=vi|en`: both the province and the year are required, since a
 * yearly report is always one province's year. Whether the code names a province, whether the
 * caller may see it and whether the year has values is for the `indicators` query to say.
 */
export function yearlyReportParams(params: URLSearchParams): YearlyReportParams {
  for (const name of new Set(params.keys())) {
    if (!ACCEPTED.includes(name)) throw new ExportRequestError(400, `unknown parameter "${name}"; this report takes ${ACCEPTED.join(', ')} (e.g. ${EXAMPLE})`);
    if (params.getAll(name).length > 1) throw new ExportRequestError(400, `parameter "${name}" takes one value`);
  }
  const provinceCode = params.get('provinceCode')?.trim();
  if (!provinceCode) throw new ExportRequestError(400, `provinceCode is required: the report is one province's (e.g. ${EXAMPLE})`);
  const year = params.get('year')?.trim();
  if (!year) throw new ExportRequestError(400, `year is required: the reporting year, e.g. ${EXAMPLE}`);
  if (!/^\d{4}$/.test(year)) throw new ExportRequestError(400, `year must be a four-digit year like 2026; got "${year}"`);
  const language = params.get('lang') ?? 'vi';
  if (!(LANGUAGES as readonly string[]).includes(language)) throw new ExportRequestError(400, `lang must be "vi" or "en"; got "${language}"`);
  return { provinceCode, year: Number(year), language: language as Language };
}
