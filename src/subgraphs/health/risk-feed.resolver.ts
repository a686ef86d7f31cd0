import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { feedPage, feedPageType, feedQuery } from '../../shared/change-feed';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { HealthDb } from './health.db';
import type { HealthLoaders } from './health.loaders';

type Context = SubgraphContext<HealthDb, HealthLoaders>;

/** Only what the dropout-risk model needs: whether a disability is known. Never its kind, never HIV. */
@ObjectType({ description: 'Whether a health record knows a disability, for the hub.' })
export class HealthRiskFeedRow {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  hasDisability!: boolean;

  @Field(() => DateTimeResolver, { description: 'Touched by the database whenever the disability record changes.' })
  updatedAt!: Date;
}

const HealthRiskFeedPage = feedPageType('HealthRisk', HealthRiskFeedRow);

@Resolver()
export class HealthRiskFeedResolver {
  @Query(() => HealthRiskFeedPage, { description: 'Patients in change order with a disability flag, for the hub (HUB only).' })
  @Restricted('Query.healthRiskFeed')
  async healthRiskFeed(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    const query = feedQuery(after, first);
    const rows = await ctx.db.patient.findMany({ ...query, select: { id: true, childId: true, updatedAt: true, disability: { select: { id: true } } } });
    return feedPage(rows, query, (p) => ({ patientId: p.id, childId: p.childId!, hasDisability: p.disability !== null, updatedAt: p.updatedAt }));
  }
}
