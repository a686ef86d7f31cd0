import { DateTimeResolver } from 'graphql-scalars';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../server/area-fields';
import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency, LinkCorrectionKind, LinkReviewDecision, LinkReviewStatus, Sex } from '../../generated/prisma/registry/enums';
import { connectionTypes } from '../../server/pagination';
import { labelledValues } from '../../shared/value-labels';
import { LINK_CORRECTION_KIND_LABELS, LINK_REVIEW_DECISION_LABELS, LINK_REVIEW_STATUS_LABELS } from './registry.labels';

/** A note a person writes with a decision; the resolvers refuse a longer one. */
const NOTE_INPUT = { nullable: true, description: 'Why, in a few words (up to 2,000 characters); kept with the decision.' } as const;

registerEnumType(LinkReviewStatus, { name: 'LinkReviewStatus', description: 'Whether a review item still waits for a person.', valuesConfig: labelledValues(LINK_REVIEW_STATUS_LABELS) });
registerEnumType(LinkReviewDecision, { name: 'LinkReviewDecision', description: 'LINK: the record is this child. NEW_CHILD: a child the index does not know.', valuesConfig: labelledValues(LINK_REVIEW_DECISION_LABELS) });
registerEnumType(LinkCorrectionKind, { name: 'LinkCorrectionKind', description: 'A merge of two master children, or a split of one record off a child.', valuesConfig: labelledValues(LINK_CORRECTION_KIND_LABELS) });

@ObjectType({ description: "The agency record's identifying fields, as the agency sent them." })
export class LinkRecordIdentity {
  @Field(() => String, { nullable: true, description: 'Personal identification number; null when the record has none.' })
  personalId!: string | null;

  @Field({ description: 'Full name, family name first.' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Date of birth.' })
  birthDate!: Date;

  @Field(() => Sex, { description: 'Sex.' })
  sex!: Sex;

  @Field({ description: 'The commune of the record (five digits).' })
  communeCode!: string;

  @Field(() => String, { nullable: true, description: "The mother's full name; null when the record has none." })
  motherName!: string | null;
}

@ObjectType({ description: 'How one field of the record compares with the candidate, and its weight (bits).' })
export class FieldComparison {
  @Field({ description: 'name, birthDate, sex, commune, motherName or personalId' })
  field!: string;

  @Field({ description: 'e.g. EXACT, ONE_TYPO, TRANSPOSED, SAME_PROVINCE, MISSING' })
  level!: string;

  @Field(() => Float, { description: 'Weight in bits: positive where the field agrees, negative where it disagrees, 0 when either side lacks it.' })
  weight!: number;
}

@ObjectType({ description: 'A master child the record may belong to.' })
export class LinkCandidate {
  @Field(() => ID, { description: 'The master child id of the candidate.' })
  childId!: string;

  @Field(() => Float, { description: 'Fellegi–Sunter score (sum of the field weights).' })
  score!: number;

  @Field(() => [FieldComparison], { description: 'Each compared field, with its agreement level and weight.' })
  fields!: FieldComparison[];
}

@ObjectType({ description: 'An agency record the linkage could not decide alone (liên kết hồ sơ cần xem xét).' })
export class LinkReviewItem {
  @Field(() => ID, { description: 'The review item, as resolveLinkReview takes it.' })
  id!: string;

  @Field(() => Agency, { description: 'The agency whose record it is.' })
  agency!: Agency;

  @Field({ description: 'Kind of source record, e.g. health.Patient.' })
  recordKind!: string;

  @Field(() => ID, { description: "The record's id in its agency's subgraph." })
  sourceRecordId!: string;

  @Field(() => LinkRecordIdentity, { description: 'Who the record says the child is.' })
  record!: LinkRecordIdentity;

  @Field(() => Float, { description: "Best candidate's score." })
  score!: number;

  @Field(() => [LinkCandidate], { description: 'Best first.' })
  candidates!: LinkCandidate[];

  @Field(() => LinkReviewStatus, { description: 'Open or resolved.' })
  status!: LinkReviewStatus;

  @Field(() => LinkReviewDecision, { nullable: true, description: 'The decision; null while open.' })
  decision!: LinkReviewDecision | null;

  @Field(() => ID, { nullable: true, description: 'The child the record was linked to (or made).' })
  decidedChildId!: string | null;

  @Field(() => String, { nullable: true, description: 'Subject of the token that decided.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Agency of the token that decided; null while open.' })
  decidedByAgency!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was decided; null while open.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The decider's note; null when none." })
  note!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the linkage put the record in the queue.' })
  createdAt!: Date;
}

export const LinkReviewConnectionTypes = connectionTypes('LinkReview', LinkReviewItem);

@InputType({ description: 'All given conditions must hold; the area is the commune of the record.' })
export class LinkReviewFilter {
  @Field(() => LinkReviewStatus, { nullable: true, description: 'Default OPEN.' })
  status?: LinkReviewStatus | null;

  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. health.Patient' })
  recordKind?: string | null;
}

@InputType({ description: 'A decision on one review item.' })
export class ResolveLinkReviewInput {
  @Field(() => ID, { description: 'The review item (LinkReviewItem.id).' })
  reviewId!: string;

  @Field(() => LinkReviewDecision, { description: 'LINK to a known child, or NEW_CHILD.' })
  decision!: LinkReviewDecision;

  @Field(() => ID, { nullable: true, description: 'Required with LINK: usually one of the candidates.' })
  childId?: string | null;

  @Field(() => String, NOTE_INPUT)
  note?: string | null;
}

@InputType({ description: 'Two master children that are one child.' })
export class MergeChildrenInput {
  @Field(() => ID, { description: 'The master child that stays.' })
  keepChildId!: string;

  @Field(() => ID, { description: 'The duplicate: its records move to keepChildId, then it goes.' })
  mergeChildId!: string;

  @Field(() => String, NOTE_INPUT)
  note?: string | null;
}

@InputType({ description: 'An agency record linked to the wrong child, and the child it belongs to.' })
export class UnlinkRecordInput {
  @Field({ description: 'e.g. health.Patient' })
  recordKind!: string;

  @Field(() => ID, { description: "The record's id in its agency's subgraph (RecordLink.sourceRecordId)." })
  sourceRecordId!: string;

  @Field(() => ID, { description: 'The child the record really belongs to.' })
  childId!: string;

  @Field(() => String, NOTE_INPUT)
  note?: string | null;
}

@ObjectType({ description: 'A confirmed merge or split: who decided, when, how many records moved.' })
export class LinkCorrection {
  @Field(() => ID, { description: "The correction's id." })
  id!: string;

  @Field(() => LinkCorrectionKind, { description: 'Merge or split.' })
  kind!: LinkCorrectionKind;

  @Field(() => ID, { description: 'MERGE: the duplicate child, now gone. SPLIT: the child the record left.' })
  fromChildId!: string;

  @Field(() => ID, { description: 'MERGE: the child kept. SPLIT: the child the record moved to.' })
  toChildId!: string;

  @Field(() => Int, { description: 'Agency records moved to toChildId.' })
  recordsMoved!: number;

  @Field({ description: 'Subject of the token that decided.' })
  decidedBy!: string;

  @Field({ description: 'Agency of the token that decided.' })
  decidedByAgency!: string;

  @Field(() => DateTimeResolver, { description: 'When it was decided.' })
  decidedAt!: Date;

  @Field(() => String, { nullable: true, description: "The decider's note; null when none." })
  note!: string | null;
}
