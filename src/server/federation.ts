import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { guardRestrictedFields } from '../auth/guard';

/** @requiresScopes, which carries the read policy into the supergraph, exists from Federation 2.5 on. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requiresScopes", "@authenticated"])`;

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it, types sorted so the committed file diffs cleanly. */
  sdl: string;
}

export interface SubgraphSchemaOptions {
  // type-graphql's own signature takes resolver classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity; the type-graphql map supplies every other resolver. */
  referenceResolvers: GraphQLResolverMap<unknown>;
}

/** Turns a type-graphql schema into an Apollo Federation 2 subgraph schema. */
export async function buildFederatedSubgraph(options: SubgraphSchemaOptions): Promise<SubgraphSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // Subgraphs that only extend Child have no Query field of their own.
    skipCheck: true,
    validate: false,
  });
  describeRootTypes(typeGraphqlSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(typeGraphqlSchema))}\n`;
  const resolvers = mergeResolverMaps(
    guardRestrictedFields(typeGraphqlSchema, createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>),
    options.referenceResolvers,
  );
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  return { schema, sdl };
}

/**
 * type-graphql gives the root types no description. Every subgraph declares them, so the words are
 * set here, once: composition then finds the same description in each.
 */
const ROOT_TYPE_DESCRIPTIONS = {
  query: "The entry points for reading: children, the hub's lists and indicators, audit reports, and the change feeds the hub reads. Your agency and jurisdiction decide what each returns.",
  mutation: "Changes to an agency's own records and to the hub's record linkage, each checked against your agency and jurisdiction.",
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_TYPE_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_TYPE_DESCRIPTIONS.mutation;
}

function mergeResolverMaps(base: GraphQLResolverMap<unknown>, extra: GraphQLResolverMap<unknown>) {
  const merged: GraphQLResolverMap<unknown> = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(base[typeName] as object), ...(fields as object) } as GraphQLResolverMap<unknown>[string];
  }
  return merged;
}
