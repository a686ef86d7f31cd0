import { DateTimeResolver } from 'graphql-scalars';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../server/area-fields';
import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency, LinkMethod, Sex } from '../../generated/prisma/registry/enums';
import type { MasterChild } from '../../generated/prisma/registry/client';
import { defineChildEntity } from '../child-entity';
import { connectionTypes } from '../../server/pagination';
import { labelledValues } from '../../shared/value-labels';
import { SEX_ENUM } from '../sex-labels';
import { AGENCY_LABELS, LINK_METHOD_LABELS } from './registry.labels';

registerEnumType(Sex, SEX_ENUM);
registerEnumType(Agency, { name: 'SourceAgency', description: 'Agency whose record was linked to a child.', valuesConfig: labelledValues(AGENCY_LABELS) });
registerEnumType(LinkMethod, { name: 'LinkMethod', description: "How the hub linked an agency record to the child.", valuesConfig: labelledValues(LINK_METHOD_LABELS) });

export const Child = defineChildEntity();
/** The master index fields `Child.index` shows. */
export type ChildIndexFields = Pick<MasterChild, 'id' | 'fullName' | 'birthDate' | 'sex' | 'provinceCode' | 'communeCode' | 'personalId' | 'createdAt'>;

/** A Child as the registry resolves it; `master` is present when the row was already fetched. */
export interface ChildNode {
  id: string;
  master?: ChildIndexFields;
}

@ObjectType({ description: "The hub's master index entry: the best-known identity across agencies." })
export class ChildIndexEntry {
  @Field({ description: 'Full name, family name first.' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Date of birth.' })
  birthDate!: Date;

  @Field(() => Sex, { description: 'Sex.' })
  sex!: Sex;

  @Field({ description: "Province of the child's residence (two digits, Decision 19/2025)." })
  provinceCode!: string;

  @Field({ description: "Commune of the child's residence (five digits)." })
  communeCode!: string;

  @Field(() => String, { nullable: true, description: 'Personal identification number; null when no agency record gives one.' })
  personalId!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the hub first saw this child.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One agency record linked to the child (the crosswalk).' })
export class RecordLink {
  @Field(() => Agency, { description: 'The agency that holds the record.' })
  agency!: Agency;

  @Field({ description: 'Kind of source record, e.g. civil.BirthRegistration.' })
  recordKind!: string;

  @Field(() => ID, { description: "The record's id in its agency's subgraph." })
  sourceRecordId!: string;

  @Field(() => LinkMethod, { description: 'How the link was made.' })
  method!: LinkMethod;

  @Field(() => Float, { nullable: true, description: 'Match weight for probabilistic links.' })
  score!: number | null;

  @Field(() => DateTimeResolver, { description: 'When the link was made.' })
  linkedAt!: Date;
}

@InputType({ description: 'All given conditions must hold.' })
export class ChildFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Born in this year or later.' })
  birthYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Born in this year or earlier.' })
  birthYearTo?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name in any order, ignoring case and diacritics ("nguyen an" finds Nguyễn Văn An).',
  })
  name?: string | null;
}

export const ChildConnectionTypes = connectionTypes<ChildNode>('Child', Child as unknown as new () => ChildNode);
