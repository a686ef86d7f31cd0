import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '../shared/errors';
import { BodyTooLargeError, readBody, sendBodyTooLarge, sendGraphQLError, sendJson, SUBGRAPH_MAX_BODY_BYTES } from './http-body';
import type { BoundedRequest } from './request-bounds';
import { noteRequest, withRequestLog } from './request-log';
import { withinBudget } from './time-budget';
import { sendMetrics } from './metrics';
import { isDraining } from './draining';
import { overBudget, responseError, type SubgraphExecution } from './subgraph-execution';

interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The subgraph's HTTP front: `/healthz` (alive), `/readyz` (can serve its lists), `/metrics` (Prometheus), and `/graphql` for callers with a valid token. */
export function subgraphRequestListener<Context>(execution: SubgraphExecution<Context>): RequestListener {
  return withRequestLog(execution.log, execution.name, (request, response) => {
    route(execution, request, response).then(
      (result) => {
        if (!result) return;
        response.writeHead(result.status, result.headers);
        response.end(result.body);
      },
      (error: unknown) => {
        if (error instanceof BodyTooLargeError) return sendBodyTooLarge(response, error);
        execution.log.error({ err: error }, 'request failed');
        if (!response.headersSent) sendGraphQLError(response, 500, ErrorCode.Internal, 'Internal server error');
      },
    );
  });
}

/** Answers one request: null when the response has been sent already (health, refusals). */
async function route<Context>(execution: SubgraphExecution<Context>, req: IncomingMessage, response: ServerResponse): Promise<HttpAnswer | null> {
  const url = new URL(req.url ?? '/', 'http://subgraph');
  if (url.pathname === '/healthz') {
    await execution.healthCheck().then(
      () => sendJson(response, 200, { status: 'ok', subgraph: execution.name }),
      () => sendJson(response, 503, { status: 'unavailable', subgraph: execution.name }),
    );
    return null;
  }
  if (url.pathname === '/metrics') {
    await sendMetrics(response);
    return null;
  }
  if (url.pathname === '/readyz') {
    if (isDraining()) {
      sendJson(response, 503, { status: 'shutting down', subgraph: execution.name });
      return null;
    }
    const reason = await execution.healthCheck().then(
      () => execution.notReadyBecause(),
      () => 'its database does not answer',
    );
    sendJson(response, reason === null ? 200 : 503, { status: reason === null ? 'ready' : 'not ready', subgraph: execution.name, ...(reason ? { reason } : {}) });
    return null;
  }
  if (url.pathname !== '/graphql') {
    sendGraphQLError(response, 404, ErrorCode.NotFound, 'Not found: GraphQL is served at /graphql');
    return null;
  }
  return answerGraphQL(execution, req, response, url);
}

async function answerGraphQL<Context>(execution: SubgraphExecution<Context>, req: IncomingMessage, response: ServerResponse, url: URL): Promise<HttpAnswer | null> {
  const caller = await execution.callerOf(req.headers.authorization);
  if ('refused' in caller) {
    sendGraphQLError(response, 401, ErrorCode.Unauthenticated, caller.refused);
    return null;
  }
  const { principal } = caller;
  noteRequest(req, { agency: principal.agency });
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = await readGraphQLBody(req, headers);
  if (body === INVALID_JSON) {
    sendGraphQLError(response, 400, ErrorCode.BadUserInput, 'The request body is not valid JSON');
    return null;
  }
  const bounded = boundedRequestOf(body, url.searchParams);
  noteRequest(req, { operation: bounded.operationName });
  const refused = execution.outOfBounds(bounded);
  if (refused) {
    sendJson(response, 400, { errors: [responseError(refused)] });
    return null;
  }
  const answer = await withinBudget(
    execution.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => execution.contextFor(principal),
    }),
    execution.requestMs,
  );
  if ('timedOut' in answer) {
    sendJson(response, 504, { errors: [overBudget(execution)] });
    return null;
  }
  const result = answer.value;
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of result.headers) outHeaders[key] = value;
  const text =
    result.body.kind === 'complete'
      ? result.body.string
      : await (async () => {
          let all = '';
          for await (const part of result.body.kind === 'chunked' ? result.body.asyncIterator : []) all += part;
          return all;
        })();
  return { status: result.status ?? 200, headers: outHeaders, body: text };
}

const INVALID_JSON = Symbol('invalid JSON');

/** A POST's body, parsed when it is JSON (Apollo Server handles any other kind); empty for GET. */
async function readGraphQLBody(req: IncomingMessage, headers: HeaderMap): Promise<unknown> {
  const rawBody = req.method === 'POST' ? await readBody(req, SUBGRAPH_MAX_BODY_BYTES) : '';
  if (!headers.get('content-type')?.startsWith('application/json')) return rawBody;
  try {
    return rawBody ? (JSON.parse(rawBody) as unknown) : {};
  } catch {
    return INVALID_JSON;
  }
}

/** The operation a request names, from its JSON body or, for GET, its query string (empty when it names none). */
function boundedRequestOf(body: unknown, search: URLSearchParams): BoundedRequest {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { query, operationName, variables } = body as Record<string, unknown>;
    return {
      query: typeof query === 'string' ? query : '',
      operationName: typeof operationName === 'string' ? operationName : null,
      variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : null,
    };
  }
  let variables: Record<string, unknown> | null = null;
  try {
    variables = JSON.parse(search.get('variables') ?? 'null') as Record<string, unknown> | null;
  } catch {
    // Apollo Server reports malformed variables itself.
  }
  return { query: search.get('query') ?? '', operationName: search.get('operationName'), variables };
}
