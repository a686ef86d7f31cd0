import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../../auth/guard';
import type { SubgraphContext } from '../../../server/subgraph-module';
import { badUserInput } from '../../../shared/errors';
import type { RegistryDb } from '../registry.db';
import type { RegistryLoaders } from '../registry.loaders';
import { INDICATORS } from './catalogue';
import { indicatorTables } from './compute';
import { CUBE_DAY } from './derivation';
import { areaOf, breakdownOf, indicatorsOf } from './indicator-query';
import {
  definitionOf, IndicatorDefinitionType, IndicatorDimension, IndicatorFilter, IndicatorId, IndicatorReport, IndicatorTrend, TrendFilter,
} from './indicators.type';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;

const MAX_TREND_MONTHS = 36;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

@Resolver()
export class IndicatorsResolver {
  @Query(() => [IndicatorDefinitionType], { description: 'Every indicator the hub computes: what it counts, from which agencies, on what legal basis, against which target.' })
  @Restricted('Query.indicatorCatalogue')
  indicatorCatalogue(): IndicatorDefinitionType[] {
    return INDICATORS.map(definitionOf);
  }

  @Query(() => IndicatorReport, {
    description:
      'Indicators of the provincial plans for an area within your jurisdiction, on the latest computation (after each hub refresh) or a past day. Counts under 5 are suppressed, and other cells too where a suppressed count could be worked out from totals or from other answers; a rate is suppressed with its numerator or denominator.',
  })
  @Restricted('Query.indicators')
  async indicators(
    @Ctx() ctx: Context,
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'The area and the day; leave out for your whole jurisdiction on the latest computation.' }) filter?: IndicatorFilter | null,
    @Arg('disaggregate', () => [IndicatorDimension], { nullable: true, description: 'At most one area level (PROVINCE, COMMUNE) and one other dimension.' }) disaggregate?: IndicatorDimension[] | null,
    @Arg('indicators', () => [IndicatorId], { nullable: true, description: 'Default: all.' }) ids?: string[] | null,
  ): Promise<IndicatorReport> {
    const area = areaOf(filter ?? {}, ctx.principal.jurisdiction);
    const { rows, breakdown } = breakdownOf(disaggregate ?? [], area, ctx.principal);
    const computed = await computedDay(ctx.db);
    const asked = filter?.year != null ? await lastDayOf(ctx.db, filter.year, computed.day, Boolean(filter.asOf)) : filter?.asOf ? isoDay(filter.asOf) : computed.day;
    if (asked > computed.day) throw badUserInput(`asOf ${asked} is after the latest computation (${computed.day})`, 'filter');
    const fromSnapshot = asked !== computed.day;
    if (fromSnapshot) {
      if (breakdown) throw badUserInput('a past day keeps area totals only: leave SEX, AGE_BAND, ETHNIC_GROUP, DISABILITY and CIRCUMSTANCE_GROUP out, or ask for the latest day', 'disaggregate');
      if (!(await snapshotExists(ctx.db, asked))) throw badUserInput(`no snapshot was taken on ${asked} (the hub takes one a day while it runs)`, 'filter');
    }
    const indicators = indicatorsOf(ids, breakdown);
    const tables = await indicatorTables(ctx.db, { area, rows, breakdown, indicators, day: asked, fromSnapshot });
    return { asOf: new Date(`${asked}T00:00:00Z`), computedAt: fromSnapshot ? null : computed.at, tables };
  }

  @Query(() => IndicatorTrend, { description: 'An indicator month by month for an area within your jurisdiction: the last daily snapshot of each month, newest last; suppressed as `indicators` is.' })
  @Restricted('Query.indicatorTrend')
  async indicatorTrend(
    @Ctx() ctx: Context,
    @Arg('indicator', () => IndicatorId, { description: 'The indicator.' }) id: string,
    @Arg('filter', () => TrendFilter, { nullable: true, description: 'The area; leave out for your whole jurisdiction.' }) filter?: TrendFilter | null,
    @Arg('disaggregate', () => [IndicatorDimension], { nullable: true, description: 'PROVINCE or COMMUNE rows, or none.' }) disaggregate?: IndicatorDimension[] | null,
    @Arg('months', () => Int, { nullable: true, description: `1-${MAX_TREND_MONTHS}; default 12.` }) months?: number | null,
  ): Promise<IndicatorTrend> {
    const span = months ?? 12;
    if (!Number.isInteger(span) || span < 1 || span > MAX_TREND_MONTHS) throw badUserInput(`months must be 1-${MAX_TREND_MONTHS}`, 'months');
    const area = areaOf(filter ?? {}, ctx.principal.jurisdiction);
    const { rows, breakdown } = breakdownOf(disaggregate ?? [], area, ctx.principal);
    if (breakdown) throw badUserInput('a trend is kept by area only: PROVINCE or COMMUNE rows', 'disaggregate');
    const indicator = INDICATORS.find((i) => i.id === id)!;
    if (indicator.unit === 'MEDIAN_DAYS') throw badUserInput(`${id} is a median, which the daily snapshots cannot keep; ask indicators for today's value`, 'indicator');
    const days = await monthEnds(ctx.db, (await computedDay(ctx.db)).day, span);
    const points = [];
    for (const day of days) {
      const [table] = await indicatorTables(ctx.db, { area, rows, breakdown: null, indicators: [indicator], day, fromSnapshot: true });
      points.push({ day: new Date(`${day}T00:00:00Z`), cells: table.cells });
    }
    return { indicator: definitionOf(indicator), points };
  }
}

