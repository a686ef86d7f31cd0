import { COUNT_COLUMNS } from '../../subgraphs/registry/indicators/cube-sql';
import { measureOperation } from '../measure-operation';
import type { BenchContext, ScenarioResult } from '../scenario';
import { BENCH_PROVINCE, hasRootField, pageRequests } from './list-page';

const CELLS = 'cells { areaCode category numerator denominator value suppressed meetsTarget }';
const REPORT = `query Indicators($filter: IndicatorFilter, $disaggregate: [IndicatorDimension!]) {
  indicators(filter: $filter, disaggregate: $disaggregate) { asOf tables { indicator { id } ${CELLS} } }
}`;
const TREND = `query Trend($filter: TrendFilter, $disaggregate: [IndicatorDimension!]) {
  indicatorTrend(indicator: SPECIAL_CIRCUMSTANCES_SUPPORTED, filter: $filter, disaggregate: $disaggregate, months: 12) { points { day ${CELLS} } }
}`;
const TREND_MONTHS = 12;

/**
 * Scenario 8: the dashboard's reads. Every indicator for the country by province, one province by
 * commune, and a 12-month trend of the country by province. The population has one day of
 * snapshots; the trend's other eleven month ends are copies of it, written once (idempotent), so the
 * trend reads as many rows as a year of daily snapshots would give it.
 */
export const indicatorsScenario = {
  id: '8',
  title: 'indicators: the country by province, a province by commune, a 12-month trend',
  async run(context: BenchContext): Promise<ScenarioResult> {
    if (!hasRootField(context.supergraphSdl, 'indicators')) return { status: 'skipped', reason: 'the supergraph has no Query.indicators yet' };
    await context.counter.sql(
      'registry',
      `INSERT INTO "registry"."IndicatorSnapshot" ("day", "communeCode", "provinceCode", ${COUNT_COLUMNS})
       SELECT (date_trunc('month', s."day") - make_interval(months => m - 1) - interval '1 day')::date, "communeCode", "provinceCode", ${COUNT_COLUMNS}
       FROM "registry"."IndicatorSnapshot" s, generate_series(1, ${TREND_MONTHS - 1}) AS m
       WHERE s."day" = (SELECT max("day") FROM "registry"."IndicatorSnapshot")
       ON CONFLICT DO NOTHING`,
    );
    const measure = (query: string, variables: Record<string, unknown>) =>
      measureOperation(context, { url: context.target.gatewayUrl, bodies: [JSON.stringify({ query, variables })], countOn: 'gateway', requests: pageRequests(context) });
    return {
      status: 'measured',
      countryByProvince: await measure(REPORT, { disaggregate: ['PROVINCE'] }),
      provinceByCommune: { province: BENCH_PROVINCE, ...(await measure(REPORT, { filter: { provinceCode: BENCH_PROVINCE }, disaggregate: ['COMMUNE'] })) },
      trend12Months: await measure(TREND, { disaggregate: ['PROVINCE'] }),
      budgetsMs: { countryByProvince: 500, provinceByCommune: 200, trend12Months: 300 },
    };
  },
};
