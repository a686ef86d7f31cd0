import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { communeWithin } from '../auth/jurisdiction';
import type { Principal } from '../auth/principal';

/**
 * Each subgraph declares its own `Child` class (type-graphql metadata is global, and one process
 * may build all six schemas); this factory keeps the key and description identical in all of them.
 */
export function defineChildEntity() {
  @Directive('@key(fields: "id")')
  @ObjectType('Child', { description: 'A child under 16, identified by the hub\'s master child id.' })
  class Child {
    @Field(() => ID, { description: 'Master child id issued by the registry (the hub).' })
    id!: string;
  }
  return Child;
}


/** Where a subgraph keeps its records of a child: the communes that decide who may see them. */
export type CommunesOfChild<Context> = (context: Context, childId: string) => Promise<string[]>;

/**
 * Whether this subgraph holds a record of the child in a commune within the caller's jurisdiction
 * (national callers skip the lookup). Outside, the child is indistinguishable from one never recorded.
 */
export async function childWithinJurisdiction<Context extends { principal: Principal }>(
  context: Context,
  childId: string,
  communesOf: CommunesOfChild<Context>,
): Promise<boolean> {
  const { jurisdiction } = context.principal;
  if (jurisdiction.kind === 'national') return true;
  return (await communesOf(context, childId)).some((code) => communeWithin(jurisdiction, code));
}

/** The Child reference resolver of a subgraph that scopes by jurisdiction (see `childWithinJurisdiction`). */
export function childReferenceWithin<Context extends { principal: Principal }>(communesOf: CommunesOfChild<Context>) {
  return {
    Child: {
      __resolveReference: async (reference: { id: string }, context: Context) =>
        (await childWithinJurisdiction(context, reference.id, communesOf)) ? { id: reference.id } : null,
    },
  };
}
