import { Directive, Field, ID, ObjectType } from 'type-graphql';

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

/** Other subgraphs hold no row per child: a reference resolves to the key itself. */
export const childReferenceResolver = {
  Child: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
};
