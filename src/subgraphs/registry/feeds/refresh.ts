import { settledHorizon } from '../../../change-feed/change-feed';
import type { SubgraphName } from '../../subgraph-names';
import type { RegistryDb } from '../registry.db';
import type { HubClient } from './hub-client';
import { analyzeTables, maintainTables } from '../../../db/analyze';
import { noteHubRefresh } from '../../../server/metrics';

/** The transaction client a feed applies its page with (the cursor moves in the same transaction). */
export type RegistryTx = Parameters<Parameters<RegistryDb['$transaction']>[0]>[0];

/** One subgraph's change feed and how its rows become registry facts. */
export interface HubFeed<Row = never> {
  /** The cursor's key in FeedCursor, e.g. `civil.registrations`. */
  name: string;
  subgraph: SubgraphName;
  /** The feed's root field on that subgraph (see src/change-feed/change-feed.ts). */
  field: string;
  /** The selection of each row. */
  rowSelection: string;
  /** Writes one page of facts; returns the master child ids whose facts it touched. */
  apply(tx: RegistryTx, rows: Row[]): Promise<string[]>;
}

/** A list the registry derives from facts (civil-status gaps, dropout risk), recomputed for the children whose facts changed. */
export interface Derivation {
  name: string;
  recompute(db: RegistryDb, scope: { all: true } | { childIds: string[] }): Promise<void>;
  /** Once per refresh, after every recompute (and on a refresh that changed nothing): work on the whole list, such as totals kept per day. */
  finish?(db: RegistryDb, run: { changed: boolean }): Promise<void>;
}

export interface RefreshOptions {
  pageSize?: number;
}

export interface RefreshSummary {
  feeds: { feed: string; rows: number }[];
  childrenChanged: number;
  fullRecompute: boolean;
  ms: number;
}

const LOCAL_CHANGES = 'registry.local';
/** When a refresh last finished (feeds read and every list recomputed). */
const REFRESHED = 'hub.refreshed';

/** Null once a refresh has finished, so the lists are filled; else why they are not yet. */
export async function listsNotReadyBecause(db: RegistryDb): Promise<string | null> {
  const done = await db.feedCursor.findUnique({ where: { feed: REFRESHED } });
  return done ? null : 'the first hub refresh has not finished: the cross-agency lists are still empty';
}
const DERIVE_CHUNK = 5000;

/**
 * Brings the registry's copies of agency facts up to date from every feed, then recomputes the
 * derived lists for the children whose facts changed (all children on a first load). Also picks up
 * the registry's own changes since the last refresh: new master children and links.
 */
export async function refreshHub(db: RegistryDb, client: HubClient, feeds: readonly HubFeed<never>[], derivations: readonly Derivation[], options: RefreshOptions = {}): Promise<RefreshSummary> {
  const started = Date.now();
  const changed = new Set<string>();
  const summary: RefreshSummary = { feeds: [], childrenChanged: 0, fullRecompute: false, ms: 0 };
  for (const feed of feeds) {
    const stored = await db.feedCursor.findUnique({ where: { feed: feed.name } });
    // A feed never read before (a row with a null cursor: read once, empty then) means a first load.
    if (!stored) summary.fullRecompute = true;
    let rows = 0;
    // Feeds read in commit order (see src/change-feed/change-feed.ts): resuming at the cursor misses nothing.
    let cursor = stored?.cursor ?? null;
    for (;;) {
      const data = await client.query<Record<string, { rows: never[]; endCursor: string | null; hasMore: boolean }>>(
        feed.subgraph,
        `query HubFeed($after: String, $first: Int) { ${feed.field}(after: $after, first: $first) { rows { ${feed.rowSelection} } endCursor hasMore } }`,
        { after: cursor, first: options.pageSize ?? 2000 },
      );
      const page = data[feed.field];
      if (page.rows.length === 0) break;
      const nextCursor = page.endCursor;
      await db.$transaction(async (tx) => {
        const touched = await feed.apply(tx, page.rows);
        // A first load recomputes everyone: no need to remember a million ids.
        if (!summary.fullRecompute) for (const id of touched) changed.add(id);
        await tx.feedCursor.upsert({
          where: { feed: feed.name },
          create: { feed: feed.name, cursor: nextCursor, rowsApplied: page.rows.length },
          update: { cursor: nextCursor, rowsApplied: { increment: page.rows.length }, refreshedAt: new Date() },
        });
      });
      rows += page.rows.length;
      cursor = nextCursor;
      if (!page.hasMore) break;
    }
    if (!stored && rows === 0) await db.feedCursor.create({ data: { feed: feed.name, cursor: null } });
    summary.feeds.push({ feed: feed.name, rows });
  }
  for (const id of await localChangesSince(db, !summary.fullRecompute)) changed.add(id);
  summary.childrenChanged = changed.size;
  const applied = summary.feeds.reduce((sum, feed) => sum + feed.rows, 0);
  if (summary.fullRecompute || applied >= ANALYZE_AFTER_ROWS) await maintainTables('ANALYZE registry facts', () => analyzeTables(db, 'registry', '%Fact')); // the derivations join the facts by childId
  if (summary.fullRecompute) {
    for (const derivation of derivations) await derivation.recompute(db, { all: true });
  } else if (changed.size > 0) {
    const ids = [...changed];
    for (let i = 0; i < ids.length; i += DERIVE_CHUNK) {
      for (const derivation of derivations) await derivation.recompute(db, { childIds: ids.slice(i, i + DERIVE_CHUNK) });
    }
  }
  for (const derivation of derivations) await derivation.finish?.(db, { changed: summary.fullRecompute || changed.size > 0 });
  await db.feedCursor.upsert({ where: { feed: REFRESHED }, create: { feed: REFRESHED, cursor: new Date().toISOString() }, update: { cursor: new Date().toISOString(), refreshedAt: new Date() } });
  summary.ms = Date.now() - started;
  noteHubRefresh(summary.feeds, summary.ms);
  return summary;
}

/** A refresh that applied this many feed rows refreshes the planner's statistics on the fact tables. */
const ANALYZE_AFTER_ROWS = 50_000;

/**
 * Children whose master entry or links changed in registry transactions settled since the previous
 * refresh (by the transaction ids their rows are stamped with, as the agencies' feeds read); moves
 * that horizon on either way, and skips the reading when nobody needs the ids.
 */
async function localChangesSince(db: RegistryDb, wanted: boolean): Promise<string[]> {
  const stored = await db.feedCursor.findUnique({ where: { feed: LOCAL_CHANGES } });
  const since = stored?.cursor && /^\d+$/.test(stored.cursor) ? stored.cursor : '0';
  const horizon = String(await settledHorizon(db));
  const rows = wanted
    ? await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT "id" FROM "registry"."MasterChild" WHERE "changeXid" >= $1::bigint AND "changeXid" < $2::bigint
         UNION SELECT "childId" FROM "registry"."RecordLink" WHERE "changeXid" >= $1::bigint AND "changeXid" < $2::bigint`,
        since,
        horizon,
      )
    : [];
  await db.feedCursor.upsert({ where: { feed: LOCAL_CHANGES }, create: { feed: LOCAL_CHANGES, cursor: horizon }, update: { cursor: horizon, refreshedAt: new Date() } });
  return rows.map((r) => r.id);
}
