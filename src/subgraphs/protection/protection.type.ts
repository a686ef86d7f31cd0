import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CareKind,
  FinderKind,
  HouseholdPovertyLevel,
  ReceptionStepKind,
  SpecialCircumstanceGroup,
  VerificationState,
} from '../../generated/prisma/protection/enums';
import { labelledValues } from '../../shared/value-labels';
import { defineChildEntity } from '../child-entity';
import {
  CARE_KIND_LABELS,
  CIRCUMSTANCE_GROUP_LABELS,
  FINDER_KIND_LABELS,
  POVERTY_LEVEL_LABELS,
  RECEPTION_STEP_LABELS,
  VERIFICATION_STATE_LABELS,
} from './protection.labels';

registerEnumType(SpecialCircumstanceGroup, {
  name: 'SpecialCircumstanceGroup',
  description: 'The 14 groups of children in special circumstances (Law on Children 2016, art. 10).',
  valuesConfig: labelledValues(CIRCUMSTANCE_GROUP_LABELS),
});
registerEnumType(VerificationState, { name: 'VerificationState', description: 'Decision 3978/QĐ-BYT: collected, checked, re-checked.', valuesConfig: labelledValues(VERIFICATION_STATE_LABELS) });
registerEnumType(CareKind, { name: 'CareKind', description: 'Form of alternative care (hình thức chăm sóc thay thế).', valuesConfig: labelledValues(CARE_KIND_LABELS) });
registerEnumType(FinderKind, { name: 'FinderKind', description: 'Who found an abandoned child.', valuesConfig: labelledValues(FINDER_KIND_LABELS) });
registerEnumType(ReceptionStepKind, { name: 'ReceptionStepKind', description: "A step of an abandoned child's reception and legal file.", valuesConfig: labelledValues(RECEPTION_STEP_LABELS) });
registerEnumType(HouseholdPovertyLevel, { name: 'HouseholdPovertyLevel', description: "A household's listing in the commune's poverty review.", valuesConfig: labelledValues(POVERTY_LEVEL_LABELS) });

export const Child = defineChildEntity();

@ObjectType({ description: 'A special-circumstance classification of the child.' })
export class SpecialCircumstance {
  @Field(() => SpecialCircumstanceGroup, { description: 'The group of Law on Children 2016, art. 10.' })
  group!: SpecialCircumstanceGroup;

  @Field(() => DateScalar, { description: 'Day the child was identified as in the group.' })
  identifiedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the classification ended; null while it holds.' })
  endedOn!: Date | null;

  @Field(() => VerificationState, { description: 'How far the classification was verified.' })
  verification!: VerificationState;

  @Field({ description: 'The commune that keeps the child profile (five digits).' })
  communeCode!: string;
}

@ObjectType({ description: 'Alternative care (chăm sóc thay thế).' })
export class CarePlacement {
  @Field(() => CareKind, { description: 'Form of care.' })
  kind!: CareKind;

  @Field({ description: 'Full name of the carer.' })
  carerName!: string;

  @Field(() => String, { nullable: true, description: "The carer's relationship to the child, as written; null when none is recorded." })
  carerRelationship!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the facility; null unless the child is cared for in one.' })
  facilityName!: string | null;

  @Field(() => DateScalar, { description: 'Day the placement began.' })
  startedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the placement ended; null while it lasts.' })
  endedOn!: Date | null;
}

@ObjectType({ description: 'A payment of social support to or for the child.' })
export class SupportPayment {
  @Field({ description: 'Support scheme, e.g. monthly social allowance (Decree 20/2021).' })
  scheme!: string;

  @Field({ description: 'Month paid for, YYYY-MM.' })
  period!: string;

  @Field(() => Int, { description: 'Amount paid, in Vietnamese đồng.' })
  amountVnd!: number;

  @Field(() => DateScalar, { description: 'Day of payment.' })
  paidOn!: Date;
}

@ObjectType({ description: "The child's household on the commune's poor or near-poor list for one year." })
export class HouseholdPoverty {
  @Field(() => HouseholdPovertyLevel, { description: 'Poor or near-poor.' })
  level!: HouseholdPovertyLevel;

  @Field(() => Int, { description: 'Year of the listing, e.g. 2025.' })
  year!: number;
}

@ObjectType({ description: 'One step of an abandoned child\'s reception and legal file.' })
export class ReceptionStep {
  @Field(() => ReceptionStepKind, { description: 'Which step.' })
  step!: ReceptionStepKind;

  @Field(() => DateScalar, { description: 'Legal due date of the step.' })
  dueOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the step was done; null while it is open.' })
  completedOn!: Date | null;

  @Field(() => String, { nullable: true, description: "The office's note; null when none." })
  note!: string | null;
}

@ObjectType({ description: 'The reception file opened when an abandoned child is found.' })
export class AbandonmentCase {
  @Field(() => ID, { description: "The reception file's id, as completeReceptionStep takes it." })
  id!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with a change (optimistic concurrency).' })
  version!: number;

  @Field(() => DateTimeResolver, { description: 'When the child was found.' })
  foundAt!: Date;

  @Field({ description: 'Where the child was found, as written.' })
  foundPlace!: string;

  @Field({ description: 'Full name of the person who found the child.' })
  foundByName!: string;

  @Field(() => FinderKind, { description: 'Who found the child: a hospital, a resident, the police, the commune or other.' })
  foundByKind!: FinderKind;

  @Field({ description: 'The commune that received the child (five digits).' })
  receivingCommuneCode!: string;

  @Field(() => VerificationState, { description: 'How far the file was verified.' })
  verification!: VerificationState;
}

@InputType({ description: 'Marks one step of a reception file done.' })
export class CompleteReceptionStepInput {
  @Field(() => ID, { description: 'The reception file (AbandonmentCase.id).' })
  caseId!: string;

  @Field(() => ReceptionStepKind, { description: 'The step done.' })
  step!: ReceptionStepKind;

  @Field(() => DateScalar, { description: 'When the step was done; not in the future, not before the child was found.' })
  completedOn!: Date;

  @Field(() => String, { nullable: true, description: "A note on the step, up to 2,000 characters; it replaces the step's note (leave out for none)." })
  note?: string | null;

  @Field(() => Int, { description: 'The version of the file you read; a stale version is refused.' })
  expectedVersion!: number;
}
