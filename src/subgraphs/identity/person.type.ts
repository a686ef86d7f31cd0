import { DateScalar } from '../../server/date-scalar';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GuardianRelationship, ResidenceKind, Sex } from '../../generated/prisma/identity/enums';
import { labelledValues } from '../../shared/value-labels';
import { defineChildEntity } from '../child-entity';
import { SEX_ENUM } from '../sex-labels';
import { GUARDIAN_RELATIONSHIP_LABELS, RESIDENCE_KIND_LABELS } from './identity.labels';

registerEnumType(Sex, SEX_ENUM);
registerEnumType(ResidenceKind, { name: 'ResidenceKind', description: 'Kind of residence registration (đăng ký cư trú).', valuesConfig: labelledValues(RESIDENCE_KIND_LABELS) });
registerEnumType(GuardianRelationship, { name: 'GuardianRelationship', description: 'Who a guardian is to the child.', valuesConfig: labelledValues(GUARDIAN_RELATIONSHIP_LABELS) });

export const Child = defineChildEntity();
export type ChildRef = { id: string };

@ObjectType({ description: 'Registered residence (đăng ký cư trú).' })
export class Residence {
  @Field(() => ResidenceKind, { description: 'Permanent or temporary residence.' })
  kind!: ResidenceKind;

  @Field({ description: "The residence's province (two digits, Decision 19/2025)." })
  provinceCode!: string;

  @Field({ description: "The residence's commune (five digits)." })
  communeCode!: string;

  @Field({ description: 'Street address within the commune.' })
  address!: string;

  @Field(() => DateScalar, { description: 'Day the residence was registered.' })
  registeredOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day the registration ended; null while it is current.' })
  endedOn!: Date | null;
}

@ObjectType({ description: 'A parent, relative or legal guardian recorded for the child.' })
export class Guardian {
  @Field({ description: "The guardian's full name, family name first." })
  fullName!: string;

  @Field(() => GuardianRelationship, { description: 'Who the guardian is to the child.' })
  relationship!: GuardianRelationship;

  @Field(() => String, { nullable: true, description: "The guardian's personal identification number (12 digits); null when not recorded." })
  personalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as recorded; null when none is.' })
  phone!: string | null;

  @Field({ description: 'Whether this person is the legal guardian (người giám hộ) of the child.' })
  isLegalGuardian!: boolean;
}

@ObjectType({ description: 'A member of the household (hộ gia đình) the child is registered in.' })
export class HouseholdMember {
  @Field({ description: "The member's full name, family name first." })
  fullName!: string;

  @Field({ description: 'Relation to the head of household, as written in the register.' })
  relationToHead!: string;

  @Field(() => Int, { nullable: true, description: 'Year of birth; null when the register does not give it.' })
  birthYear!: number | null;

  childId!: string | null;
}

@ObjectType({ description: 'The household (hộ gia đình) the child is registered in, as the population registry holds it.' })
export class Household {
  id!: string;

  @Field({ description: 'Household register number (số hộ).' })
  householdNumber!: string;

  @Field({ description: "The head of household's full name (chủ hộ)." })
  headName!: string;

  @Field({ description: "The household's province (two digits, Decision 19/2025)." })
  provinceCode!: string;

  @Field({ description: "The household's commune (five digits)." })
  communeCode!: string;

  @Field({ description: "The household's address within the commune." })
  address!: string;
}
