import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { FEED_ROW_FIELDS, feedPageType } from '../../change-feed/change-feed';
import { changeFeedResolver } from '../../change-feed/change-feed-resolver';
import type { CivilDb } from './civil.db';
import { Sex } from '../../generated/prisma/civil/enums';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

@ObjectType({ description: 'What the hub needs of a birth registration to find civil-status gaps.' })
export class CivilRegistrationFeedRow {
  @Field(() => ID, { description: 'The registration record id.' })
  recordId!: string;

  @Field(() => ID, FEED_ROW_FIELDS.childId)
  childId!: string;

  @Field(() => DateScalar, { description: 'Date of birth as registered.' })
  birthDate!: Date;

  @Field(() => Sex, { description: 'Sex as registered.' })
  sex!: Sex;

  @Field(() => DateScalar, { description: 'Day of registration.' })
  registeredOn!: Date;

  @Field({ description: 'The commune that keeps the register (five digits).' })
  registeringCommuneCode!: string;

  @Field(() => String, { nullable: true, description: "The child's personal identification number as registered; null when none is." })
  personalId!: string | null;

  @Field({ description: 'Registered as an abandoned child: parents unknown.' })
  registeredAsAbandoned!: boolean;

  @Field(() => DateTimeResolver, FEED_ROW_FIELDS.updatedAt)
  updatedAt!: Date;
}

/** Birth registrations, for the civil-status gaps. */
export const CivilFeedResolver = changeFeedResolver({
  field: 'Query.civilRegistrationFeed',
  pageType: feedPageType('CivilRegistration', CivilRegistrationFeedRow),
  description: 'Birth registrations',
  read: (db: CivilDb, query) => db.birthRegistration.findMany(query),
  toRow: (r) => ({ ...r, recordId: r.id, childId: r.childId! }),
});

/** Deleted civil records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Civil', field: 'Query.civilDeletionFeed', read: (db: CivilDb, query) => db.deletedRecord.findMany(query) });
