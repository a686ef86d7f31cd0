import { DateTimeResolver } from 'graphql-scalars';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../../server/area-fields';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../server/date-scalar';
import { labelledValues } from '../../../shared/value-labels';
import { AREA_LEVEL_LABELS } from '../registry.labels';
import { NATION_CODE } from './area-tree';
import { COUNTS } from './counts';
import { INDICATORS, type IndicatorDefinition as Definition, type Target } from './catalogue';

export const IndicatorId = Object.fromEntries(INDICATORS.map((i) => [i.id, i.id])) as Record<string, string>;
registerEnumType(IndicatorId, {
  name: 'IndicatorId',
  description: 'An indicator of the catalogue (indicatorCatalogue gives each one\'s definition).',
  valuesConfig: labelledValues(Object.fromEntries(INDICATORS.map((i) => [i.id, i.name]))),
});

export enum IndicatorDimension {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
  SEX = 'SEX',
  AGE_BAND = 'AGE_BAND',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  DISABILITY = 'DISABILITY',
  CIRCUMSTANCE_GROUP = 'CIRCUMSTANCE_GROUP',
}
registerEnumType(IndicatorDimension, {
  name: 'IndicatorDimension',
  description: 'What a table breaks the children down by: an area level (PROVINCE or COMMUNE), and at most one of the others.',
  valuesConfig: labelledValues(
    {
      PROVINCE: AREA_LEVEL_LABELS.PROVINCE,
      COMMUNE: AREA_LEVEL_LABELS.COMMUNE,
      SEX: { vi: 'Giới tính', en: 'Sex' },
      AGE_BAND: { vi: 'Nhóm tuổi', en: 'Age band' },
      ETHNIC_GROUP: { vi: 'Dân tộc', en: 'Ethnic group' },
      DISABILITY: { vi: 'Khuyết tật', en: 'Disability' },
      CIRCUMSTANCE_GROUP: { vi: 'Nhóm hoàn cảnh đặc biệt', en: 'Special-circumstance group' },
    },
    {
      PROVINCE: 'One row per province (the country only).',
      COMMUNE: 'One row per commune of the area asked for.',
      SEX: 'MALE, FEMALE.',
      AGE_BAND: 'AGE_0_5, AGE_6_10, AGE_11_14, AGE_15_17 (age on the day).',
      ETHNIC_GROUP: "KINH, MINORITY, NOT_RECORDED (the population registry's ethnicity, else the school's).",
      DISABILITY: 'WITH_DISABILITY, WITHOUT_DISABILITY (as the health record knows).',
      CIRCUMSTANCE_GROUP:
        'Article 10 group, for SPECIAL_CIRCUMSTANCES_SUPPORTED only and for the agencies that may read the groups; the sensitive groups only together, as SENSITIVE. A child may be in several groups: the groups do not add up to the total.',
    },
  ),
});

export enum AreaLevel {
  COUNTRY = 'COUNTRY',
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
}
registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'The level of an area: the country, a province or a commune.', valuesConfig: labelledValues(AREA_LEVEL_LABELS) });

@ObjectType('IndicatorTarget', { description: "The plan's target for an indicator's value." })
class TargetType implements Target {
  @Field(() => String, { description: 'AT_LEAST, MORE_THAN or AT_MOST.' })
  comparison!: Target['comparison'];

  @Field(() => Float, { description: "The target, in the indicator's unit." })
  value!: number;
}

@ObjectType('IndicatorDefinition', { description: 'What an indicator measures: numerator, denominator, sources, legal basis, target.' })
export class IndicatorDefinitionType {
  @Field(() => IndicatorId, { description: "The indicator's id." })
  id!: string;

  @Field(() => String, { description: 'ABANDONED_CHILDREN, SPECIAL_CIRCUMSTANCES, BIRTH_REGISTRATION, HEALTH or EDUCATION.' })
  group!: string;

