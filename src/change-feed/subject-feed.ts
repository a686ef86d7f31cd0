import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../server/date-scalar';
import { Field, ID, ObjectType, type ClassType } from 'type-graphql';
import type { RestrictedField } from '../auth/policy';
import { FEED_ROW_FIELDS, feedPageType, type FeedDb, type FeedQuery, type FeedRecord } from './change-feed';
import { changeFeedResolver } from './change-feed-resolver';

/** What an agency's subject record (pupil, patient, child profile, person) says of who the child is. */
export interface SubjectRecord extends FeedRecord {
  birthDate: Date;
  sex: string;
  personalId: string | null;
  /** The ethnicity (dân tộc) the record states; absent where the agency does not record one. */
  ethnicity?: string | null;
}

/**
 * The identity part of every subject feed row; an agency's row type (an @ObjectType) extends it with
 * what the hub's lists need of the subject. type-graphql inherits fields from a decorated class
 * only; no field returns this type, so schemas never print it.
 */
@ObjectType('SubjectFeedRowBase')
export abstract class SubjectFeedRow {
  @Field(() => ID, FEED_ROW_FIELDS.recordId)
  recordId!: string;

  @Field(() => ID, FEED_ROW_FIELDS.childId)
  childId!: string;

  @Field(() => DateScalar, { description: 'Date of birth as the record states it.' })
  birthDate!: Date;

  @Field({ description: 'MALE or FEMALE.' })
  sex!: string;

  @Field(() => String, { nullable: true, description: 'Personal identification number as the record states it; null when it states none.' })
  personalId!: string | null;

  @Field(() => String, { nullable: true, description: 'The ethnicity (dân tộc) the record states; null when it states none or the agency does not record one.' })
  ethnicity!: string | null;

  @Field(() => DateTimeResolver, { description: "The record's last change; a database trigger also touches it when a related record the row carries changes." })
  updatedAt!: Date;
}

/** The identity fields a subject feed's `read` selects (plus `ethnicity` where the table has it). */
export const SUBJECT_RECORD_SELECT = { id: true, childId: true, birthDate: true, sex: true, personalId: true, updatedAt: true, changeXid: true } as const;

/**
 * The one change feed of an agency's subject table (pupils, patients, child profiles, persons): each
 * row says who the record says the child is (the hub's identity checks: agencies disagreeing on a
 * date of birth, a personal ID contradicting sex or birth year) and, with `rowType` and `toRow`,
 * the coarse facts the hub's other lists need of that subject (the dropout-risk model's). One feed
 * per table, so the hub reads each table once. `read` is the owning subgraph's own query of its own
 * table, selecting at least SUBJECT_RECORD_SELECT.
 */
export function subjectRecordFeedResolver<Db extends FeedDb, Source extends SubjectRecord = SubjectRecord, Row extends SubjectFeedRow = SubjectFeedRow>(options: {
  /** Prefix of the row and page types, e.g. `EducationPupil`. */
  typeName: string;
  /** The root field, also the policy rule (category hubFeeds). */
  field: RestrictedField;
  description: string;
  read: (db: Db, query: FeedQuery) => Promise<Source[]>;
  /** The row type (extends SubjectFeedRow, named `<typeName>FeedRow`); identity fields only when omitted. */
  rowType?: ClassType<Row>;
  /** The row's fields beyond the identity ones. */
  extraFields?: (record: Source) => Omit<Row, keyof SubjectFeedRow>;
}) {
  const rowType =
    options.rowType ??
    (() => {
      @ObjectType(`${options.typeName}FeedRow`, { description: `${options.description}: who the record says the child is.` })
      class IdentityOnlyRow extends SubjectFeedRow {}
      return IdentityOnlyRow;
    })();
  return changeFeedResolver({
    field: options.field,
    pageType: feedPageType(options.typeName, rowType),
    description: options.description,
    read: (db: Db, query) => options.read(db, query),
    toRow: (r: Source) => ({
      recordId: r.id,
      childId: r.childId!,
      birthDate: r.birthDate,
      sex: r.sex,
      personalId: r.personalId,
      ethnicity: r.ethnicity ?? null,
      updatedAt: r.updatedAt,
      ...options.extraFields?.(r),
    }),
  });
}
