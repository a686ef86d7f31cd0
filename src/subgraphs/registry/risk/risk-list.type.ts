import { DateScalar } from '../../../server/date-scalar';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../../generated/prisma/registry/enums';
import { connectionTypes } from '../../../server/pagination';
import { Child, type ChildNode } from '../child.type';
import { REASON_LABELS, type RiskReasonCode } from './config';

registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'Dropout risk level: LOW, MEDIUM or HIGH (cut-offs in the model config).' });

/** The reason codes as a GraphQL enum (the values are the codes; labels below). */
export const RiskReasonCodeEnum = Object.fromEntries(Object.keys(REASON_LABELS).map((code) => [code, code])) as { [C in RiskReasonCode]: C };
registerEnumType(RiskReasonCodeEnum, {
  name: 'RiskReasonCode',
  description: 'Why a pupil is at risk. Facts from other agencies appear only as these coarse codes.',
  valuesConfig: Object.fromEntries(Object.entries(REASON_LABELS).map(([code, label]) => [code, { description: `${label.en} (${label.vi})` }])),
});

@ObjectType({ description: 'One reason a pupil is listed, with a short label in English and Vietnamese.' })
export class RiskReason {
  @Field(() => RiskReasonCodeEnum)
  code!: RiskReasonCode;

  @Field()
  labelEn!: string;

  @Field()
  labelVi!: string;
}

@ObjectType({ description: 'A school as the education feed reported it.' })
export class ListedSchool {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A pupil on the dropout-risk worklist (danh sách học sinh có nguy cơ bỏ học).' })
export class DropoutRiskRow {
  @Field(() => Child, { description: "The child; identity fields follow each agency's rules." })
  child!: ChildNode;

  @Field(() => ListedSchool)
  school!: ListedSchool;

  @Field()
  schoolYear!: string;

  @Field(() => Int)
  grade!: number;

  @Field(() => RiskLevel)
  level!: RiskLevel;

  @Field(() => Int, { description: 'Sum of the weights of the factors that apply (see the README weights table).' })
  score!: number;

  @Field(() => [RiskReason])
  reasons!: RiskReason[];

  @Field({ description: "Province of the child's residence (master index)." })
  provinceCode!: string;

  @Field({ description: "Commune of the child's residence (master index)." })
  communeCode!: string;
}

export const DropoutRiskConnectionTypes = connectionTypes('DropoutRisk', DropoutRiskRow);

@InputType({ description: 'All given conditions must hold. Area codes are of the child\'s residence.' })
export class DropoutRiskFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'School code, e.g. 01001THCS.' })
  schoolCode?: string | null;

  @Field(() => RiskLevel, { nullable: true, description: 'Only pupils at this level or above.' })
  minLevel?: RiskLevel | null;

  @Field(() => Int, { nullable: true, description: '0 (preschool) to 12.' })
  grade?: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. "2025-2026"; the lists hold the current school year.' })
  schoolYear?: string | null;

  @Field(() => [RiskReasonCodeEnum], { nullable: true, description: 'Pupils with at least one of these reasons.' })
  reasons?: RiskReasonCode[] | null;
}

export enum OutOfSchoolSituation {
  DROPPED_OUT = 'DROPPED_OUT',
  NOT_ENROLLED_THIS_YEAR = 'NOT_ENROLLED_THIS_YEAR',
  NEVER_ENROLLED = 'NEVER_ENROLLED',
}
registerEnumType(OutOfSchoolSituation, {
  name: 'OutOfSchoolSituation',
  valuesConfig: {
    DROPPED_OUT: { description: 'Dropped out this school year (bỏ học trong năm học).' },
    NOT_ENROLLED_THIS_YEAR: { description: 'Enrolled in an earlier year, not this one.' },
    NEVER_ENROLLED: { description: 'No enrollment known to the hub (chưa từng đi học, hoặc hồ sơ chưa liên kết).' },
  },
});

@ObjectType({ description: 'A child of compulsory school age out of school, or who dropped out this year (trẻ ngoài nhà trường).' })
export class OutOfSchoolRow {
  @Field(() => Child)
  child!: ChildNode;

  @Field(() => OutOfSchoolSituation)
  situation!: OutOfSchoolSituation;

  @Field(() => Int, { description: 'Age in years on the school year\'s reckoning date.' })
  ageYears!: number;

  @Field()
  schoolYear!: string;

  @Field(() => ListedSchool, { nullable: true, description: 'The last school known, if any.' })
  lastSchool!: ListedSchool | null;

  @Field(() => Int, { nullable: true })
  lastGrade!: number | null;

  @Field(() => String, { nullable: true })
  lastSchoolYear!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the last enrollment ended.' })
  leftOn!: Date | null;

  @Field()
  provinceCode!: string;

  @Field()
  communeCode!: string;
}

export const OutOfSchoolConnectionTypes = connectionTypes('OutOfSchool', OutOfSchoolRow);

@InputType({ description: "All given conditions must hold. Area codes are of the child's residence." })
export class OutOfSchoolFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  communeCode?: string | null;

  @Field(() => [OutOfSchoolSituation], { nullable: true })
  situations?: OutOfSchoolSituation[] | null;

  @Field(() => Int, { nullable: true })
  ageFrom?: number | null;

  @Field(() => Int, { nullable: true })
  ageTo?: number | null;
}
