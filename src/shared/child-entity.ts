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


/**
 * The Child reference resolver of a subgraph that scopes by jurisdiction: a child is found only if
 * this subgraph holds a record of it in a commune within the caller's jurisdiction (national
 * callers skip the lookup). Outside, the child is indistinguishable from one never recorded.
 */
export function childReferenceWithin<Context extends { principal: Principal }>(
  communesOf: (context: Context, childId: string) => Promise<string[]>,
) {
  return {
    Child: {
      __resolveReference: async (reference: { id: string }, context: Context) => {
        const { jurisdiction } = context.principal;
        if (jurisdiction.kind === 'national') return { id: reference.id };
        const communes = await communesOf(context, reference.id);
        return communes.some((code) => communeWithin(jurisdiction, code)) ? { id: reference.id } : null;
      },
    },
  };
}
