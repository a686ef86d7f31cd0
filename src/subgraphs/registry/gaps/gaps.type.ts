import { DateScalar } from '../../../server/date-scalar';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../../server/area-fields';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../../../generated/prisma/registry/enums';
import { connectionTypes } from '../../../server/pagination';
import { Child, type ChildNode } from '../child.type';
import { labelledValues } from '../../../shared/value-labels';
import { GAP_KIND_LABELS } from './gap-kind.labels';
import { GAP_KINDS, type GapKind } from './gap-rules';

export const CivilStatusGapKind = Object.fromEntries(GAP_KINDS.map((k) => [k, k])) as { [K in GapKind]: K };
registerEnumType(CivilStatusGapKind, {
  name: 'CivilStatusGapKind',
  description: 'What a child lacks in civil status (hộ tịch) and identity papers.',
  valuesConfig: labelledValues(GAP_KIND_LABELS, {
    NO_BIRTH_REGISTRATION: 'Known to another agency, but no birth registration.',
    LATE_BIRTH_REGISTRATION: 'Registered more than 60 days after birth.',
    NO_PERSONAL_ID: 'No personal identification number in any agency record.',
    NO_RESIDENCE_REGISTRATION: 'No current permanent residence registration.',
    ABANDONED_WITHOUT_LEGAL_FILE: "An abandoned child's birth registration, residence or health-insurance step is missing past its deadline, or was done late.",
    ADOPTION_NOT_REGISTERED: 'An adoption approved but never registered.',
    IDENTITY_MISMATCH: "The personal ID's digits contradict sex or birth year, or agencies record different dates of birth.",
  }),
});

/**
 * A day as YYYY-MM-DD. The gap details are stored as JSON with such strings; handing them to the Date
 * scalar as they are spares a Date object and its formatting per field on 500-row pages.
 */
export type IsoDay = string;

@ObjectType({ description: 'A legal-file step of an abandoned child that is missing past its deadline, or was done late.' })
export class LegalFileStepGap {
  @Field({ description: 'BIRTH_REGISTRATION, RESIDENCE_REGISTRATION or HEALTH_INSURANCE.' })
  step!: string;

  @Field(() => DateScalar, { description: 'Legal due date of the step.' })
  dueOn!: IsoDay;

  @Field(() => DateScalar, { nullable: true, description: 'Null while the step is still missing.' })
  completedOn!: IsoDay | null;
}

@ObjectType({ description: 'A date of birth as one agency records it.' })
export class ReportedBirthDate {
  @Field(() => Agency, { description: 'The agency.' })
  agency!: Agency;

  @Field(() => DateScalar, { description: 'The date of birth its record states.' })
  birthDate!: IsoDay;
}

@ObjectType({ description: 'One kind of gap of a child, with the facts that show it.' })
export class CivilStatusGapDetail {
  @Field(() => CivilStatusGapKind, { description: 'The kind of gap.' })
  kind!: GapKind;

  @Field(() => DateScalar, { description: 'When this gap began (a deadline passed, a record was written).' })
  since!: IsoDay;

  @Field(() => [Agency], { description: 'Agencies whose records show this gap.' })
  detectedBy!: Agency[];

  @Field(() => DateScalar, { nullable: true, description: 'The deadline (registration kinds).' })
  dueOn?: IsoDay | null;

  @Field(() => DateScalar, { nullable: true, description: 'LATE_BIRTH_REGISTRATION: when the birth was registered.' })
  registeredOn?: IsoDay | null;

  @Field(() => Int, { nullable: true, description: 'LATE_BIRTH_REGISTRATION: days after the deadline.' })
  daysLate?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'ADOPTION_NOT_REGISTERED: when the adoption was approved.' })
  approvedOn?: IsoDay | null;

  @Field(() => [LegalFileStepGap], { nullable: true, description: 'ABANDONED_WITHOUT_LEGAL_FILE: the steps missing or late.' })
  steps?: LegalFileStepGap[] | null;

  @Field(() => [String], { nullable: true, description: 'IDENTITY_MISMATCH: PERSONAL_ID_SEX, PERSONAL_ID_BIRTH_YEAR, BIRTH_DATES_DIFFER.' })
  reasons?: string[] | null;

  @Field(() => [ReportedBirthDate], { nullable: true, description: 'IDENTITY_MISMATCH with BIRTH_DATES_DIFFER: each agency\'s date of birth.' })
  birthDates?: ReportedBirthDate[] | null;
}

@ObjectType({ description: 'A child with at least one civil-status gap (the justice office\'s worklist).' })
export class CivilStatusGap {
  @Field(() => Child, { description: 'The child; select the identity fields your agency may read.' })
  child!: ChildNode;

  @Field(() => [CivilStatusGapKind], { description: 'Every kind of gap the child has.' })
  kinds!: GapKind[];

  @Field(() => [Agency], { description: 'Agencies whose records reveal the child and its gaps.' })
  detectedBy!: Agency[];

  @Field(() => DateScalar, { description: 'When the oldest of these gaps began; the list is sorted by it, oldest first.' })
  since!: Date;

  @Field(() => [CivilStatusGapDetail], { description: 'One entry per kind, with the facts that show it.' })
  details!: CivilStatusGapDetail[];
}

@InputType({ description: 'All given conditions must hold.' })
export class GapFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => [CivilStatusGapKind], { nullable: true, description: 'Children with at least one of these kinds.' })
  kinds?: GapKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Age in whole years, at least.' })
  ageFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Age in whole years, at most.' })
  ageTo?: number | null;

  @Field(() => [Agency], { nullable: true, description: 'Children revealed by at least one of these agencies.' })
  detectedBy?: Agency[] | null;
}

export const CivilStatusGapConnectionTypes = connectionTypes<CivilStatusGap>('CivilStatusGap', CivilStatusGap);
