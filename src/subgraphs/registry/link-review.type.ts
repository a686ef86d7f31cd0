import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency, LinkCorrectionKind, LinkReviewDecision, LinkReviewStatus, Sex } from '../../generated/prisma/registry/enums';
import { connectionTypes } from '../../server/pagination';

registerEnumType(LinkReviewStatus, { name: 'LinkReviewStatus' });
registerEnumType(LinkReviewDecision, { name: 'LinkReviewDecision', description: 'LINK: the record is this child. NEW_CHILD: a child the index does not know.' });
registerEnumType(LinkCorrectionKind, { name: 'LinkCorrectionKind' });

@ObjectType({ description: "The agency record's identifying fields, as the agency sent them." })
export class LinkRecordIdentity {
  @Field(() => String, { nullable: true })
  personalId!: string | null;

  @Field()
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field(() => Sex)
  sex!: Sex;

  @Field()
  communeCode!: string;

  @Field(() => String, { nullable: true })
  motherName!: string | null;
}

@ObjectType({ description: 'How one field of the record compares with the candidate, and its weight (bits).' })
export class FieldComparison {
  @Field({ description: 'name, birthDate, sex, commune, motherName or personalId' })
  field!: string;

  @Field({ description: 'e.g. EXACT, ONE_TYPO, TRANSPOSED, SAME_PROVINCE, MISSING' })
  level!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'A master child the record may belong to.' })
export class LinkCandidate {
  @Field(() => ID)
  childId!: string;

  @Field(() => Float, { description: 'Fellegi–Sunter score (sum of the field weights).' })
  score!: number;

  @Field(() => [FieldComparison])
  fields!: FieldComparison[];
}

@ObjectType({ description: 'An agency record the linkage could not decide alone (liên kết hồ sơ cần xem xét).' })
export class LinkReviewItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Agency)
  agency!: Agency;

  @Field()
  recordKind!: string;

  @Field(() => ID)
  sourceRecordId!: string;

  @Field(() => LinkRecordIdentity)
  record!: LinkRecordIdentity;

  @Field(() => Float, { description: "Best candidate's score." })
  score!: number;

  @Field(() => [LinkCandidate], { description: 'Best first.' })
  candidates!: LinkCandidate[];

  @Field(() => LinkReviewStatus)
  status!: LinkReviewStatus;

  @Field(() => LinkReviewDecision, { nullable: true })
  decision!: LinkReviewDecision | null;

  @Field(() => ID, { nullable: true, description: 'The child the record was linked to (or made).' })
  decidedChildId!: string | null;

  @Field(() => String, { nullable: true, description: 'Subject of the token that decided.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  decidedByAgency!: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

export const LinkReviewConnectionTypes = connectionTypes('LinkReview', LinkReviewItem);

@InputType()
export class LinkReviewFilter {
  @Field(() => LinkReviewStatus, { nullable: true, description: 'Default OPEN.' })
  status?: LinkReviewStatus | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. health.Patient' })
  recordKind?: string | null;
}

@InputType()
export class ResolveLinkReviewInput {
  @Field(() => ID)
  reviewId!: string;

  @Field(() => LinkReviewDecision)
  decision!: LinkReviewDecision;

  @Field(() => ID, { nullable: true, description: 'Required with LINK: usually one of the candidates.' })
  childId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class MergeChildrenInput {
  @Field(() => ID, { description: 'The master child that stays.' })
  keepChildId!: string;

  @Field(() => ID, { description: 'The duplicate: its records move to keepChildId, then it goes.' })
  mergeChildId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class UnlinkRecordInput {
  @Field({ description: 'e.g. health.Patient' })
  recordKind!: string;

  @Field(() => ID)
  sourceRecordId!: string;

  @Field(() => ID, { description: 'The child the record really belongs to.' })
  childId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType({ description: 'A confirmed merge or split: who decided, when, how many records moved.' })
export class LinkCorrection {
  @Field(() => ID)
  id!: string;

  @Field(() => LinkCorrectionKind)
  kind!: LinkCorrectionKind;

  @Field(() => ID)
  fromChildId!: string;

  @Field(() => ID)
  toChildId!: string;

  @Field(() => Int)
  recordsMoved!: number;

  @Field()
  decidedBy!: string;

  @Field()
  decidedByAgency!: string;

  @Field(() => DateTimeResolver)
  decidedAt!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
