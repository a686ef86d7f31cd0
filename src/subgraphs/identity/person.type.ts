import { DateScalar } from '../../server/date-scalar';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GuardianRelationship, ResidenceKind, Sex } from '../../generated/prisma/identity/enums';
import { defineChildEntity } from '../child-entity';

registerEnumType(Sex, { name: 'Sex' });
registerEnumType(ResidenceKind, { name: 'ResidenceKind', description: 'PERMANENT = thường trú, TEMPORARY = tạm trú.' });
registerEnumType(GuardianRelationship, { name: 'GuardianRelationship' });

export const Child = defineChildEntity();
export type ChildRef = { id: string };

@ObjectType({ description: 'Registered residence (đăng ký cư trú).' })
export class Residence {
  @Field(() => ResidenceKind)
  kind!: ResidenceKind;

  @Field()
  provinceCode!: string;

  @Field()
  communeCode!: string;

  @Field()
  address!: string;

  @Field(() => DateScalar)
  registeredOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  endedOn!: Date | null;
}

@ObjectType({ description: 'A parent, relative or legal guardian recorded for the child.' })
export class Guardian {
  @Field()
  fullName!: string;

  @Field(() => GuardianRelationship)
  relationship!: GuardianRelationship;

  @Field(() => String, { nullable: true })
  personalId!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field()
  isLegalGuardian!: boolean;
}

@ObjectType({ description: 'A member of the household (hộ gia đình) the child is registered in.' })
export class HouseholdMember {
  @Field()
  fullName!: string;

  @Field({ description: 'Relation to the head of household, as written in the register.' })
  relationToHead!: string;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;

  childId!: string | null;
}

@ObjectType()
export class Household {
  id!: string;

  @Field()
  householdNumber!: string;

  @Field()
  headName!: string;

  @Field()
  provinceCode!: string;

  @Field()
  communeCode!: string;

  @Field()
  address!: string;
}
