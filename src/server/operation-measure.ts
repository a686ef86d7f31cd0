import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** How big an operation is once its fragments are expanded, measured without expanding them. */
export interface OperationSize {
  /** Deepest field nesting (a root field is depth 1); introspection subtrees are not counted. */
  depth: number;
  /** Aliased fields, every spread of a fragment counted again. */
  aliases: number;
  /** Fields selected at the root. */
  rootFields: number;
  /** Fields after expanding every fragment spread: what validation and execution would walk. */
  fields: number;
  /** Estimated fields resolved: a list field multiplies what it selects by its expected length. */
  cost: number;
}

export interface MeasureOptions {
  /** Expected length of a list field that states none (`first`, a list argument, a connection's `first`). */
  defaultListSize: number;
  variables?: Record<string, unknown>;
}

interface Totals {
  depth: number;
  aliases: number;
  fields: number;
  cost: number;
}

const NONE: Totals = { depth: 0, aliases: 0, fields: 0, cost: 0 };
/** Counts past this are all "too many"; capping keeps a 2^40 expansion a finite number. */
const CAP = Number.MAX_SAFE_INTEGER / 4;
const add = (a: number, b: number) => Math.min(CAP, a + b);
const times = (a: number, b: number) => Math.min(CAP, a * b);

/**
 * Measures the operation in one pass over the document. A fragment is measured once (per expected
 * list length it is spread under) and its totals are reused at every spread, so forty fragments each
 * spreading the previous one twice cost forty measurements, not 2^40. A fragment that spreads itself
 * (validation refuses it later) counts as empty here instead of recursing forever.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, options: MeasureOptions): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables = options.variables ?? {};
  const measured = new Map<string, Totals>();
  const inProgress = new Set<string>();

  const argumentValue = (node: ArgumentNode): unknown =>
    node.value.kind === Kind.VARIABLE ? variableValue(node.value.name.value) : valueFromASTUntyped(node.value, variables);
  const variableValue = (name: string): unknown => {
    if (name in variables) return variables[name];
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    return definition?.defaultValue ? valueFromASTUntyped(definition.defaultValue, variables) : undefined;
  };

  /** The expected length of a field's list: `first`, else the longest list argument (`_entities`' representations). */
  const statedLength = (args: readonly ArgumentNode[] | undefined, field: GraphQLField<unknown, unknown> | undefined): number | undefined => {
    const values = new Map((args ?? []).map((a) => [a.name.value, argumentValue(a)] as const));
    const first = values.get('first') ?? field?.args.find((a) => a.name === 'first')?.defaultValue;
    if (typeof first === 'number' && Number.isFinite(first)) return Math.max(0, first);
    const lists = [...values.values()].filter(Array.isArray).map((list) => list.length);
    return lists.length ? Math.max(...lists) : undefined;
  };

  function selectionSet(set: SelectionSetNode, parent: GraphQLNamedType | undefined, pendingLength: number | undefined, introspection: boolean): Totals {
    let totals = NONE;
    for (const selection of set.selections) {
      let part: Totals;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const underIntrospection = introspection || name === '__schema' || name === '__type';
        const stated = statedLength(selection.arguments, field);
        const list = field ? isListType(getNullableType(field.type)) : false;
        const length = list ? (stated ?? pendingLength ?? options.defaultListSize) : 1;
        // A connection's `first` sizes the list below it (its edges), not the connection itself.
        const passOn = list ? undefined : (stated ?? pendingLength);
        const inner = selection.selectionSet ? selectionSet(selection.selectionSet, field && getNamedType(field.type), passOn, underIntrospection) : NONE;
        part = {
          depth: underIntrospection ? 0 : inner.depth + 1,
          aliases: add(inner.aliases, selection.alias ? 1 : 0),
          fields: add(inner.fields, 1),
          cost: add(1, times(length, inner.cost)),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? undefined : parent;
        part = selectionSet(selection.selectionSet, type, pendingLength, introspection);
      } else {
        part = fragment(selection.name.value, pendingLength, introspection);
      }
      totals = { depth: Math.max(totals.depth, part.depth), aliases: add(totals.aliases, part.aliases), fields: add(totals.fields, part.fields), cost: add(totals.cost, part.cost) };
    }
    return totals;
  }

  function fragment(name: string, pendingLength: number | undefined, introspection: boolean): Totals {
    const key = `${name}\n${pendingLength ?? ''}\n${introspection}`;
    const known = measured.get(key);
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition || inProgress.has(name)) return NONE;
    inProgress.add(name);
    const totals = selectionSet(definition.selectionSet, schema.getType(definition.typeCondition.name.value) ?? undefined, pendingLength, introspection);
    inProgress.delete(name);
    measured.set(key, totals);
    return totals;
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  const totals = selectionSet(operation.selectionSet, root, undefined, false);
  return { ...totals, rootFields: rootFieldCount(operation.selectionSet, fragments) };
}

/** Fields at the root, through fragments and inline fragments (each fragment counted once per spread). */
function rootFieldCount(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const counted = new Map<string, number>();
  const count = (current: SelectionSetNode, seen: Set<string>): number => {
    let total = 0;
    for (const selection of current.selections) {
      if (selection.kind === Kind.FIELD) total = add(total, 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total = add(total, count(selection.selectionSet, seen));
      else {
        const name = selection.name.value;
        const definition = fragments.get(name);
        if (!definition || seen.has(name)) continue;
        let known = counted.get(name);
        if (known === undefined) counted.set(name, (known = count(definition.selectionSet, new Set([...seen, name]))));
        total = add(total, known);
      }
    }
    return total;
  };
  return count(set, new Set());
}
