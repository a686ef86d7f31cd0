import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { feedPage, feedPageType, feedQuery } from '../../change-feed/change-feed';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { CivilDb } from './civil.db';
import type { CivilLoaders } from './civil.loaders';
import { Sex } from '../../generated/prisma/civil/enums';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

type Context = SubgraphContext<CivilDb, CivilLoaders>;

@ObjectType({ description: 'What the hub needs of a birth registration to find civil-status gaps.' })
export class CivilRegistrationFeedRow {
  @Field(() => ID, { description: 'The registration record id.' })
  recordId!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => DateScalar)
  registeredOn!: Date;

  @Field()
  registeringCommuneCode!: string;

  @Field(() => String, { nullable: true })
  personalId!: string | null;

  @Field()
  registeredAsAbandoned!: boolean;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

const CivilRegistrationFeedPage = feedPageType('CivilRegistration', CivilRegistrationFeedRow);

@Resolver()
export class CivilFeedResolver {
  @Query(() => CivilRegistrationFeedPage, { description: 'Birth registrations in change order, for the hub (HUB only).' })
  @Restricted('Query.civilRegistrationFeed')
  async civilRegistrationFeed(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    const query = feedQuery(after, first);
    const rows = await ctx.db.birthRegistration.findMany(query);
    return feedPage(rows, query, (r) => ({ ...r, recordId: r.id, childId: r.childId! }));
  }
}

/** Deleted civil records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Civil', field: 'Query.civilDeletionFeed', read: (db: CivilDb, query) => db.deletedRecord.findMany(query) });
