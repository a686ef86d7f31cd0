import { getVariableValues, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { REQUEST_ID_HEADER } from '../server/request-log';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { LRUCache } from 'lru-cache';
import { SUBGRAPH_MAX_BODY_BYTES } from '../server/http-body';
import { logger } from '../shared/logger';
import { withinBudget } from '../server/time-budget';
import { subgraphTimedOut } from './subgraph-outage.plugin';
import { subgraphFetchErrors, subgraphFetchSeconds } from '../server/metrics';
import { inSubgraphCallSpan, traceHeaders } from '../server/tracing';
import type { ForwardedRequest, ForwardedResponse } from '../server/subgraph-execution';
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
  /** How long the subgraph may take; past it the caller gets a timeout error, not a second try through the planner. */
  timeoutMs?: number;
}

/**
 * Sends an operation that one subgraph can answer whole straight to that subgraph and returns its
 * answer as the gateway's, instead of planning it and re-executing every field of the answer at
 * the gateway (for a 500-row list page that re-execution cost more than the subgraph's own work).
 *
 * It runs after everything that decides what the caller may ask: parsing, validation against the
 * public schema, and the edge authorization, which has already put `__typename` in the place of
 * forbidden fields (it nulls them and adds its errors to whatever result this returns). The caller's token travels on,
 * so the subgraph checks and audits exactly as when the planner calls it. Anything the shortcut
 * cannot reproduce exactly (several subgraphs, abstract types, introspection, invalid variables,
 * an answer that is not a GraphQL response) goes the usual way through the planner.
 */
export function useSingleSubgraphPassThrough(supergraphSdl: string, options: PassThroughOptions = {}): GatewayPlugin {
  const ownership = readSubgraphOwnership(supergraphSdl);
  // Boxed: the cache holds no null, and "no single-subgraph route" is an answer worth remembering too.
  const routes = new LRUCache<string, { route: (SingleSubgraphRoute & { query: string }) | null }>({ max: ROUTE_CACHE_SIZE });
  const log = logger.child({ component: 'gateway-pass-through' });

  /** The route for this document as the edge authorization left it; cached by its text (least recently used out). */
  function routeFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined) {
    const key = `${operationName ?? ''}\n${print(document)}`;
    let known = routes.get(key);
    if (!known) {
      const found = singleSubgraphRoute(ownership, schema, document, operationName);
      known = { route: found && { ...found, query: print(found.document) } };
      routes.set(key, known);
    }
    return known.route;
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const route = routeFor(args.schema, args.document, args.operationName);
      if (!route) return;
      const inputs = (args.variableValues ?? {}) as Record<string, unknown>;
      // Invalid variables are the planner's to report, in its own words.
      if (route.declaredVariables.length && getVariableValues(args.schema, route.declaredVariables, inputs).errors) return;
      const variables = Object.fromEntries(route.variableNames.filter((name) => name in inputs).map((name) => [name, inputs[name]]));
      const callerHeaders = (args.contextValue as { request?: Request }).request?.headers;
      const authorization = callerHeaders?.get('authorization') ?? '';
      const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const call = options.inProcess?.[route.subgraph.name] ?? overHttp(route.subgraph.url, timeoutMs);
      const request = { query: route.query, operationName: route.operationName, variables, authorization, requestId: callerHeaders?.get(REQUEST_ID_HEADER) ?? undefined };
      const stopTimer = subgraphFetchSeconds.startTimer({ subgraph: route.subgraph.name });
      return withinBudget(inSubgraphCallSpan(route.subgraph.name, () => call(request)), timeoutMs).then(
        (answer) => {
          stopTimer();
          if ('timedOut' in answer) {
            subgraphFetchErrors.inc({ subgraph: route.subgraph.name, reason: 'TIMEOUT' });
            log.warn({ subgraph: route.subgraph.name, timeoutMs }, 'subgraph did not answer in time');
            return setResultAndStopExecution({ errors: [subgraphTimedOut(route.subgraph.name)], data: null });
          }
          const response = answer.value;
          // Out of time at the subgraph: the planner would only wait as long again.
          if (response.status === 504 && response.result?.errors?.length) {
            return setResultAndStopExecution(asExecutionResult(route.subgraph.name, { status: 200, result: { data: null, ...response.result } })!);
          }
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

/** The planner's per-call budget when the gateway names none. */
const DEFAULT_TIMEOUT_MS = 15_000;

const overHttp =
  (url: string, timeoutMs: number): SubgraphCall =>
  async ({ authorization, requestId, ...body }) => {
    const text = JSON.stringify(body);
    // Over the subgraph's limit the planner takes it, and refuses it the same way (request-bounds.plugin.ts).
    if (Buffer.byteLength(text) > SUBGRAPH_MAX_BODY_BYTES) return { status: 413 };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization, ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}), ...traceHeaders() },
      body: text,
      // Frees the connection to a subgraph that never answers; a little after the budget, which answers the caller first.
      signal: AbortSignal.timeout(timeoutMs + 1000),
    });
    if (response.status !== 200 && response.status !== 504) {
      await response.arrayBuffer();
      return { status: response.status };
    }
    return { status: response.status, result: (await response.json()) as ForwardedResponse['result'] };
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
