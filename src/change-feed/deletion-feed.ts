import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RestrictedField } from '../auth/policy';
import { FEED_ROW_FIELDS, feedPageType, type FeedDb, type FeedQuery } from './change-feed';
import { changeFeedResolver, type FeedKeyset } from './change-feed-resolver';

/** A subgraph's tombstone row (its DeletedRecord table, written by AFTER DELETE triggers). */
export interface DeletedRecord {
  id: string;
  recordKind: string;
  recordId: string;
  childId: string | null;
  /** When the record was deleted. */
  updatedAt: Date;
  changeXid: bigint | null;
}

/**
 * The deletion feed of one agency subgraph: the records of the tables the hub copies that were
 * deleted (an import rolled back, a record removed by hand), in (deletedAt, id) order, so the hub
 * drops its copies. Change feeds list live rows only and never report a deletion. Every tombstone
 * is listed, linked to a child or not: the hub may hold facts of a record that reached it through
 * a relation (a residence of an unlinked person), and dropping a fact it never had costs nothing.
 */
export function deletionFeedResolver<Db extends FeedDb>(options: {
  /** Prefix of the row and page types, e.g. `Identity`. */
  typeName: string;
  /** The root field, also the policy rule (category hubFeeds). */
  field: RestrictedField;
  read: (db: Db, query: Omit<FeedQuery, 'where'> & { where: FeedKeyset }) => Promise<DeletedRecord[]>;
}) {
  @ObjectType(`${options.typeName}DeletionFeedRow`, { description: 'A deleted record the hub may hold a copy of.' })
  class DeletionFeedRow {
    @Field({ description: 'The record\'s "<subgraph>.<table>", e.g. `education.Pupil`.' })
    recordKind!: string;

    @Field(() => ID, FEED_ROW_FIELDS.recordId)
    recordId!: string;

    @Field(() => ID, { nullable: true, description: 'The master child the record was linked to, when its table has that column.' })
    childId!: string | null;

    @Field(() => DateTimeResolver, { description: 'When the record was deleted; a copy the hub refreshed later than this (the id re-created) stays.' })
    deletedAt!: Date;
  }

  return changeFeedResolver({
    field: options.field,
    pageType: feedPageType(`${options.typeName}Deletion`, DeletionFeedRow),
    description: 'Deleted records',
    read: (db: Db, query, keyset) => options.read(db, { ...query, where: keyset }),
    toRow: (r: DeletedRecord): DeletionFeedRow => ({ recordKind: r.recordKind, recordId: r.recordId, childId: r.childId, deletedAt: r.updatedAt }),
  });
}