/** The day the cube was computed for, and when. */
async function computedDay(db: RegistryDb): Promise<{ day: string; at: Date }> {
  const marker = await db.feedCursor.findUnique({ where: { feed: CUBE_DAY } });
  if (!marker?.cursor) throw badUserInput('indicators are not computed yet: the first hub refresh has not finished');
  return { day: marker.cursor, at: marker.refreshedAt };
}

/** The last day of a reporting year with values: the latest computation in the current year, else the year's last snapshot. */
async function lastDayOf(db: RegistryDb, year: number, latest: string, withAsOf: boolean): Promise<string> {
  if (withAsOf) throw badUserInput('give asOf or year, not both', 'filter');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput(`year must be a year like 2026; got ${year}`, 'filter');
  if (latest.startsWith(`${year}-`)) return latest;
  const [row] = await db.$queryRawUnsafe<{ day: Date | null }[]>(
    `SELECT max("day") AS day FROM "registry"."IndicatorSnapshot" WHERE "day" BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)`,
    year,
  );
  if (!row.day) throw badUserInput(`no snapshot was taken in ${year}`, 'filter');
  return isoDay(row.day);
}

async function snapshotExists(db: RegistryDb, day: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "registry"."IndicatorSnapshot" WHERE "day" = $1::date LIMIT 1`, day);
  return rows.length > 0;
}

/**
 * The last snapshot day of each month, from `latest` back `months` months, oldest first: one index
 * probe per month (jumping to the last day before each month's first), however many days are kept.
 */
async function monthEnds(db: RegistryDb, latest: string, months: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ day: Date }[]>(
    `WITH RECURSIVE d AS (
       SELECT (SELECT max("day") FROM "registry"."IndicatorSnapshot" WHERE "day" <= $1::date) AS day
       UNION ALL
       SELECT (SELECT max("day") FROM "registry"."IndicatorSnapshot" WHERE "day" < date_trunc('month', d.day)::date) FROM d WHERE d.day IS NOT NULL AND d.day > $1::date - make_interval(months => $2::int))
     SELECT day FROM d WHERE day IS NOT NULL AND day > (date_trunc('month', $1::date) - make_interval(months => $2::int - 1) - interval '1 day')::date`,
    latest,
    months,
  );
  return rows.map((r) => isoDay(r.day)).reverse();
}
