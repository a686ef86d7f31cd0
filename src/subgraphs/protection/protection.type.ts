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
import { defineChildEntity } from '../child-entity';

registerEnumType(SpecialCircumstanceGroup, {
  name: 'SpecialCircumstanceGroup',
  description: 'The 14 groups of children in special circumstances (Law on Children 2016, art. 10).',
});
registerEnumType(VerificationState, { name: 'VerificationState', description: 'Decision 3978/QĐ-BYT: collected, checked, re-checked.' });
registerEnumType(CareKind, { name: 'CareKind' });
registerEnumType(FinderKind, { name: 'FinderKind' });
registerEnumType(ReceptionStepKind, { name: 'ReceptionStepKind' });
registerEnumType(HouseholdPovertyLevel, { name: 'HouseholdPovertyLevel' });

export const Child = defineChildEntity();

@ObjectType({ description: 'A special-circumstance classification of the child.' })
export class SpecialCircumstance {
  @Field(() => SpecialCircumstanceGroup)
  group!: SpecialCircumstanceGroup;

  @Field(() => DateScalar)
  identifiedOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  endedOn!: Date | null;

  @Field(() => VerificationState)
  verification!: VerificationState;

  @Field()
  communeCode!: string;
}

@ObjectType({ description: 'Alternative care (chăm sóc thay thế).' })
export class CarePlacement {
  @Field(() => CareKind)
  kind!: CareKind;

  @Field()
  carerName!: string;

  @Field(() => String, { nullable: true })
  carerRelationship!: string | null;

  @Field(() => String, { nullable: true })
  facilityName!: string | null;

  @Field(() => DateScalar)
  startedOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  endedOn!: Date | null;
}

@ObjectType()
export class SupportPayment {
  @Field({ description: 'Support scheme, e.g. monthly social allowance (Decree 20/2021).' })
  scheme!: string;

  @Field({ description: 'Month paid for, YYYY-MM.' })
  period!: string;

  @Field(() => Int)
  amountVnd!: number;

  @Field(() => DateScalar)
  paidOn!: Date;
}

@ObjectType()
export class HouseholdPoverty {
  @Field(() => HouseholdPovertyLevel)
  level!: HouseholdPovertyLevel;

  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: 'One step of an abandoned child\'s reception and legal file.' })
export class ReceptionStep {
  @Field(() => ReceptionStepKind)
  step!: ReceptionStepKind;

  @Field(() => DateScalar)
  dueOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'The reception file opened when an abandoned child is found.' })
export class AbandonmentCase {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with a change (optimistic concurrency).' })
  version!: number;

  @Field(() => DateTimeResolver)
  foundAt!: Date;

  @Field()
  foundPlace!: string;

  @Field()
  foundByName!: string;

  @Field(() => FinderKind)
  foundByKind!: FinderKind;

  @Field()
  receivingCommuneCode!: string;

  @Field(() => VerificationState)
  verification!: VerificationState;
}

@InputType({ description: 'Marks one step of a reception file done.' })
export class CompleteReceptionStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ReceptionStepKind)
  step!: ReceptionStepKind;

  @Field(() => DateScalar, { description: 'When the step was done; not in the future, not before the child was found.' })
  completedOn!: Date;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { description: 'The version of the file you read; a stale version is refused.' })
  expectedVersion!: number;
}
