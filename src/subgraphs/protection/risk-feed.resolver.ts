import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../auth/policy';
import { feedPage, feedPageType, feedQuery } from '../../shared/change-feed';
import type { SubgraphContext } from '../../shared/subgraph-module';
import { HouseholdPovertyLevel } from '../../generated/prisma/protection/enums';
import type { ProtectionDb } from './protection.db';
import type { ProtectionLoaders } from './protection.loaders';
import './protection.type';

type Context = SubgraphContext<ProtectionDb, ProtectionLoaders>;

/**
 * Coarse flags only. The special-circumstance flag is computed here, from non-sensitive groups
 * only, so a sensitive group (abuse, trafficking, HIV, conflict with the law) never leaves this
 * subgraph in any form that a list read by EDUCATION could be derived from.
 */
@ObjectType({ description: 'Coarse social-protection flags of a child profile, for the hub.' })
export class SocialRiskFeedRow {
  @Field(() => ID)
  profileId!: string;

  @Field(() => ID)
  childId!: string;

  @Field({ description: 'An active non-sensitive special-circumstance group (Law on Children, art. 10).' })
  inSpecialCircumstances!: boolean;

  @Field({ description: 'Actively recorded as orphaned of both parents.' })
  orphaned!: boolean;

  @Field(() => HouseholdPovertyLevel, { nullable: true, description: "The household's latest poverty listing." })
  householdPoverty!: HouseholdPovertyLevel | null;

  @Field(() => DateTimeResolver, { description: 'Touched by the database whenever a circumstance or poverty listing changes.' })
  updatedAt!: Date;
}

const SocialRiskFeedPage = feedPageType('SocialRisk', SocialRiskFeedRow);

@Resolver()
export class SocialRiskFeedResolver {
  @Query(() => SocialRiskFeedPage, { description: 'Child profiles in change order with coarse risk flags, for the hub (HUB only).' })
  @Restricted('Query.socialRiskFeed')
  async socialRiskFeed(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    const query = feedQuery(after, first);
    const rows = await ctx.db.childProfile.findMany({
      ...query,
      select: {
        id: true,
        childId: true,
        updatedAt: true,
        specialCircumstances: { where: { endedOn: null }, select: { group: true } },
        householdPoverty: { orderBy: { year: 'desc' }, take: 1, select: { level: true } },
      },
    });
    return feedPage(rows, query, (p) => ({
      profileId: p.id,
      childId: p.childId!,
      inSpecialCircumstances: p.specialCircumstances.some((c) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(c.group)),
      orphaned: p.specialCircumstances.some((c) => c.group === 'ORPHANED_BOTH_PARENTS'),
      householdPoverty: p.householdPoverty[0]?.level ?? null,
      updatedAt: p.updatedAt,
    }));
  }
}
