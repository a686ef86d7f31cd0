import { countsText, groupTitle, indicatorName, measureLabel, meetsTargetText, sourcesText, targetText, type ReportLabels } from './report-labels';
import { isWithheld, measuresOf, reportDueBefore, type Measure, type ReportCell, type ReportSection, type YearlyReport } from './yearly-model';

/**
 * The stylesheet is the page's own: a report printed or saved from an office with no internet
 * access must look the same, and a page that loads nothing cannot leak who opened it.
 */
const STYLE = `
  body { font-family: "Times New Roman", "Noto Serif", serif; font-size: 11pt; color: #000; margin: 16px; }
  h1 { font-size: 16pt; margin: 0 0 8px; }
  h2 { font-size: 13pt; margin: 20px 0 6px; }
  dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 0 0 8px; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  p.legend { margin: 2px 0; font-size: 9.5pt; }
  .swatch { display: inline-block; width: 1.6em; height: 0.9em; border: 1px solid #888; vertical-align: middle; margin-right: 6px; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { border: 1px solid #999; padding: 2px 4px; }
  th { background: #ddebf7; font-weight: bold; text-align: center; vertical-align: middle; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
  td.met { text-align: center; }
  .withheld { background: #d9d9d9; }
  tbody th { background: none; font-weight: normal; text-align: left; }
  tr.total td, tr.total th { font-weight: bold; }
  table.definitions td { vertical-align: top; }
  @page { size: A4 landscape; margin: 10mm; }
  @media print {
    body { margin: 0; font-size: 9pt; }
    table { font-size: 7.5pt; }
    section + section { break-before: page; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    th, .withheld, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

/** The yearly report as one printable, self-contained HTML page: the header, a table per group, the definitions. */
export function yearlyHtml(report: YearlyReport, labels: ReportLabels): string {
  const title = labels.title(report.year, report.provinceName);
  const day = new Intl.DateTimeFormat(labels.locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  return `<!DOCTYPE html>
<html lang="${labels.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="facts">
<dt>${escapeHtml(labels.province)}</dt><dd>${escapeHtml(report.provinceName)} (${escapeHtml(report.provinceCode)})</dd>
<dt>${escapeHtml(labels.year)}</dt><dd>${report.year}</dd>
<dt>${escapeHtml(labels.asOf)}</dt><dd><time datetime="${isoDay(report.asOf)}">${day.format(report.asOf)}</time></dd>
<dt>${escapeHtml(labels.dueBefore)}</dt><dd><time datetime="${isoDay(reportDueBefore(report.year))}">${day.format(reportDueBefore(report.year))}</time></dd>
</dl>
<p class="legend"><span class="swatch withheld"></span>${escapeHtml(labels.suppressedLegend)}</p>
<p class="legend"><span class="swatch"></span>${escapeHtml(labels.emptyLegend)}</p>
</header>
${report.sections.map((s) => sectionHtml(s, labels)).join('\n')}
${definitionsHtml(report, labels)}
</body>
</html>
`;
}

function sectionHtml(section: ReportSection, labels: ReportLabels): string {
  const count = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 0 });
  const rate = new Intl.NumberFormat(labels.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 });
  const names = section.indicators.map((i) => `<th colspan="${measuresOf(i).length}" scope="colgroup">${escapeHtml(indicatorName(labels, i))}</th>`).join('');
  const measures = section.indicators.flatMap((i) => measuresOf(i).map((m) => `<th scope="col">${escapeHtml(measureLabel(labels, i, m))}</th>`)).join('');
  const rows = section.rows.map((area) => {
    const cells = section.indicators.flatMap((indicator, index) =>
      measuresOf(indicator).map((measure) => {
        const cell = area.cells[index];
        const number = measure !== 'value' ? count : indicator.unit === 'PERCENT' ? rate : days;
        return cellHtml(cell, measure, number, labels);
      }),
    );
    return `<tr${area.areaLevel === 'PROVINCE' ? ' class="total"' : ''}><td>${escapeHtml(area.areaCode)}</td><th scope="row">${escapeHtml(area.areaName)}</th>${cells.join('')}</tr>`;
  });
  return `<section>
<h2>${escapeHtml(groupTitle(labels, section.group))}</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">${escapeHtml(labels.areaCode)}</th><th rowspan="2" scope="col">${escapeHtml(labels.areaName)}</th>${names}</tr>
<tr>${measures}</tr>
</thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function cellHtml(cell: ReportCell, measure: Measure, number: Intl.NumberFormat, labels: ReportLabels): string {
  const withheld = isWithheld(cell, measure) ? ' withheld' : '';
  if (measure === 'meetsTarget') return `<td class="met${withheld}">${escapeHtml(meetsTargetText(labels, cell.meetsTarget) ?? '')}</td>`;
  const value = cell[measure];
  return `<td class="number${withheld}">${value === null ? '' : number.format(value)}</td>`;
}

function definitionsHtml(report: YearlyReport, labels: ReportLabels): string {
  const c = labels.definitionColumns;
  const headers = [c.id, c.group, c.name, c.unit, c.numerator, c.denominator, c.sources, c.legalBasis, c.target];
  const rows = report.catalogue.map((indicator) =>
    [
      indicator.id,
      groupTitle(labels, indicator.group),
      indicatorName(labels, indicator),
      labels.units[indicator.unit] ?? indicator.unit,
      countsText(labels, indicator).numerator ?? '',
      countsText(labels, indicator).denominator,
      sourcesText(labels, indicator.sources),
      indicator.legalBasis,
      targetText(labels, indicator),
    ].map((text) => `<td>${escapeHtml(text)}</td>`).join(''),
  );
  return `<section>
<h2>${escapeHtml(labels.definitions)}</h2>
<table class="definitions">
<thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r}</tr>`).join('\n')}
</tbody>
</table>
</section>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text from the data (area names, definitions) goes through this: none of it is markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
