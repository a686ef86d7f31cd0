import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_RULES, mayBreakDownByCircumstanceGroup, mayRead, type RestrictedField } from '../../src/auth/policy';
import { INDICATORS } from '../../src/subgraphs/registry/indicators/catalogue';
import { COUNT_NAMES, COUNTS } from '../../src/subgraphs/registry/indicators/counts';

const README = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const catalogueTable = README.slice(README.indexOf('| indicator | numerator / denominator'), README.indexOf('**Small numbers.**'));

describe('the indicator catalogue', () => {
  test.each(INDICATORS.map((i) => [i.id, i]))("%s is in the README's table with its target", (id, indicator) => {
    const row = catalogueTable.split('\n').find((line) => line.includes(`\`${id}\``));
    expect(row).toBeDefined();
    if (indicator.target) expect(row).toContain(`${indicator.target.comparison === 'MORE_THAN' ? '> ' : ''}${indicator.target.value}%`);
  });

  test('every indicator is a ratio of known counts, each with a rule', () => {
    for (const indicator of INDICATORS) {
      for (const count of [indicator.numerator, indicator.denominator]) if (count) expect(COUNT_NAMES).toContain(count);
      expect(indicator.numerator === null).toBe(indicator.unit === 'MEDIAN_DAYS');
    }
    for (const name of COUNT_NAMES) expect(COUNTS[name].sql.length).toBeGreaterThan(0);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
  });
});

describe('ANALYTICS', () => {
  test('reads aggregates and nothing else', () => {
    const readable = (Object.keys(FIELD_RULES) as RestrictedField[]).filter((field) => mayRead('ANALYTICS', field));
    expect(readable.sort()).toEqual(['Query.childCounts', 'Query.indicatorCatalogue', 'Query.indicatorTrend', 'Query.indicators']);
  });

  test('never sees the Article 10 groups, nor does EDUCATION; the agencies reading the groups do', () => {
    expect(['ANALYTICS', 'EDUCATION', 'AUDITOR', 'HUB'].filter((a) => mayBreakDownByCircumstanceGroup(a as never))).toEqual([]);
    expect(['POLICE', 'JUSTICE', 'HEALTH', 'SOCIAL'].every((a) => mayBreakDownByCircumstanceGroup(a as never))).toBe(true);
  });
});
