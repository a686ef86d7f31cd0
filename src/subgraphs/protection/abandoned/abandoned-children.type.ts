import { DateTimeResolver } from 'graphql-scalars';
import { COMMUNE_CODE_FILTER, PROVINCE_CODE_FILTER } from '../../../server/area-fields';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../../server/pagination';
import { Child, ReceptionStep } from '../protection.type';

@ObjectType({ description: "An abandoned child's reception file on the reception timeline: where it stands against the legal deadlines." })
export class AbandonedChild {
  @Field(() => ID, { description: 'The reception file (AbandonmentCase.id), as completeReceptionStep takes it.' })
  caseId!: string;

  @Field(() => Int, { description: "The file's version, for completeReceptionStep's expectedVersion." })
  version!: number;

  @Field(() => Child, { nullable: true, description: 'The child; null until the registry links the child profile. Select the identity fields your agency may read.' })
  child!: { id: string } | null;

  @Field(() => DateTimeResolver, { description: 'When the child was found.' })
  foundAt!: Date;

  /** Not in the schema: foundAt as Postgres prints it, which the cursor carries so that it casts back exactly. */
  foundAtKey!: string;

  @Field({ description: 'The receiving commune (five digits).' })
  communeCode!: string;

  @Field(() => String, { nullable: true, description: "The receiving commune's province (two digits); null if the commune code is not one of Decision 19/2025." })
  provinceCode!: string | null;

  @Field(() => Int, { description: 'Steps not yet done.' })
  openSteps!: number;

  @Field(() => Int, { description: 'Steps not yet done whose due date has passed (as of the hub\'s today).' })
  overdueSteps!: number;

  @Field(() => Int, { description: 'Days the longest-overdue open step is past its due date; 0 when none is. The list is sorted by it, largest first.' })
  maxDaysOverdue!: number;

  @Field(() => [ReceptionStep], { description: 'Every step of the file, by due date.' })
  steps!: ReceptionStep[];
}

@InputType({ description: 'All given conditions must hold; the area is the receiving commune.' })
export class AbandonedChildFilter {
  @Field(() => String, PROVINCE_CODE_FILTER)
  provinceCode?: string | null;

  @Field(() => String, COMMUNE_CODE_FILTER)
  communeCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only files with at least one step still open past its due date; false: only files with none (steps done late do not count). Leave out for all.',
  })
  overdue?: boolean | null;
}

export const AbandonedChildConnectionTypes = connectionTypes<AbandonedChild>('AbandonedChild', AbandonedChild);
