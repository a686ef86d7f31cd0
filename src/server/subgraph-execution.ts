import type { ApolloServer } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { authenticate, type TokenKeys } from '../auth/token';
import type { Principal } from '../auth/principal';
import { AuditCollector } from '../auth/audit';
import { RequestedFields } from './prefetch';
import type { BoundedRequest } from './request-bounds';
import { timedOut, withinBudget } from './time-budget';
import type { SubgraphContext } from './subgraph-apollo';
import { recordRequest } from './request-log';
import { inServerSpan, traceIdOf } from './tracing';

/** A GraphQL request as a gateway sends it, with the caller's Authorization header. */
export interface ForwardedRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  authorization: string;
  /** The gateway's request id, sent on so the subgraph's log line carries it. */
  requestId?: string;
}

/** The subgraph's answer: its HTTP status and, when it answered with GraphQL, the result. */
export interface ForwardedResponse {
  status: number;
  result?: { data?: Record<string, unknown> | null; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/** What answering one request takes, whether it came over HTTP or in process. */
export interface SubgraphExecution<Context> {
  name: string;
  log: Logger;
  apollo: ApolloServer<SubgraphContext<Context>>;
  /** Resolves when the subgraph's database answers. */
  healthCheck: () => Promise<void>;
  /** Why the subgraph cannot serve yet (null: ready). */
  notReadyBecause: () => Promise<string | null>;
  /** Who calls, by the Authorization header; or why they are refused. */
  callerOf(authorization: string | undefined): ReturnType<typeof authenticate>;
  /** A fresh context per request, so no batch or cache outlives one caller. */
  contextFor(principal: Principal): SubgraphContext<Context>;
  /** Why a request is refused before parsing, or null when it is within bounds. */
  outOfBounds(request: BoundedRequest): GraphQLError | null;
  /** How long a request may take before the caller is told it timed out. */
  requestMs: number;
}

export interface SubgraphExecutionOptions<Context> {
  name: string;
  keys: TokenKeys;
  createContext: (principal: Principal, requested: RequestedFields) => Context;
  healthCheck: () => Promise<void>;
  notReadyBecause?: () => Promise<string | null>;
}

/** One token check and one way to build a request's context, for HTTP and in-process callers alike. */
export function subgraphExecution<Context extends object>(
  options: SubgraphExecutionOptions<Context>,
  apollo: ApolloServer<SubgraphContext<Context>>,
  checks: Pick<SubgraphExecution<Context>, 'log' | 'outOfBounds' | 'requestMs'>,
): SubgraphExecution<Context> {
  return {
    ...checks,
    name: options.name,
    apollo,
    healthCheck: options.healthCheck,
    notReadyBecause: options.notReadyBecause ?? (async () => null),
    callerOf: (authorization) => authenticate(options.keys, authorization),
    contextFor: (principal) => {
      const requested = new RequestedFields();
      return { ...options.createContext(principal, requested), principal, audit: new AuditCollector(), requested };
    },
  };
}

/** An error as the response carries it: `extensions.http` sets the status here and is not sent. */
export function responseError(error: GraphQLError): GraphQLFormattedError {
  const { http: _status, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/** The error of an answer that took longer than the request's budget. */
export function overBudget(execution: Pick<SubgraphExecution<unknown>, 'name' | 'requestMs'>): GraphQLFormattedError {
  return responseError(timedOut(`The ${execution.name} subgraph's answer`, execution.requestMs));
}

/**
 * Answers a request in this process exactly as over HTTP (token check, context, plugins, audit),
 * without the socket and the JSON in between.
 */
export function executeInProcess<Context>(execution: SubgraphExecution<Context>, request: ForwardedRequest): Promise<ForwardedResponse> {
  // Logged, counted and traced as a request to this subgraph, as its HTTP front does with one.
  const started = performance.now();
  const caller: { agency?: string } = {};
  return inServerSpan(execution.name, request.operationName ?? null, () => answerInProcess(execution, request, caller)).then((response) => {
    const traceId = traceIdOf();
    recordRequest(execution.log, execution.name, {
      requestId: request.requestId ?? null,
      method: 'POST',
      path: '/graphql',
      status: response.status,
      ms: performance.now() - started,
      agency: caller.agency ?? null,
      operation: request.operationName ?? null,
      inProcess: true,
      ...(traceId ? { traceId } : {}),
    });
    return response;
  });
}

async function answerInProcess<Context>(execution: SubgraphExecution<Context>, { query, operationName, variables, authorization }: ForwardedRequest, noted: { agency?: string }): Promise<ForwardedResponse> {
  const caller = await execution.callerOf(authorization);
  if ('refused' in caller) return { status: 401 };
  noted.agency = caller.principal.agency;
  const refused = execution.outOfBounds({ query, operationName, variables });
  if (refused) return { status: 400, result: { errors: [responseError(refused)] } };
  const answer = await withinBudget(execution.apollo.executeOperation({ query, operationName, variables }, { contextValue: execution.contextFor(caller.principal) }), execution.requestMs);
  if ('timedOut' in answer) return { status: 504, result: { errors: [overBudget(execution)] } };
  const response = answer.value;
  if (response.body.kind !== 'single') return { status: 500 };
  return { status: response.http.status ?? 200, result: response.body.singleResult };
}
