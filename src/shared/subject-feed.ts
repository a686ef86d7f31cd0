import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RestrictedField } from '../auth/policy';
import { feedPageType, type FeedQuery, type FeedRecord } from './change-feed';
import { changeFeedResolver } from './change-feed-resolver';

/** What an agency's subject record (pupil, patient, child profile, person) says of who the child is. */
export interface SubjectRecord extends FeedRecord {
  birthDate: Date;
  sex: string;
  personalId: string | null;
}

/**
 * The change feed of one agency's subject records, for the hub's identity checks (agencies
 * disagreeing on a date of birth, a personal ID contradicting sex or birth year). Every agency's
 * feed has the same shape, so one definition serves them all; `read` is the owning subgraph's
 * own query of its own table.
 */
export function subjectRecordFeedResolver<Db>(options: {
  /** Prefix of the row and page types, e.g. `EducationPupil`. */
  typeName: string;
  /** The root field, also the policy rule (category hubFeeds). */
  field: RestrictedField;
  description: string;
  read: (db: Db, query: FeedQuery) => Promise<SubjectRecord[]>;
}) {
  @ObjectType(`${options.typeName}FeedRow`, { description: `${options.description}: who the record says the child is.` })
  class SubjectFeedRow {
    @Field(() => ID)
    recordId!: string;

    @Field(() => ID)
    childId!: string;

    @Field(() => DateResolver)
    birthDate!: Date;

    @Field({ description: 'MALE or FEMALE.' })
    sex!: string;

    @Field(() => String, { nullable: true })
    personalId!: string | null;

    @Field(() => DateTimeResolver)
    updatedAt!: Date;
  }
  return changeFeedResolver({
    field: options.field,
    pageType: feedPageType(options.typeName, SubjectFeedRow),
    description: options.description,
    read: (db: Db, query) => options.read(db, query),
    toRow: (r: SubjectRecord) => ({ ...r, recordId: r.id, childId: r.childId! }),
  });
}
