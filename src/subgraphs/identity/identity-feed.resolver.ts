import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { FEED_ROW_FIELDS, feedPageType } from '../../change-feed/change-feed';
import { changeFeedResolver } from '../../change-feed/change-feed-resolver';
import { SUBJECT_RECORD_SELECT, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import { ResidenceKind } from '../../generated/prisma/identity/enums';
import type { IdentityDb } from './identity.db';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

/** Persons in change order: identity facts, ethnicity included, for the hub (HUB only). */
export const PersonFeedResolver = subjectRecordFeedResolver<IdentityDb>({
  typeName: 'IdentityPerson',
  field: 'Query.identityPersonFeed',
  description: 'Persons in the population registry',
  read: (db, query) => db.person.findMany({ ...query, select: { ...SUBJECT_RECORD_SELECT, ethnicity: true } }),
});

@ObjectType({ description: 'What the hub needs of a residence registration to find children without one.' })
export class IdentityResidenceFeedRow {
  @Field(() => ID, FEED_ROW_FIELDS.recordId)
  recordId!: string;

  @Field(() => ID, { description: 'The person record the residence belongs to (the hub joins on it, so a later link of the person is enough).' })
  personRecordId!: string;

  @Field(() => ID, { nullable: true, description: 'The master child of the person; null while the person is not linked to one.' })
  childId!: string | null;

  @Field(() => ResidenceKind, { description: 'Permanent or temporary residence.' })
  kind!: ResidenceKind;

  @Field({ description: 'Province of the registered address (the hub tells migrant families by it); never the address itself.' })
  provinceCode!: string;

  @Field(() => DateScalar, { description: 'Day the residence was registered.' })
  registeredOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the registration ended; null while it is current.' })
  endedOn!: Date | null;

  @Field(() => DateTimeResolver, FEED_ROW_FIELDS.updatedAt)
  updatedAt!: Date;
}

/**
 * Residences have their own feed: registering or ending a residence changes the Residence row, not
 * the Person, so a persons-only feed would never report it. Every residence is listed, its person
 * linked or not: the hub joins it to the person record.
 */
export const ResidenceFeedResolver = changeFeedResolver({
  field: 'Query.identityResidenceFeed',
  pageType: feedPageType('IdentityResidence', IdentityResidenceFeedRow),
  description: 'Residence registrations',
  read: async (db: IdentityDb, query, keyset) =>
    (await db.residence.findMany({ ...query, where: keyset, include: { person: { select: { childId: true } } } })).map((r) => ({ ...r, childId: r.person.childId })),
  toRow: (r) => ({ recordId: r.id, personRecordId: r.personId, childId: r.childId, kind: r.kind, provinceCode: r.provinceCode, registeredOn: r.registeredOn, endedOn: r.endedOn, updatedAt: r.updatedAt }),
});

/** Deleted identity records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Identity', field: 'Query.identityDeletionFeed', read: (db: IdentityDb, query) => db.deletedRecord.findMany(query) });
