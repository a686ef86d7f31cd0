import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../auth/policy';
import { feedPageType } from '../../change-feed/change-feed';
import { changeFeedResolver } from '../../change-feed/change-feed-resolver';
import { SUBJECT_RECORD_SELECT, SubjectFeedRow, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import { HouseholdPovertyLevel } from '../../generated/prisma/protection/enums';
import type { ProtectionDb } from './protection.db';
import './protection.type';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

/**
 * Coarse flags only, beyond identity. The special-circumstance flag is computed here, from
 * non-sensitive groups only, so a sensitive group (abuse, trafficking, HIV, conflict with the law)
 * never leaves this subgraph in any form that a list read by EDUCATION could be derived from.
 */
@ObjectType('ProtectionProfileFeedRow', { description: 'A child-protection profile: who it says the child is, and coarse social-protection flags.' })
class ProfileFeedRow extends SubjectFeedRow {
  @Field({ description: 'An active non-sensitive special-circumstance group (Law on Children, art. 10).' })
  inSpecialCircumstances!: boolean;

  @Field({ description: 'Actively recorded as orphaned of both parents.' })
  orphaned!: boolean;

  @Field(() => HouseholdPovertyLevel, { nullable: true, description: "The household's latest poverty listing." })
  householdPoverty!: HouseholdPovertyLevel | null;
}

/**
 * Child-protection profiles in change order, for the hub (HUB only). A trigger touches the profile
 * whenever a special circumstance or poverty listing changes (migration 20261123191628_dropout_risk).
 */
export const ProfileFeedResolver = subjectRecordFeedResolver({
  typeName: 'ProtectionProfile',
  field: 'Query.protectionProfileFeed',
  description: 'Child-protection profiles',
  rowType: ProfileFeedRow,
  read: (db: ProtectionDb, query) =>
    db.childProfile.findMany({
      ...query,
      select: {
        ...SUBJECT_RECORD_SELECT,
        specialCircumstances: { where: { endedOn: null }, select: { group: true } },
        householdPoverty: { orderBy: { year: 'desc' }, take: 1, select: { level: true } },
      },
    }),
  extraFields: (profile) => ({
    inSpecialCircumstances: profile.specialCircumstances.some((c) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(c.group)),
    orphaned: profile.specialCircumstances.some((c) => c.group === 'ORPHANED_BOTH_PARENTS'),
    householdPoverty: profile.householdPoverty[0]?.level ?? null,
  }),
});

/** The reception steps that give an abandoned child legal papers (the justice office's concern). */
export const LEGAL_FILE_STEPS = ['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'] as const;

@ObjectType({ description: 'One legal-file step of an abandoned child\'s reception file; absent steps are not listed.' })
export class ProtectionLegalStepFeedRow {
  @Field({ description: 'BIRTH_REGISTRATION, RESIDENCE_REGISTRATION or HEALTH_INSURANCE.' })
  step!: string;

  @Field(() => DateScalar)
  dueOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: Date | null;
}

@ObjectType({ description: 'What the hub needs of an abandoned child\'s reception file to find missing or late legal papers.' })
export class ProtectionAbandonmentFeedRow {
  @Field(() => ID)
  recordId!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => DateScalar)
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

/** Deleted protection records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Protection', field: 'Query.protectionDeletionFeed', read: (db: ProtectionDb, query) => db.deletedRecord.findMany(query) });
