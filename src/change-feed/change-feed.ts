import { Field, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../shared/errors';
import { decodeCursor, encodeCursor } from '../server/pagination';

/**
 * Change feeds: how the registry learns what changed in an agency's subgraph without reading its
 * tables: each agency's data stays in its own database, reached only through its subgraph's API.
 *
 * A feed lists one table's rows in commit order. Every write stamps its row with the writing
 * transaction's id (`changeXid`, a trigger of the subgraph's migrations; 64-bit, so it never
 * wraps), and a page holds only rows of transactions older than the oldest one still running
 * (SETTLED_HORIZON_SQL): all of those have committed or rolled back, and any later write gets a
 * larger id. So a reader that keeps the last cursor reads every committed insert and update once,
 * however late its transaction committed and whatever timestamps it wrote; a long transaction
 * only holds the feed back until it ends. Pages are bigger than the public lists' because only
 * the hub reads them.
 */
export const FEED_DEFAULT_PAGE = 1000;
export const FEED_MAX_PAGE = 5000;

/** The fields every kind of feed row has, described in one wording. */
export const FEED_ROW_FIELDS = {
  recordId: { description: "The record's id in its agency's subgraph." },
  childId: { description: 'The master child the record is linked to (a feed lists linked records only).' },
  updatedAt: { description: 'When the record last changed.' },
} as const;

/** Every feed row names the record, the master child it is linked to and the transaction that last wrote it. */
export interface FeedRecord {
  id: string;
  childId: string | null;
  changeXid: bigint | null;
  updatedAt: Date;
}

/**
 * The oldest transaction still running in this database, or the next id to be given out when none
 * is: every row stamped below it is settled. Transaction ids are shared by the whole server, so
 * the snapshot's running transactions are narrowed to those of this database's sessions
 * (`pg_stat_activity.backend_xid`, which every role may read) and its prepared transactions: a long
 * write in another subgraph's database on the same server does not hold this feed back. The
 * snapshot is taken when the statement starts, before the sessions are read, so a transaction that
 * starts in between gets an id above it. (Ids compare by their low 32 bits, as backend_xid is.)
 */
export const SETTLED_HORIZON_SQL = `WITH s AS (SELECT pg_current_snapshot() AS snap)
SELECT coalesce(
  (SELECT min(x::text::bigint) FROM s, pg_snapshot_xip(s.snap) AS x
    WHERE x::text::bigint % 4294967296 IN (
      SELECT a.backend_xid::text::bigint FROM pg_stat_activity a WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
      UNION ALL SELECT p.transaction::text::bigint FROM pg_prepared_xacts p WHERE p.database = current_database())),
  (SELECT pg_snapshot_xmax(s.snap)::text::bigint FROM s))::text AS "horizon"`;

/** What a feed asks of its subgraph's database client besides its own query: the settled horizon. */
export interface FeedDb {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/** Transaction ids below this are settled (committed or rolled back) in `db`. */
export async function settledHorizon(db: FeedDb): Promise<bigint> {
  const [{ horizon }] = await db.$queryRawUnsafe<{ horizon: string }[]>(SETTLED_HORIZON_SQL);
  return BigInt(horizon);
}

/** Builds the `<Name>FeedPage` type: a page of rows and the cursor to continue from. */
export function feedPageType<Row extends object>(name: string, rowType: ClassType<Row>) {
  @ObjectType(`${name}FeedPage`, { description: `A page of the ${name} change feed, in commit order.` })
  class FeedPage {
    @Field(() => [rowType], { description: 'The changed records, oldest change first; empty when nothing changed since the cursor.' })
    rows!: Row[];

    @Field(() => String, { nullable: true, description: 'Pass as `after` to continue; null when the page is empty.' })
    endCursor!: string | null;

    @Field({ description: 'Whether more changes follow this page.' })
    hasMore!: boolean;
  }
  return FeedPage;
}

export interface FeedQuery {
  /** Prisma `where` for settled rows after the cursor that are linked to a master child. */
  where: { childId: { not: null }; changeXid: { lt: bigint }; OR?: object[] };
  orderBy: [{ changeXid: 'asc' }, { id: 'asc' }];
  take: number;
  /**
   * A feed page reads thousands of records with their relations: one query per relation with an IN
   * list, not Prisma's relation join (LATERAL per row), which the profile loaders use for one child:
   * a subquery per row is what makes a large page with several relations several times slower.
   */
  relationLoadStrategy: 'query';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notAFeedCursor = () => badUserInput('"after" is not a cursor this feed issued; pass endCursor unchanged', 'after');

/** The keyset query for one page after `after` (a cursor this feed issued), up to the settled `horizon`. */
export function feedQuery(after: string | null | undefined, first: number | null | undefined, horizon: bigint): FeedQuery {
  const take = first ?? FEED_DEFAULT_PAGE;
  if (!Number.isInteger(take) || take < 1 || take > FEED_MAX_PAGE) throw badUserInput(`"first" must be between 1 and ${FEED_MAX_PAGE}; got ${take}`, 'first');
  let keys: (string | number)[] | null;
  try {
    keys = decodeCursor(after, 2);
  } catch {
    throw notAFeedCursor();
  }
  const where: FeedQuery['where'] = { childId: { not: null }, changeXid: { lt: horizon } };
  if (keys) {
    const [xid, id] = keys;
    if (typeof xid !== 'string' || !/^\d{1,19}$/.test(xid) || typeof id !== 'string' || !UUID.test(id)) throw notAFeedCursor();
    where.OR = [{ changeXid: { gt: BigInt(xid) } }, { changeXid: BigInt(xid), id: { gt: id } }];
  }
  return { where, orderBy: [{ changeXid: 'asc' }, { id: 'asc' }], take: take + 1, relationLoadStrategy: 'query' };
}

/** Turns the rows of `feedQuery` (one more than asked for) into a page. */
export function feedPage<Row extends FeedRecord, Out>(rows: Row[], query: FeedQuery, toRow: (row: Row) => Out): { rows: Out[]; endCursor: string | null; hasMore: boolean } {
  const page = rows.slice(0, query.take - 1);
  const last = page.at(-1);
  return {
    rows: page.map(toRow),
    endCursor: last ? encodeCursor([String(last.changeXid), last.id]) : null,
    hasMore: rows.length >= query.take,
  };
}
