import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { feedPageType } from '../../shared/change-feed';
import { changeFeedResolver } from '../../shared/change-feed-resolver';
import { subjectRecordFeedResolver } from '../../shared/subject-feed';
import type { ProtectionDb } from './protection.db';

/** Child-protection profiles in change order, for the hub's identity checks (HUB only). */
export const ProfileFeedResolver = subjectRecordFeedResolver<ProtectionDb>({
  typeName: 'ProtectionProfile',
  field: 'Query.protectionProfileFeed',
  description: 'Child-protection profiles',
  read: (db, query) => db.childProfile.findMany({ ...query, select: { id: true, childId: true, birthDate: true, sex: true, personalId: true, updatedAt: true } }),
});

/** The reception steps that give an abandoned child legal papers (the justice office's concern). */
export const LEGAL_FILE_STEPS = ['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'] as const;

@ObjectType({ description: 'One legal-file step of an abandoned child\'s reception file; absent steps are not listed.' })
export class ProtectionLegalStepFeedRow {
  @Field({ description: 'BIRTH_REGISTRATION, RESIDENCE_REGISTRATION or HEALTH_INSURANCE.' })
  step!: string;

  @Field(() => DateResolver)
  dueOn!: Date;

  @Field(() => DateResolver, { nullable: true })
  completedOn!: Date | null;
}

@ObjectType({ description: 'What the hub needs of an abandoned child\'s reception file to find missing or late legal papers.' })
export class ProtectionAbandonmentFeedRow {
  @Field(() => ID)
  recordId!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => DateResolver)
  foundOn!: Date;

  @Field(() => [ProtectionLegalStepFeedRow])
  legalSteps!: ProtectionLegalStepFeedRow[];

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

/** Abandoned children's files; a file reaches its child through the child's profile, and a step change bumps the file's version (and updatedAt). */
export const AbandonmentFeedResolver = changeFeedResolver({
  field: 'Query.protectionAbandonmentFeed',
  pageType: feedPageType('ProtectionAbandonment', ProtectionAbandonmentFeedRow),
  description: "Abandoned children's reception files",
  read: async (db: ProtectionDb, query, keyset) =>
    (
      await db.abandonmentCase.findMany({
        ...query,
        where: { ...keyset, profile: { childId: { not: null } } },
        include: { profile: { select: { childId: true } }, steps: { where: { step: { in: [...LEGAL_FILE_STEPS] } }, orderBy: { step: 'asc' } } },
      })
    ).map((r) => ({ ...r, childId: r.profile.childId })),
  toRow: (r) => ({ recordId: r.id, childId: r.childId!, foundOn: r.foundAt, legalSteps: r.steps, updatedAt: r.updatedAt }),
});
