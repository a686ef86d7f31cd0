import { DateScalar } from '../../../server/date-scalar';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../../server/area-fields';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../../generated/prisma/registry/enums';
import { connectionTypes } from '../../../server/pagination';
import { Child, type ChildNode } from '../child.type';
import { labelledValues } from '../../../shared/value-labels';
import { REASON_LABELS, RISK_MODEL, type RiskReasonCode } from './config';
import { RISK_LEVEL_LABELS, SITUATION_LABELS } from './risk.labels';

const { levels } = RISK_MODEL;
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: `Dropout risk level by score: HIGH from ${levels.HIGH}, MEDIUM from ${levels.MEDIUM}, LOW below.`,
  valuesConfig: labelledValues(RISK_LEVEL_LABELS),
});

/** The list rows' area: the child's residence, as the master index holds it. */
const RESIDENCE_PROVINCE = { description: "Province of the child's residence (master index), two digits." } as const;
const RESIDENCE_COMMUNE = { description: "Commune of the child's residence (master index), five digits." } as const;

/** The reason codes as a GraphQL enum (the values are the codes; labels below). */
export const RiskReasonCodeEnum = Object.fromEntries(Object.keys(REASON_LABELS).map((code) => [code, code])) as { [C in RiskReasonCode]: C };
registerEnumType(RiskReasonCodeEnum, {
  name: 'RiskReasonCode',
  description: 'Why a pupil is at risk. Facts from other agencies appear only as these coarse codes.',
  valuesConfig: labelledValues(REASON_LABELS),
});

@ObjectType({ description: 'One reason a pupil is listed, with a short label in English and Vietnamese.' })
export class RiskReason {
  @Field(() => RiskReasonCodeEnum, { description: 'The reason.' })
  code!: RiskReasonCode;

  @Field({ description: 'Its short label in English.' })
  labelEn!: string;

  @Field({ description: 'Its short label in Vietnamese.' })
  labelVi!: string;
}

@ObjectType({ description: 'A school as the education feed reported it.' })
export class ListedSchool {
  @Field({ description: 'School code in the education management database.' })
  code!: string;

  @Field({ description: "The school's name." })
  name!: string;
}

@ObjectType({ description: 'A pupil on the dropout-risk worklist (danh sách học sinh có nguy cơ bỏ học).' })
export class DropoutRiskRow {
  @Field(() => Child, { description: "The child; identity fields follow each agency's rules." })
  child!: ChildNode;

  @Field(() => ListedSchool, { description: "The pupil's school in that school year." })
  school!: ListedSchool;

  @Field({ description: 'School year of the enrollment, e.g. "2025-2026".' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Grade 1-12; 0 for preschool.' })
  grade!: number;

  @Field(() => RiskLevel, { description: 'The level the score falls in.' })
  level!: RiskLevel;

  @Field(() => Int, { description: `Sum of the weights of the factors that apply; facts from other agencies add at most ${RISK_MODEL.crossAgencyCap}.` })
  score!: number;

  @Field(() => [RiskReason], { description: 'Why the pupil is listed, one entry per reason code.' })
  reasons!: RiskReason[];

  @Field(RESIDENCE_PROVINCE)
  provinceCode!: string;

  @Field(RESIDENCE_COMMUNE)
  communeCode!: string;
}

export const DropoutRiskConnectionTypes = connectionTypes('DropoutRisk', DropoutRiskRow);

@InputType({ description: 'All given conditions must hold. Area codes are of the child\'s residence.' })
export class DropoutRiskFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
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
  description: 'Why a child of compulsory school age is on the out-of-school list.',
  valuesConfig: labelledValues(SITUATION_LABELS, {
    NOT_ENROLLED_THIS_YEAR: 'Enrolled in an earlier year, not this one.',
    NEVER_ENROLLED: 'No enrollment known to the hub: never at school, or the pupil record is not linked yet.',
  }),
});

@ObjectType({ description: 'A child of compulsory school age out of school, or who dropped out this year (trẻ ngoài nhà trường).' })
export class OutOfSchoolRow {
  @Field(() => Child, { description: "The child; identity fields follow each agency's rules." })
  child!: ChildNode;

  @Field(() => OutOfSchoolSituation, { description: 'Why the child is listed.' })
  situation!: OutOfSchoolSituation;

  @Field(() => Int, { description: 'Age in years on the school year\'s reckoning date.' })
  ageYears!: number;

  @Field({ description: 'The current school year, e.g. "2025-2026".' })
  schoolYear!: string;

  @Field(() => ListedSchool, { nullable: true, description: 'The last school known, if any.' })
  lastSchool!: ListedSchool | null;

  @Field(() => Int, { nullable: true, description: 'Grade of the last enrollment (0 for preschool); null when none is known.' })
  lastGrade!: number | null;

  @Field(() => String, { nullable: true, description: 'School year of the last enrollment; null when none is known.' })
  lastSchoolYear!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the last enrollment ended.' })
  leftOn!: Date | null;

  @Field(RESIDENCE_PROVINCE)
  provinceCode!: string;

  @Field(RESIDENCE_COMMUNE)
  communeCode!: string;
}

export const OutOfSchoolConnectionTypes = connectionTypes('OutOfSchool', OutOfSchoolRow);

@InputType({ description: "All given conditions must hold. Area codes are of the child's residence." })
export class OutOfSchoolFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => [OutOfSchoolSituation], { nullable: true, description: 'Children in one of these situations.' })
  situations?: OutOfSchoolSituation[] | null;

  @Field(() => Int, { nullable: true, description: "Age in years on the school year's reckoning date, at least." })
  ageFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Age in years on the school year's reckoning date, at most." })
  ageTo?: number | null;
}
