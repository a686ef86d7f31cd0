import { DateScalar } from '../../server/date-scalar';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AdoptionKind, AdoptionStatus, Sex } from '../../generated/prisma/civil/enums';
import { labelledValues } from '../../shared/value-labels';
import { defineChildEntity } from '../child-entity';
import { SEX_ENUM } from '../sex-labels';
import { ADOPTION_KIND_LABELS, ADOPTION_STATUS_LABELS } from './civil.labels';

registerEnumType(Sex, SEX_ENUM);
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: 'applied -> approved -> registered, or revoked.', valuesConfig: labelledValues(ADOPTION_STATUS_LABELS) });
registerEnumType(AdoptionKind, { name: 'AdoptionKind', description: 'Domestic adoption, or one with a foreign element (có yếu tố nước ngoài).', valuesConfig: labelledValues(ADOPTION_KIND_LABELS) });

export const Child = defineChildEntity();

@ObjectType({ description: 'Birth registration (đăng ký khai sinh) in a commune civil-status register.' })
export class BirthRegistration {
  @Field({ description: 'Entry number in the register book; commune, book and number identify the entry.' })
  registrationNumber!: string;

  @Field({ description: 'Register book (quyển số).' })
  registerBook!: string;

  @Field(() => DateScalar, { description: 'Day of registration.' })
  registeredOn!: Date;

  @Field({ description: 'The commune that keeps the register (five digits).' })
  registeringCommuneCode!: string;

  @Field({ description: 'Name as registered.' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Date of birth as registered.' })
  birthDate!: Date;

  @Field(() => Sex, { description: 'Sex as registered.' })
  sex!: Sex;

  @Field({ description: 'Place of birth: hospital, health station or address.' })
  placeOfBirth!: string;

  @Field(() => String, { nullable: true, description: "The mother's full name; null when the registration leaves it blank." })
  motherName!: string | null;

  @Field(() => String, { nullable: true, description: "The father's full name; null when the registration leaves it blank." })
  fatherName!: string | null;

  @Field({ description: 'Registered more than 60 days after birth (late registration).' })
  isLate!: boolean;

  @Field({ description: 'Registered as an abandoned child: parents unknown.' })
  registeredAsAbandoned!: boolean;
}

@ObjectType({ description: 'An adoptive parent named in an adoption case.' })
export class AdoptiveParent {
  @Field({ description: 'Full name, family name first.' })
  fullName!: string;

  @Field({ description: 'ISO 3166 alpha-2 nationality.' })
  nationality!: string;
}

@ObjectType({ description: 'An adoption case (nuôi con nuôi).' })
export class Adoption {
  id!: string;

  @Field(() => AdoptionStatus, { description: 'Where the case stands now.' })
  status!: AdoptionStatus;

  @Field(() => AdoptionKind, { description: 'Domestic or intercountry.' })
  kind!: AdoptionKind;

  @Field(() => DateScalar, { description: 'Day the application was filed.' })
  appliedOn!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Day of approval; null until approved.' })
  approvedOn!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the adoption was registered in the civil-status register; null until registered.' })
  registeredOn!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the adoption ended (chấm dứt); null unless revoked.' })
  revokedOn!: Date | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision; null when none is recorded.' })
  decisionNumber!: string | null;
}
