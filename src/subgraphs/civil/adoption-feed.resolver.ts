import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { FEED_ROW_FIELDS, feedPageType } from '../../change-feed/change-feed';
import { changeFeedResolver } from '../../change-feed/change-feed-resolver';
import { AdoptionStatus } from '../../generated/prisma/civil/enums';
import type { CivilDb } from './civil.db';

@ObjectType({ description: 'What the hub needs of an adoption case to find adoptions approved but never registered.' })
export class CivilAdoptionFeedRow {
  @Field(() => ID, FEED_ROW_FIELDS.recordId)
  recordId!: string;

  @Field(() => ID, { description: 'The adopted child: the master child of the adoption\'s birth registration.' })
  childId!: string;

  @Field(() => AdoptionStatus, { description: 'Where the case stands now.' })
  status!: AdoptionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Day of approval; null until approved.' })
  approvedOn!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day of registration; null until registered.' })
  registeredOn!: Date | null;

  @Field(() => DateTimeResolver, FEED_ROW_FIELDS.updatedAt)
  updatedAt!: Date;
}

/** Adoption cases; an adoption reaches its child through the birth registration it was made under. */
export const AdoptionFeedResolver = changeFeedResolver({
  field: 'Query.civilAdoptionFeed',
  pageType: feedPageType('CivilAdoption', CivilAdoptionFeedRow),
  description: 'Adoption cases',
  read: async (db: CivilDb, query, keyset) =>
    (
      await db.adoption.findMany({ ...query, where: { ...keyset, birthRegistration: { childId: { not: null } } }, include: { birthRegistration: { select: { childId: true } } } })
    ).map((r) => ({ ...r, childId: r.birthRegistration.childId })),
  toRow: (r) => ({ ...r, recordId: r.id, childId: r.childId! }),
});
