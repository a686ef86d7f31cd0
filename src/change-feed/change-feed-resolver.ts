import { Arg, Ctx, Int, Query, Resolver, type ClassType } from 'type-graphql';
import { Restricted } from '../auth/guard';
import { AFTER_ARG } from '../server/pagination';
import type { RestrictedField } from '../auth/policy';
import { FEED_DEFAULT_PAGE, FEED_MAX_PAGE, feedPage, feedQuery, settledHorizon, type FeedDb, type FeedQuery, type FeedRecord } from './change-feed';

const FEED_FIRST_ARG = { nullable: true, description: `Rows per page: 1 to ${FEED_MAX_PAGE}; default ${FEED_DEFAULT_PAGE}.` } as const;

/** The cursor part of a feed's `where`, for tables that reach their child through a relation. */
export type FeedKeyset = Omit<FeedQuery['where'], 'childId'>;

/**
 * A change feed's root field: `<field>(after, first)` returning `pageType`, restricted by the policy
 * rule of the same name (category hubFeeds). `read` runs the owning subgraph's own keyset query;
 * a table without a childId column filters on its relation with `keyset` instead of `query.where`.
 */
export function changeFeedResolver<Db extends FeedDb, Record extends FeedRecord, Row>(options: {
  field: RestrictedField;
  pageType: ClassType;
  description: string;
  read: (db: Db, query: FeedQuery, keyset: FeedKeyset) => Promise<Record[]>;
  toRow: (record: Record) => Row;
}) {
  const name = options.field.replace(/^Query\./, '');

  @Resolver()
  class ChangeFeedResolver {
    @Query(() => options.pageType, { name, description: `${options.description} in commit order, for the hub (HUB only).` })
    @Restricted(options.field)
    async feed(
      @Ctx() ctx: { db: Db },
      @Arg('after', () => String, AFTER_ARG) after?: string | null,
      @Arg('first', () => Int, FEED_FIRST_ARG) first?: number | null,
    ) {
      const query = feedQuery(after, first, await settledHorizon(ctx.db));
      const { childId: _linked, ...keyset } = query.where;
      return feedPage(await options.read(ctx.db, query, keyset), query, options.toRow);
    }
  }
  return ChangeFeedResolver;
}
