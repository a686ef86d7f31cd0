import {
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  isAbstractType,
  isObjectType,
  getNamedType,
  getOperationAST,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** A subgraph as the supergraph's `join__Graph` enum names it. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/**
 * Which subgraphs can resolve each type and field, read from the supergraph's join directives
 * (join spec v0.3-v0.5). A field with no usable owner (needs `@requires`, progressive override,
 * context arguments, or only external copies) is absent from `fields`: no single subgraph answers it.
 */
export interface SubgraphOwnership {
  graphs: Map<string, SubgraphEndpoint>;
  /** Object type name → graphs that define it. */
  types: Map<string, Set<string>>;
  /** `Type.field` → graphs that resolve it on their own; a field without join__field is resolved by every graph of its type. */
  fields: Map<string, Set<string> | 'every-graph-of-type'>;
}

export function readSubgraphOwnership(supergraphSdl: string): SubgraphOwnership {
  const document = parse(supergraphSdl, { noLocation: true });
  const graphs = new Map<string, SubgraphEndpoint>();
  const types = new Map<string, Set<string>>();
  const fields: SubgraphOwnership['fields'] = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const graph = directive(value.directives, 'join__graph');
        if (graph) graphs.set(value.name.value, { name: stringArg(graph.arguments, 'name')!, url: stringArg(graph.arguments, 'url')! });
      }
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeName = definition.name.value;
    const joins = (definition.directives ?? []).filter((d) => d.name.value === 'join__type');
    // Interface objects and types without join information are left to the query planner.
    if (joins.length === 0 || joins.some((d) => booleanArg(d.arguments, 'isInterfaceObject'))) continue;
    types.set(typeName, new Set(joins.map((d) => enumArg(d.arguments, 'graph')!)));
    for (const field of definition.fields ?? []) {
      const fieldJoins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
      if (fieldJoins.length === 0) {
        fields.set(`${typeName}.${field.name.value}`, 'every-graph-of-type');
        continue;
      }
      const owners = new Set<string>();
      for (const join of fieldJoins) {
        const graph = enumArg(join.arguments, 'graph');
        const unplannable = ['requires', 'overrideLabel', 'contextArguments'].some((name) => hasArg(join.arguments, name));
        if (unplannable) {
          owners.clear();
          break;
        }
        if (graph && !booleanArg(join.arguments, 'external') && !booleanArg(join.arguments, 'usedOverridden')) owners.add(graph);
      }
      if (owners.size) fields.set(`${typeName}.${field.name.value}`, owners);
    }
  }
  return { graphs, types, fields };
}

/** What the gateway sends when one subgraph can answer the whole operation. */
export interface SingleSubgraphRoute {
  subgraph: SubgraphEndpoint;
  /** The chosen operation alone, with the fragments it uses. */
  document: DocumentNode;
  /** Variables the forwarded operation uses (others in the request are not forwarded). */
  variableNames: string[];
  /** All variables the caller's operation declares: the request's values are checked against these. */
  declaredVariables: readonly VariableDefinitionNode[];
  operationName: string | undefined;
}

/**
 * The one subgraph that resolves every field of the operation by itself, or null when the query
 * plan would need more than one fetch, or anything this shortcut does not reproduce exactly:
 * abstract types, introspection, directives other than @skip/@include, subscriptions and mutations.
 */
export function singleSubgraphRoute(
  ownership: SubgraphOwnership,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): SingleSubgraphRoute | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const usedFragments = new Set<string>();
  const usedVariables = new Set<string>();
  let candidates: Set<string> | null = null;
  let refused = false;
  const narrow = (owners: Iterable<string>) => {
    const next = new Set([...owners].filter((graph) => candidates === null || candidates.has(graph)));
    candidates = next;
    if (next.size === 0) refused = true;
  };

  const refuse = () => {
    refused = true;
    return BREAK;
  };
  const walk = (root: OperationDefinitionNode | FragmentDefinitionNode) => {
    // Entering the operation or fragment definition sets TypeInfo's root type.
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        // A definition is not a use; only variables the selections read are forwarded.
        VariableDefinition: () => false,
        Variable(node) {
          usedVariables.add(node.name.value);
        },
        Directive(node) {
          if (node.name.value !== 'skip' && node.name.value !== 'include') return refuse();
          return undefined;
        },
        InlineFragment(node) {
          if (node.typeCondition && !isObjectType(schema.getType(node.typeCondition.name.value))) return refuse();
          return undefined;
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (!fragment || !isObjectType(schema.getType(fragment.typeCondition.name.value))) return refuse();
          if (!usedFragments.has(node.name.value)) {
            usedFragments.add(node.name.value);
            walk(fragment);
          }
          return undefined;
        },
        Field(node) {
          const parent = typeInfo.getParentType();
          const name = node.name.value;
          if (name === '__typename') return undefined;
          if (name.startsWith('__') || !parent || !isObjectType(parent)) return refuse();
          const returned = typeInfo.getType();
          if (!returned || isAbstractType(getNamedType(returned))) return refuse();
          const owners = ownership.fields.get(`${parent.name}.${name}`);
          if (owners === undefined) return refuse();
          narrow(owners === 'every-graph-of-type' ? (ownership.types.get(parent.name) ?? []) : owners);
          return refused ? BREAK : undefined;
        },
      }),
    );
  };

  walk(operation);
  const chosen = candidates as Set<string> | null;
  if (refused || chosen === null || chosen.size === 0) return null;
  const graph = [...chosen].sort()[0];
  const subgraph = ownership.graphs.get(graph);
  if (!subgraph) return null;
  // Removing a forbidden field may leave a variable unused, which the subgraph would refuse.
  const variableDefinitions = (operation.variableDefinitions ?? []).filter((v) => usedVariables.has(v.variable.name.value));
  return {
    subgraph,
    document: { kind: Kind.DOCUMENT, definitions: [{ ...operation, variableDefinitions }, ...[...usedFragments].map((name) => fragments.get(name)!)] },
    variableNames: variableDefinitions.map((v) => v.variable.name.value),
    declaredVariables: operation.variableDefinitions ?? [],
    operationName: operation.name?.value,
  };
}

function directive(directives: readonly DirectiveNode[] | undefined, name: string): DirectiveNode | undefined {
  return directives?.find((d) => d.name.value === name);
}

function argument(args: readonly ArgumentNode[] | undefined, name: string) {
  return args?.find((a) => a.name.value === name)?.value;
}

function hasArg(args: readonly ArgumentNode[] | undefined, name: string): boolean {
  return argument(args, name) !== undefined;
}

function stringArg(args: readonly ArgumentNode[] | undefined, name: string): string | undefined {
  const value = argument(args, name);
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function enumArg(args: readonly ArgumentNode[] | undefined, name: string): string | undefined {
  const value = argument(args, name);
  return value?.kind === Kind.ENUM ? value.value : undefined;
}

function booleanArg(args: readonly ArgumentNode[] | undefined, name: string): boolean {
  const value = argument(args, name);
  return value?.kind === Kind.BOOLEAN && value.value;
}
