import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes a subgraph's operations with graphql-jit: each distinct document is compiled once into
 * a function that resolves and serialises its fields, instead of graphql-js walking the schema for
 * every field of every row. On a 500-row list page graphql-js spent more time in that walk than
 * the page's SQL took.
 *
 * Apollo Server takes a custom executor only through its gateway interface; this one serves the
 * subgraph's own schema, so Apollo Server still parses, validates, runs its plugins (audit,
 * requested fields) and formats the response exactly as before.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const executor: GatewayExecutor = async (request) => {
    // Apollo Server keeps one parsed document per distinct query text, so this cache follows its own.
    let byOperation = compiled.get(request.document);
    if (!byOperation) compiled.set(request.document, (byOperation = new Map()));
    const name = request.operationName ?? '';
    let query = byOperation.get(name);
    if (!query) byOperation.set(name, (query = compileQuery(schema, request.document, request.operationName ?? undefined)));
    if (!isCompiledQuery(query)) return query;
    return query.query(undefined, request.context, request.request.variables ?? {}) as Promise<ExecutionResult> | ExecutionResult;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