  @Field({ description: 'Vietnamese name.' })
  name!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { description: 'PERCENT (100 × numerator / denominator) or MEDIAN_DAYS (median over the denominator\'s children).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Who the numerator counts (null for a median).' })
  numerator!: string | null;

  @Field({ description: 'Who the denominator counts. Every count is of children aged 0-17 living in the area (their commune in the master index).' })
  denominator!: string;

  @Field(() => String, { nullable: true, description: 'The numerator in Vietnamese.' })
  numeratorVi!: string | null;

  @Field({ description: 'The denominator in Vietnamese.' })
  denominatorVi!: string;

  @Field(() => [String], { description: 'The subgraphs (agencies) whose records the counts come from.' })
  sources!: string[];

  @Field({ description: 'The laws and decrees that call for the indicator, e.g. "Law on Children 2016 art. 62-63; Decree 56/2017".' })
  legalBasis!: string;

  @Field(() => TargetType, { nullable: true, description: "The plan's target; null when the indicator has none." })
  target!: Target | null;
}

export function definitionOf(d: Definition): IndicatorDefinitionType {
  return {
    id: d.id, group: d.group, name: d.name.vi, nameEn: d.name.en, unit: d.unit,
    numerator: d.numerator ? COUNTS[d.numerator].label : null, denominator: COUNTS[d.denominator].label,
    numeratorVi: d.numerator ? COUNTS[d.numerator].labelVi : null, denominatorVi: COUNTS[d.denominator].labelVi,
    sources: d.sources, legalBasis: d.legalBasis, target: d.target,
  };
}

@InputType({ description: 'The area (within your jurisdiction; yours when left out) and the day.' })
export class IndicatorFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A past day is read from that day\'s snapshot (area breakdowns only). Default: the latest computation.' })
  asOf?: Date | null;

  @Field(() => Int, { nullable: true, description: 'A reporting year instead of a day: its last snapshot (the latest computation for the current year). Not with asOf.' })
  year?: number | null;
}

@InputType({ description: 'The area of a trend (within your jurisdiction; yours when left out).' })
export class TrendFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;
}

@ObjectType({ description: 'One cell of an indicator table: an area, and a category of the breakdown (null: all children of the area). Small counts are suppressed (null).' })
export class IndicatorCell {
  @Field({ description: `The area's code: two digits for a province, five for a commune, "${NATION_CODE}" for the country.` })
  areaCode!: string;

  @Field({ description: "The area's name in Vietnamese, e.g. Hà Nội." })
  areaName!: string;

  @Field(() => AreaLevel, { description: 'Country, province or commune.' })
  areaLevel!: AreaLevel;

  @Field(() => String, { nullable: true, description: 'The breakdown\'s category; null for the whole area.' })
  category!: string | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (and for a median).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent (one decimal) or median days; null when suppressed or nothing to divide by.' })
  value!: number | null;

  @Field({ description: 'A count of this cell is under 5, or was withheld so that a small count elsewhere cannot be worked out from it.' })
  suppressed!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether the value meets the target; null without a target or a value.' })
  meetsTarget!: boolean | null;
}

@ObjectType({ description: 'An indicator\'s table.' })
export class IndicatorTable {
  @Field(() => IndicatorDefinitionType, { description: 'What the indicator measures.' })
  indicator!: IndicatorDefinitionType;

  @Field(() => IndicatorDimension, { nullable: true, description: 'The breakdown besides the area, if any.' })
  dimension!: IndicatorDimension | null;

  @Field(() => [IndicatorCell], { description: 'The area asked for first, then its provinces or communes; each area\'s whole before its categories.' })
  cells!: IndicatorCell[];
}

@ObjectType({ description: 'Indicators on one day.' })
export class IndicatorReport {
  @Field(() => DateScalar, { description: 'The day the values hold for.' })
  asOf!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the hub computed them (null for a past day\'s snapshot).' })
  computedAt!: Date | null;

  @Field(() => [IndicatorTable], { description: 'One table per indicator asked for.' })
  tables!: IndicatorTable[];
}

@ObjectType({ description: 'An indicator\'s values on one day of a trend.' })
export class TrendPoint {
  @Field(() => DateScalar, { description: 'The day of the snapshot.' })
  day!: Date;

  @Field(() => [IndicatorCell], { description: "The indicator's cells on that day, as in an indicators table." })
  cells!: IndicatorCell[];
}

@ObjectType({ description: 'An indicator month by month: the last snapshot of each month (and the latest day).' })
export class IndicatorTrend {
  @Field(() => IndicatorDefinitionType, { description: 'What the indicator measures.' })
  indicator!: IndicatorDefinitionType;

  @Field(() => [TrendPoint], { description: 'One point per month, oldest first.' })
  points!: TrendPoint[];
}
