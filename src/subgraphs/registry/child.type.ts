import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar } from '../../server/date-scalar';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency, LinkMethod, Sex } from '../../generated/prisma/registry/enums';
import type { MasterChild } from '../../generated/prisma/registry/client';
import { defineChildEntity } from '../child-entity';
import { connectionTypes } from '../../server/pagination';

registerEnumType(Sex, { name: 'Sex' });
registerEnumType(Agency, { name: 'SourceAgency', description: 'Agency whose record was linked to a child.' });
registerEnumType(LinkMethod, { name: 'LinkMethod' });

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
  @Field()
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field(() => Sex)
  sex!: Sex;

  @Field()
  provinceCode!: string;

  @Field()
  communeCode!: string;

  @Field(() => String, { nullable: true })
  personalId!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the hub first saw this child.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One agency record linked to the child (the crosswalk).' })
export class RecordLink {
  @Field(() => Agency)
  agency!: Agency;

  @Field({ description: 'Kind of source record, e.g. civil.BirthRegistration.' })
  recordKind!: string;

  @Field(() => ID)
  sourceRecordId!: string;

  @Field(() => LinkMethod)
  method!: LinkMethod;

  @Field(() => Float, { nullable: true, description: 'Match weight for probabilistic links.' })
  score!: number | null;

  @Field(() => DateTimeResolver)
  linkedAt!: Date;
}

@InputType({ description: 'All given conditions must hold.' })
export class ChildFilter {
  @Field(() => String, { nullable: true, description: 'Two-digit province code (Decision 19/2025).' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Five-digit commune code.' })
  communeCode?: string | null;

  @Field(() => Int, { nullable: true })
  birthYearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  birthYearTo?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name in any order, ignoring case and diacritics ("nguyen an" finds Nguyễn Văn An).',
  })
  name?: string | null;
}

export const ChildConnectionTypes = connectionTypes<ChildNode>('Child', Child as unknown as new () => ChildNode);
