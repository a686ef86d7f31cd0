import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { PROVINCE_CODE_FILTER } from '../../server/area-fields';
import { Restricted } from '../../auth/guard';
import { jurisdictionWhere } from '../../auth/jurisdiction';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { Prisma } from '../../generated/prisma/registry/client';
import type { RegistryDb } from './registry.db';
import type { RegistryLoaders } from './registry.loaders';
import { checkAreaFilter } from './area-filter';
import { badUserInput } from '../../shared/errors';
import { labelledValues } from '../../shared/value-labels';
import { AREA_LEVEL_LABELS } from './registry.labels';
import { SMALLEST_PUBLISHED_COUNT } from './indicators/suppression';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;

/** Counts below this are published as null: a dashboard must not re-identify a child (the indicators' threshold too). */
export const SMALL_COUNT_THRESHOLD = SMALLEST_PUBLISHED_COUNT;

/** Every published count is a multiple of this, so no two answers differ by a small group. */
export const ROUNDING_BASE = 5;

/**
 * How a statistics office publishes small-area counts so that subtraction does not undo the
 * suppression: fixed cells only (an area, for every birth year or for one) and every count rounded
 * to the nearest multiple of 5. Open year ranges gave nested cells (born 2021 or later, born 2022
 * or later) whose difference was a suppressed count; with rounding, the difference of any two
 * answers (a province and its communes, all years and one year) is a multiple of 5 too.
 */
export function publishedCount(n: number): number | null {
  return n < SMALL_COUNT_THRESHOLD ? null : Math.round(n / ROUNDING_BASE) * ROUNDING_BASE;
}

function checkFixedCell(filter: ChildCountFilter): void {
  const { birthYearFrom: from, birthYearTo: to } = filter;
  if ((from ?? null) === (to ?? null)) return;
  throw badUserInput(
    `childCounts publishes fixed cells only: give birthYearFrom and birthYearTo the same year (children born that year) or leave both out (every year); got ${from ?? 'none'} to ${to ?? 'none'}. Ask for each year separately and add the answers up`,
    'filter',
  );
}

export enum CountGrouping {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(CountGrouping, {
  name: 'CountGrouping',
  description: 'Whether childCounts gives a row per province or per commune.',
  valuesConfig: labelledValues({ PROVINCE: AREA_LEVEL_LABELS.PROVINCE, COMMUNE: AREA_LEVEL_LABELS.COMMUNE }),
});

@InputType({ description: 'All given conditions must hold.' })
class ChildCountFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'With birthYearTo, the same year: children born that year. Ranges are refused (see childCounts).' })
  birthYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Equal to birthYearFrom.' })
  birthYearTo?: number | null;
}

@ObjectType({ description: 'Children in the master index in one area; small counts suppressed.' })
class ChildCount {
  @Field({ description: 'Province or commune code, per the grouping asked for.' })
  areaCode!: string;

  @Field(() => Int, { nullable: true, description: `Rounded to the nearest multiple of ${ROUNDING_BASE}; null when under ${SMALL_COUNT_THRESHOLD} (suppressed).` })
  children!: number | null;
}

@Resolver()
export class ChildCountsResolver {
  @Query(() => [ChildCount], {
    description: `Aggregate counts of children per province or commune, within your jurisdiction. Published as a statistics office publishes small areas: fixed cells only (every birth year, or one year; no ranges), counts under ${SMALL_COUNT_THRESHOLD} suppressed, and every count rounded to the nearest multiple of ${ROUNDING_BASE}, so that subtracting one answer from another cannot reveal a suppressed count.`,
  })
  @Restricted('Query.childCounts')
  async childCounts(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => CountGrouping, { description: 'A row per province or per commune.' }) groupBy: CountGrouping,
    @Arg('filter', () => ChildCountFilter, { nullable: true, description: 'The province and the birth year; leave out for every child within your jurisdiction.' }) filter?: ChildCountFilter | null,
  ): Promise<ChildCount[]> {
    checkAreaFilter(filter ?? {});
    checkFixedCell(filter ?? {});
    const where: Prisma.MasterChildWhereInput = {
      AND: [
        jurisdictionWhere(ctx.principal.jurisdiction),
        filter?.provinceCode != null ? { provinceCode: filter.provinceCode } : {},
        filter?.birthYearFrom != null ? { birthYear: { gte: filter.birthYearFrom } } : {},
        filter?.birthYearTo != null ? { birthYear: { lte: filter.birthYearTo } } : {},
      ],
    };
    const counts =
      groupBy === CountGrouping.PROVINCE
        ? (await ctx.db.masterChild.groupBy({ by: ['provinceCode'], where, _count: { _all: true }, orderBy: { provinceCode: 'asc' } })).map((g) => ({ areaCode: g.provinceCode, n: g._count._all }))
        : (await ctx.db.masterChild.groupBy({ by: ['communeCode'], where, _count: { _all: true }, orderBy: { communeCode: 'asc' } })).map((g) => ({ areaCode: g.communeCode, n: g._count._all }));
    return counts.map(({ areaCode, n }) => ({ areaCode, children: publishedCount(n) }));
  }
}
