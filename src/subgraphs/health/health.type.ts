import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DisabilityLevel, HivStatusValue, NutritionStatus, ScreeningKind } from '../../generated/prisma/health/enums';
import { defineChildEntity } from '../child-entity';

registerEnumType(ScreeningKind, { name: 'ScreeningKind' });
registerEnumType(NutritionStatus, { name: 'NutritionStatus' });
registerEnumType(DisabilityLevel, { name: 'DisabilityLevel', description: 'Certificate level: mild, severe, especially severe.' });
registerEnumType(HivStatusValue, { name: 'HivStatusValue' });

export const Child = defineChildEntity();

@ObjectType({ description: 'A health screening (newborn, periodic or school).' })
export class Screening {
  @Field(() => DateScalar)
  screenedOn!: Date;

  @Field()
  facilityCode!: string;

  @Field()
  facilityName!: string;

  @Field(() => ScreeningKind)
  kind!: ScreeningKind;

  @Field(() => Float, { nullable: true })
  heightCm!: unknown;

  @Field(() => Float, { nullable: true })
  weightKg!: unknown;

  @Field(() => NutritionStatus, { nullable: true })
  nutritionStatus!: NutritionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Vaccinations complete for age.' })
  vaccinationComplete!: boolean | null;

  @Field(() => String, { nullable: true })
  findings!: string | null;

  @Field(() => String, { nullable: true, description: 'Facility the child was referred to.' })
  referredTo!: string | null;
}

@ObjectType()
export class Disability {
  @Field(() => DateScalar)
  detectedOn!: Date;

  @Field()
  kind!: string;

  @Field(() => DisabilityLevel, { nullable: true, description: 'Null until a certificate is issued.' })
  certificateLevel!: DisabilityLevel | null;

  @Field(() => DateScalar, { nullable: true })
  certifiedOn!: Date | null;
}

@ObjectType({ description: 'Health-insurance card (thẻ BHYT).' })
export class InsuranceCard {
  @Field()
  cardNumber!: string;

  @Field(() => DateScalar)
  validFrom!: Date;

  @Field(() => DateScalar)
  validTo!: Date;

  @Field({ description: 'Issued free of charge to a child under six.' })
  freeUnderSix!: boolean;
}

@ObjectType()
export class HivStatus {
  @Field(() => HivStatusValue)
  status!: HivStatusValue;

  @Field()
  onTreatment!: boolean;

  @Field(() => DateScalar)
  recordedOn!: Date;
}
