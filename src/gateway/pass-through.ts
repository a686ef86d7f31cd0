import { getVariableValues, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { logger } from '../shared/logger';
import type { ForwardedRequest, ForwardedResponse } from '../shared/subgraph-server';
import { readSubgraphOwnership, singleSubgraphRoute, type SingleSubgraphRoute } from './subgraph-ownership';

/** Distinct (operation, caller's visible fields) shapes remembered; each costs one walk to decide. */
const ROUTE_CACHE_SIZE = 1000;

/** How the gateway reaches a subgraph: over HTTP, or a direct call when the subgraph lives in this process. */
export type SubgraphCall = (request: ForwardedRequest) => Promise<ForwardedResponse>;

export interface PassThroughOptions {
  /** Subgraphs served by this process, by name: called directly instead of over loopback HTTP. */
  inProcess?: Partial<Record<string, SubgraphCall>>;
  /** Called with the subgraph's name for each operation forwarded whole (metrics, tests). */
  onForward?: (subgraph: string) => void;
}

/**
 * Sends an operation that one subgraph can answer whole straight to that subgraph and returns its
 * answer as the gateway's, instead of planning it and re-executing every field of the answer at
 * the gateway (for a 500-row list page that re-execution cost more than the subgraph's own work).
 *
 * It runs after everything that decides what the caller may ask: parsing, validation against the
 * public schema, and the edge authorization, which has already removed forbidden fields from the
 * document (its errors are added to whatever result this returns). The caller's token travels on,
 * so the subgraph checks and audits exactly as when the planner calls it. Anything the shortcut
 * cannot reproduce exactly (several subgraphs, abstract types, introspection, invalid variables,
 * an answer that is not a GraphQL response) goes the usual way through the planner.
 */
export function useSingleSubgraphPassThrough(supergraphSdl: string, options: PassThroughOptions = {}): GatewayPlugin {
  const ownership = readSubgraphOwnership(supergraphSdl);
  const routes = new Map<string, (SingleSubgraphRoute & { query: string }) | null>();
  const log = logger.child({ component: 'gateway-pass-through' });

  /** The route for this document as the edge authorization left it; cached by its text (least recently used out). */
  function routeFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined) {
    const key = `${operationName ?? ''}\n${print(document)}`;
    let route = routes.get(key);
    if (route === undefined) {
      const found = singleSubgraphRoute(ownership, schema, document, operationName);
      route = found && { ...found, query: print(found.document) };
      if (routes.size >= ROUTE_CACHE_SIZE) routes.delete(routes.keys().next().value!);
    } else {
      routes.delete(key);
    }
    routes.set(key, route);
    return route;
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const route = routeFor(args.schema, args.document, args.operationName);
      if (!route) return;
      const inputs = (args.variableValues ?? {}) as Record<string, unknown>;
      // Invalid variables are the planner's to report, in its own words.
      if (route.declaredVariables.length && getVariableValues(args.schema, route.declaredVariables, inputs).errors) return;
      const variables = Object.fromEntries(route.variableNames.filter((name) => name in inputs).map((name) => [name, inputs[name]]));
      const authorization = (args.contextValue as { request?: Request }).request?.headers.get('authorization') ?? '';
      const call = options.inProcess?.[route.subgraph.name] ?? overHttp(route.subgraph.url);
      return call({ query: route.query, operationName: route.operationName, variables, authorization }).then(
        (response) => {
          const result = asExecutionResult(route.subgraph.name, response);
          if (!result) return;
          options.onForward?.(route.subgraph.name);
          setResultAndStopExecution(result);
        },
        (error: unknown) => {
          log.warn({ err: error, subgraph: route.subgraph.name }, 'pass-through failed; planning instead');
        },
      );
    },
  };
}

const overHttp =
  (url: string): SubgraphCall =>
  async ({ authorization, ...body }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) {
      await response.arrayBuffer();
      return { status: response.status };
    }
    return { status: 200, result: (await response.json()) as ForwardedResponse['result'] };
  };

/**
 * The subgraph's answer as the gateway's execution result, or null when it is not a GraphQL answer.
 * Errors name their subgraph in `extensions.serviceName`, as the planner's do.
 */
function asExecutionResult(subgraph: string, { status, result }: ForwardedResponse): ExecutionResult | null {
  if (status !== 200 || !result || (result.data === undefined && !result.errors?.length)) return null;
  if (!result.errors?.length) return { data: result.data };
  // Errors first, as the planner's results have them (same bytes either way).
  return {
    errors: result.errors.map((error) => new GraphQLError(error.message, { path: error.path, extensions: { ...error.extensions, serviceName: subgraph } })),
    data: result.data,
  };
}
