import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DisabilityLevel, HivStatusValue, NutritionStatus, ScreeningKind } from '../../generated/prisma/health/enums';
import { labelledValues } from '../../shared/value-labels';
import { defineChildEntity } from '../child-entity';
import { DISABILITY_LEVEL_LABELS, HIV_STATUS_LABELS, NUTRITION_STATUS_LABELS, SCREENING_KIND_LABELS } from './health.labels';

registerEnumType(ScreeningKind, { name: 'ScreeningKind', description: 'Why the child was screened.', valuesConfig: labelledValues(SCREENING_KIND_LABELS) });
registerEnumType(NutritionStatus, { name: 'NutritionStatus', description: 'Nutrition status a screening found (tình trạng dinh dưỡng).', valuesConfig: labelledValues(NUTRITION_STATUS_LABELS) });
registerEnumType(DisabilityLevel, { name: 'DisabilityLevel', description: 'Certificate level: mild, severe, especially severe.', valuesConfig: labelledValues(DISABILITY_LEVEL_LABELS) });
registerEnumType(HivStatusValue, { name: 'HivStatusValue', description: "A child's HIV status.", valuesConfig: labelledValues(HIV_STATUS_LABELS) });

export const Child = defineChildEntity();

@ObjectType({ description: 'A health screening (newborn, periodic or school).' })
export class Screening {
  @Field(() => DateScalar, { description: 'Day of the screening.' })
  screenedOn!: Date;

  @Field({ description: 'Code of the health facility that screened the child.' })
  facilityCode!: string;

  @Field({ description: 'Name of the health facility that screened the child.' })
  facilityName!: string;

  @Field(() => ScreeningKind, { description: 'Newborn, periodic or school screening.' })
  kind!: ScreeningKind;

  @Field(() => Float, { nullable: true, description: 'Height in centimetres; null when not measured.' })
  heightCm!: unknown;

  @Field(() => Float, { nullable: true, description: 'Weight in kilograms; null when not measured.' })
  weightKg!: unknown;

  @Field(() => NutritionStatus, { nullable: true, description: 'Nutrition status found; null when not assessed.' })
  nutritionStatus!: NutritionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Vaccinations complete for age.' })
  vaccinationComplete!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Findings as free text; null when none were written.' })
  findings!: string | null;

  @Field(() => String, { nullable: true, description: 'Facility the child was referred to.' })
  referredTo!: string | null;
}

@ObjectType({ description: "A child's disability as the health sector records it." })
export class Disability {
  @Field(() => DateScalar, { description: 'Day the disability was detected.' })
  detectedOn!: Date;

  @Field({ description: 'Form of disability (dạng khuyết tật) as written, e.g. Khuyết tật vận động.' })
  kind!: string;

  @Field(() => DisabilityLevel, { nullable: true, description: 'Null until a certificate is issued.' })
  certificateLevel!: DisabilityLevel | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the disability certificate was issued; null until it is.' })
  certifiedOn!: Date | null;
}

@ObjectType({ description: 'Health-insurance card (thẻ BHYT).' })
export class InsuranceCard {
  @Field({ description: 'Card code: two letters and 13 digits, e.g. TE1010012345678.' })
  cardNumber!: string;

  @Field(() => DateScalar, { description: 'First day the card is valid.' })
  validFrom!: Date;

  @Field(() => DateScalar, { description: 'Last day the card is valid.' })
  validTo!: Date;

  @Field({ description: 'Issued free of charge to a child under six.' })
  freeUnderSix!: boolean;
}

@ObjectType({ description: "A child's HIV status as the health sector records it." })
export class HivStatus {
  @Field(() => HivStatusValue, { description: 'Positive, negative or exposed.' })
  status!: HivStatusValue;

  @Field({ description: 'Whether the child is on HIV treatment.' })
  onTreatment!: boolean;

  @Field(() => DateScalar, { description: 'Day the status was recorded.' })
  recordedOn!: Date;
}
