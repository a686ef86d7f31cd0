import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { jurisdictionWhere } from '../../auth/jurisdiction';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { Prisma } from '../../generated/prisma/registry/client';
import type { RegistryDb } from './registry.db';
import type { RegistryLoaders } from './registry.loaders';
import { checkAreaFilter } from '../../shared/area-filter';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;

/** Counts below this are published as null: a dashboard must not re-identify a child (DOMAIN.md). */
export const SMALL_COUNT_THRESHOLD = 5;

export enum CountGrouping {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(CountGrouping, { name: 'CountGrouping' });

@InputType({ description: 'All given conditions must hold.' })
class ChildCountFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => Int, { nullable: true })
  birthYearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  birthYearTo?: number | null;
}

@ObjectType({ description: 'Children in the master index in one area; small counts suppressed.' })
class ChildCount {
  @Field({ description: 'Province or commune code, per the grouping asked for.' })
  areaCode!: string;

  @Field(() => Int, { nullable: true, description: `Null when under ${SMALL_COUNT_THRESHOLD} (suppressed).` })
  children!: number | null;
}

@Resolver()
export class ChildCountsResolver {
  @Query(() => [ChildCount], { description: 'Aggregate counts of children per province or commune, within your jurisdiction.' })
  @Restricted('Query.childCounts')
  async childCounts(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => CountGrouping) groupBy: CountGrouping,
    @Arg('filter', () => ChildCountFilter, { nullable: true }) filter?: ChildCountFilter | null,
  ): Promise<ChildCount[]> {
    checkAreaFilter(filter ?? {});
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
    return counts.map(({ areaCode, n }) => ({ areaCode, children: n >= SMALL_COUNT_THRESHOLD ? n : null }));
  }
}
