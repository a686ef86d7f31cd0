import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getDirectiveExtensions } from '@graphql-tools/utils';
import { agencyScope } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { ErrorCode } from '../shared/errors';

type Scopes = string[][];
type ResponsePath = (string | number)[];

/**
 * The gateway's enforcement of `@requiresScopes`: a forbidden field is never asked of a subgraph,
 * and the caller gets exactly the response graphql-js would give had the field's resolver refused:
 * the query's shape with that field null wherever its parent exists, one UNAUTHORIZED_FIELD_OR_TYPE
 * error per occurrence with its full path (list indices included), and HTTP 200.
 *
 * Before planning, each forbidden field is replaced by `__typename` under the same response key
 * (a field every subgraph answers), so the planner still fetches its parents and every list, null
 * and fragment comes back where the query put it; the walk after execution follows the original
 * query through the actual result and turns those placeholders into nulls and errors. Removing the
 * field instead (generic-auth's way) lost the shape: a parent left with no other field disappeared,
 * and re-creating it from the error's path fabricated objects under null parents and list items.
 */
export function useEdgeAuthorization(): GatewayPlugin {
  return {
    onExecute({ args }) {
      // The HTTP front answers anonymous requests 401 before this; were one to get here, it has no scope.
      const principal = (args.contextValue as { principal?: Principal }).principal;
      const caller = principal?.agency ?? 'Anonymous';
      const userScopes = principal ? [agencyScope(principal.agency)] : [];
      const denied = (type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => !allowed(args.schema, type, field, userScopes);
      const document = args.document;
      const placeheld = withPlaceholders(args.schema, document, denied);
      if (placeheld === document) return;
      args.document = placeheld;
      return {
        onExecuteDone({ result, setResult }) {
          if (!isSingleResult(result) || result.data == null) return;
          const variables = coercedVariables(args.schema, document, args.operationName, args.variableValues);
          if (!variables) return;
          const errors = nullForbidden(args.schema, document, args.operationName, variables, result.data as Record<string, unknown>, denied, caller);
          if (errors.length) setResult({ ...result, errors: [...(result.errors ?? []), ...errors] });
        },
      };
    },
  };
}

/** `@requiresScopes` of a type or field, read once per schema element: every request asks again. */
const scopesOf = new WeakMap<object, Scopes | null>();

function requiredScopes(schema: GraphQLSchema, element: GraphQLCompositeType | GraphQLField<unknown, unknown>): Scopes | null {
  let scopes = scopesOf.get(element);
  if (scopes === undefined) {
    scopes = (getDirectiveExtensions(element, schema).requiresScopes?.[0]?.scopes as Scopes | undefined) ?? null;
    scopesOf.set(element, scopes);
  }
  return scopes;
}

function allowed(schema: GraphQLSchema, type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, userScopes: string[]): boolean {
  const satisfied = (scopes: Scopes | null) => !scopes?.length || scopes.some((all) => all.every((scope) => userScopes.includes(scope)));
  return satisfied(requiredScopes(schema, type)) && satisfied(requiredScopes(schema, field));
}

/** The document with every forbidden field replaced by `<its response key>: __typename`; the same document when none is. */
function withPlaceholders(
  schema: GraphQLSchema,
  document: DocumentNode,
  denied: (type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => boolean,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || node.name.value.startsWith('__') || !denied(parent, field)) return undefined;
        const placeholder: FieldNode = {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: (node.alias ?? node.name).value },
          name: { kind: Kind.NAME, value: '__typename' },
          // Kept so that a skipped field stays skipped (and is not reported).
          directives: node.directives,
          arguments: [],
        };
        return placeholder;
      },
    }),
  );
}

function isSingleResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

function coercedVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, inputs: unknown): Record<string, unknown> | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], (inputs ?? {}) as Record<string, unknown>);
  return coerced ?? null;
}

/**
 * Walks the result along the original query, as graphql-js executes it (fields collected through
 * fragments and aliases, @skip/@include applied, lists item by item, nothing under a null), sets
 * each forbidden field null and returns one error per field so set, with its path.
 */
function nullForbidden(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  data: Record<string, unknown>,
  denied: (type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => boolean,
  caller: string,
): GraphQLError[] {
  const operation = getOperationAST(document, operationName)!;
  const root = schema.getRootType(operation.operation)!;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const errors: GraphQLError[] = [];

  const included = (node: FieldNode | SelectionSetNode['selections'][number]) =>
    !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  /** The fields an object of this type gets from these selection sets, by response key, with the type each was selected on. */
  function collect(type: GraphQLCompositeType, sets: readonly SelectionSetNode[], typename: unknown) {
    const runtime = isAbstractType(type) && typeof typename === 'string' ? schema.getType(typename) : type;
    const applies = (condition: string | undefined) => {
      if (!condition) return true;
      const conditionType = schema.getType(condition);
      if (!isObjectType(runtime)) return true;
      return conditionType === runtime || (isAbstractType(conditionType) && schema.isSubType(conditionType, runtime));
    };
    const fields = new Map<string, { nodes: FieldNode[]; parent: GraphQLCompositeType }>();
    const visited = new Set<string>();
    const add = (set: SelectionSetNode, parent: GraphQLCompositeType) => {
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = (selection.alias ?? selection.name).value;
          const entry = fields.get(key) ?? { nodes: [], parent };
          entry.nodes.push(selection);
          fields.set(key, entry);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition?.name.value;
          if (applies(condition)) add(selection.selectionSet, condition ? (schema.getType(condition) as GraphQLCompositeType) : parent);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visited.has(name) || !applies(fragment.typeCondition.name.value)) continue;
          visited.add(name);
          add(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
        }
      }
    };
    const start = isObjectType(runtime) ? runtime : type;
    for (const set of sets) add(set, start);
    return fields;
  }

  function walkObject(object: Record<string, unknown>, type: GraphQLCompositeType, sets: readonly SelectionSetNode[], path: ResponsePath) {
    for (const [key, { nodes, parent }] of collect(type, sets, object.__typename)) {
      if (!(key in object)) continue;
      const field = isUnionType(parent) ? undefined : parent.getFields()[nodes[0].name.value];
      if (!field) continue;
      if (denied(parent, field)) {
        object[key] = null;
        errors.push(forbidden(caller, parent, field, nodes[0], [...path, key]));
        continue;
      }
      const subsets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      if (subsets.length) walkValue(object[key], field.type, subsets, [...path, key]);
    }
  }

  function walkValue(value: unknown, type: GraphQLOutputType, sets: readonly SelectionSetNode[], path: ResponsePath) {
    if (value == null) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      (value as unknown[]).forEach((item, index) => walkValue(item, nullable.ofType, sets, [...path, index]));
      return;
    }
    const named = getNamedType(nullable);
    if (isCompositeType(named)) walkObject(value as Record<string, unknown>, named, sets, path);
  }

  walkObject(data, root, [operation.selectionSet], []);
  return errors;
}

function forbidden(caller: string, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: FieldNode, path: ResponsePath): GraphQLError {
  return new GraphQLError(`${caller} may not read ${parent.name}.${field.name}: it is not shared with this agency`, {
    nodes: [node],
    path,
    extensions: { code: ErrorCode.Forbidden, http: { status: 200 } },
  });
}
