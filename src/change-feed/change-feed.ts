import { Field, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../shared/errors';
import { decodeCursor, encodeCursor } from '../server/pagination';

/**
 * Change feeds: how the registry learns what changed in an agency's subgraph without reading its
 * tables: each agency's data stays in its own database, reached only through its subgraph's API.
 * A feed lists one table's records in (updatedAt, id) order from a cursor, so a reader that keeps
 * the last cursor sees every insert and update exactly once; pages are bigger than the public
 * lists' because only the hub reads them.
 */
export const FEED_DEFAULT_PAGE = 1000;
export const FEED_MAX_PAGE = 5000;

/** Every feed row names the record and the master child it is linked to. */
export interface FeedRecord {
  id: string;
  childId: string | null;
  updatedAt: Date;
}

/** Builds the `<Name>FeedPage` type: a page of rows and the cursor to continue from. */
export function feedPageType<Row extends object>(name: string, rowType: ClassType<Row>) {
  @ObjectType(`${name}FeedPage`, { description: `A page of the ${name} change feed, oldest change first.` })
  class FeedPage {
    @Field(() => [rowType])
    rows!: Row[];

    @Field(() => String, { nullable: true, description: 'Pass as `after` to continue; null when the page is empty.' })
    endCursor!: string | null;

    @Field({ description: 'Whether more changes follow this page.' })
    hasMore!: boolean;
  }
  return FeedPage;
}

export interface FeedQuery {
  /** Prisma `where` for rows after the cursor that are linked to a master child. */
  where: { childId: { not: null }; OR?: object[] };
  orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }];
  take: number;
  /**
   * A feed page reads thousands of records with their relations: one query per relation with an IN
   * list, not Prisma's relation join (LATERAL per row), which the profile loaders use for one child:
   * a subquery per row is what makes a large page with several relations several times slower.
   */
  relationLoadStrategy: 'query';
}

/** The keyset query for one page after `after` (a cursor this feed issued). */
export function feedQuery(after: string | null | undefined, first: number | null | undefined): FeedQuery {
  const take = first ?? FEED_DEFAULT_PAGE;
  if (!Number.isInteger(take) || take < 1 || take > FEED_MAX_PAGE) throw badUserInput(`"first" must be between 1 and ${FEED_MAX_PAGE}; got ${take}`, 'first');
  const keys = decodeCursor(after, 2);
  const where: FeedQuery['where'] = { childId: { not: null } };
  if (keys) {
    const [at, id] = keys as [string, string];
    const updatedAt = new Date(at);
    if (Number.isNaN(updatedAt.getTime())) throw badUserInput('"after" is not a cursor this feed issued', 'after');
    // A cursor without an id (feedCursorAt) starts at a time, including records changed at it.
    where.OR = id === '' ? [{ updatedAt: { gte: updatedAt } }] : [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }];
  }
  return { where, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], take: take + 1, relationLoadStrategy: 'query' };
}

/** Turns the rows of `feedQuery` (one more than asked for) into a page. */
/** A cursor that starts the feed at `at` (readers rewind with it; see the registry's refresh). */
export function feedCursorAt(at: Date): string {
  return encodeCursor([at.toISOString(), '']);
}

/** The time a cursor stands at. */
export function feedCursorTime(cursor: string): Date {
  return new Date(String(decodeCursor(cursor, 2)![0]));
}

export function feedPage<Row extends FeedRecord, Out>(rows: Row[], query: FeedQuery, toRow: (row: Row) => Out): { rows: Out[]; endCursor: string | null; hasMore: boolean } {
  const page = rows.slice(0, query.take - 1);
  const last = page.at(-1);
  return {
    rows: page.map(toRow),
    endCursor: last ? encodeCursor([last.updatedAt.toISOString(), last.id]) : null,
    hasMore: rows.length >= query.take,
  };
}
