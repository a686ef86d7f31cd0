import { DateScalar } from '../../server/date-scalar';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AdoptionKind, AdoptionStatus, Sex } from '../../generated/prisma/civil/enums';
import { defineChildEntity } from '../child-entity';

registerEnumType(Sex, { name: 'Sex' });
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: 'applied -> approved -> registered, or revoked.' });
registerEnumType(AdoptionKind, { name: 'AdoptionKind' });

export const Child = defineChildEntity();

@ObjectType({ description: 'Birth registration (đăng ký khai sinh) in a commune civil-status register.' })
export class BirthRegistration {
  @Field()
  registrationNumber!: string;

  @Field({ description: 'Register book (quyển số).' })
  registerBook!: string;

  @Field(() => DateScalar)
  registeredOn!: Date;

  @Field()
  registeringCommuneCode!: string;

  @Field({ description: 'Name as registered.' })
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field(() => Sex)
  sex!: Sex;

  @Field()
  placeOfBirth!: string;

  @Field(() => String, { nullable: true })
  motherName!: string | null;

  @Field(() => String, { nullable: true })
  fatherName!: string | null;

  @Field({ description: 'Registered more than 60 days after birth (late registration).' })
  isLate!: boolean;

  @Field({ description: 'Registered as an abandoned child: parents unknown.' })
  registeredAsAbandoned!: boolean;
}

@ObjectType()
export class AdoptiveParent {
  @Field()
  fullName!: string;

  @Field({ description: 'ISO 3166 alpha-2 nationality.' })
  nationality!: string;
}

@ObjectType({ description: 'An adoption case (nuôi con nuôi).' })
export class Adoption {
  id!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => AdoptionKind)
  kind!: AdoptionKind;

  @Field(() => DateScalar)
  appliedOn!: Date;

  @Field(() => DateScalar, { nullable: true })
  approvedOn!: Date | null;

  @Field(() => DateScalar, { nullable: true })
  registeredOn!: Date | null;

  @Field(() => DateScalar, { nullable: true })
  revokedOn!: Date | null;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;
}
