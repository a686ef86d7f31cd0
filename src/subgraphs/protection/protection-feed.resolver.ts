import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../auth/policy';
import { FEED_ROW_FIELDS, feedPageType } from '../../change-feed/change-feed';
import { changeFeedResolver } from '../../change-feed/change-feed-resolver';
import { SUBJECT_RECORD_SELECT, SubjectFeedRow, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import { HouseholdPovertyLevel } from '../../generated/prisma/protection/enums';
import type { ProtectionDb } from './protection.db';
import './protection.type';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

/**
 * Coarse facts only, beyond identity. Special-circumstance groups are named here only when they
 * are not sensitive: a sensitive group (abuse, trafficking, HIV, conflict with the law) never leaves
 * this subgraph by name, in any form a list read by EDUCATION could be derived from; the hub learns
 * only that one exists (inSensitiveCircumstances), which its indicators count and never list.
 */
@ObjectType('ProtectionProfileFeedRow', { description: 'A child-protection profile: who it says the child is, and coarse social-protection facts.' })
class ProfileFeedRow extends SubjectFeedRow {
  @Field({ description: 'An active non-sensitive special-circumstance group (Law on Children, art. 10).' })
  inSpecialCircumstances!: boolean;

  @Field(() => [String], { description: 'The active non-sensitive special-circumstance groups (Law on Children, art. 10), alphabetical; never a sensitive one.' })
  groups!: string[];

  @Field({ description: 'Whether an active sensitive special-circumstance group (HIV included) exists: yes or no, never which.' })
  inSensitiveCircumstances!: boolean;

  @Field({ description: 'Actively recorded as orphaned of both parents.' })
  orphaned!: boolean;

  @Field(() => HouseholdPovertyLevel, { nullable: true, description: "The household's latest poverty listing." })
  householdPoverty!: HouseholdPovertyLevel | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the latest social-assistance payment was made; null when none was.' })
  lastSupportPaidOn!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the latest care placement (by start) started; null when the child was never placed.' })
  careStartedOn!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the latest care placement ended; null while it lasts or when there is none.' })
  careEndedOn!: Date | null;
}

/** The active groups split by sensitivity: the non-sensitive ones by name (sorted, once each), the sensitive ones as a yes/no. */
function circumstanceFacts(active: readonly { group: string }[]): { groups: string[]; inSensitiveCircumstances: boolean } {
  const sensitive = (group: string) => SENSITIVE_CIRCUMSTANCE_GROUPS.includes(group);
  return {
    groups: [...new Set(active.map((c) => c.group).filter((group) => !sensitive(group)))].sort(),
    inSensitiveCircumstances: active.some((c) => sensitive(c.group)),
  };
}

/**
 * Child-protection profiles in change order, for the hub (HUB only). A trigger touches the profile
 * whenever a special circumstance or poverty listing (migration 20261123191628_dropout_risk), a
 * care placement or a support payment (migration 20261203142810_indicator_facts) changes.
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
        supportPayments: { orderBy: { paidOn: 'desc' }, take: 1, select: { paidOn: true } },
        carePlacements: { orderBy: [{ startedOn: 'desc' }, { id: 'desc' }], take: 1, select: { startedOn: true, endedOn: true } },
      },
    }),
  extraFields: (profile) => {
    const circumstances = circumstanceFacts(profile.specialCircumstances);
    const care = profile.carePlacements[0];
    return {
      inSpecialCircumstances: circumstances.groups.length > 0,
      ...circumstances,
      orphaned: profile.specialCircumstances.some((c) => c.group === 'ORPHANED_BOTH_PARENTS'),
      householdPoverty: profile.householdPoverty[0]?.level ?? null,
      lastSupportPaidOn: profile.supportPayments[0]?.paidOn ?? null,
      careStartedOn: care?.startedOn ?? null,
      careEndedOn: care?.endedOn ?? null,
    };
  },
});

/** The reception steps that give an abandoned child legal papers (the justice office's concern). */
export const LEGAL_FILE_STEPS = ['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'] as const;

@ObjectType({ description: 'One legal-file step of an abandoned child\'s reception file; absent steps are not listed.' })
export class ProtectionLegalStepFeedRow {
  @Field({ description: 'BIRTH_REGISTRATION, RESIDENCE_REGISTRATION or HEALTH_INSURANCE.' })
  step!: string;

  @Field(() => DateScalar, { description: 'Legal due date of the step.' })
  dueOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the step was done; null while it is open.' })
  completedOn!: Date | null;
}

@ObjectType({ description: 'What the hub needs of an abandoned child\'s reception file to find missing or late legal papers.' })
export class ProtectionAbandonmentFeedRow {
  @Field(() => ID, FEED_ROW_FIELDS.recordId)
  recordId!: string;

  @Field(() => ID, FEED_ROW_FIELDS.childId)
  childId!: string;

  @Field(() => DateScalar, { description: 'Day the child was found.' })
  foundOn!: Date;

  @Field(() => [ProtectionLegalStepFeedRow], { description: "The file's legal-file steps that exist." })
  legalSteps!: ProtectionLegalStepFeedRow[];

  @Field(() => DateTimeResolver, FEED_ROW_FIELDS.updatedAt)
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
