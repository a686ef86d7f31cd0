import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';
import { authenticate, type TokenKeys } from '../auth/token';
import { ErrorCode } from '../shared/errors';
import { BodyTooLargeError, readBody, sendBodyTooLarge, sendGraphQLError, sendJson } from '../server/http-body';
import { CLIENT_HEADER, INTERNAL_REQUEST_HEADER, INTERNAL_REQUEST_VALUE, WEB_CLIENT } from './persisted-documents';
import { noteRequest, operationOfBody, REQUEST_ID_HEADER, withRequestLog } from '../server/request-log';
import { timedOut, withinBudget } from '../server/time-budget';
import { sendMetrics } from '../server/metrics';
import { exportRequestHandler, LIST_EXPORTS, type ExportExecutor } from './exports';
import { ExportRequestError, sendRefusal } from './exports/download-refusal';
import type { GatewayRuntime } from './gateway-runtime';
import { healthReporter, readinessReporter } from './gateway-health';
import { serveReport } from './reports';
import { webFront, type WebFront } from './web';
import { CSRF_HEADER } from './web/csrf';

export interface GatewayFrontOptions {
  supergraphSdl: string;
  keys: TokenKeys;
  runtime: GatewayRuntime;
  /** How long a request may take before the caller is told it timed out. */
  requestMs: number;
  log: Logger;
}

interface GatewayFront extends GatewayFrontOptions {
  serveExport: ReturnType<typeof exportRequestHandler>;
  sendHealth: (response: ServerResponse) => Promise<void>;
  sendReadiness: (response: ServerResponse) => Promise<void>;
  web: WebFront;
}

/**
 * The node:http front of the gateway: refuses anonymous or oversized requests before any planning
 * happens, then hands GraphQL to the runtime, list downloads to the exports and yearly reports to the reports.
 */
export function gatewayRequestListener(options: GatewayFrontOptions): RequestListener {
  const front: GatewayFront = { ...options, serveExport: exportRequestHandler(options.supergraphSdl, LIST_EXPORTS), sendHealth: healthReporter(options.supergraphSdl), sendReadiness: readinessReporter(options.supergraphSdl), web: webFront(options.keys) };
  return withRequestLog(options.log, 'gateway', (request, response) => {
    route(front, request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendBodyTooLarge(response, error);
      options.log.error({ err: error, requestId: request.headers[REQUEST_ID_HEADER] }, 'gateway request failed');
      if (!response.headersSent) sendGraphQLError(response, 500, ErrorCode.Internal, 'Internal server error');
    });
  });
}

async function route(front: GatewayFront, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://gateway');
  if (url.pathname === '/healthz') return front.sendHealth(response);
  if (url.pathname === '/readyz') return front.sendReadiness(response);
  if (url.pathname === '/metrics') return sendMetrics(response);
  const isExport = url.pathname.startsWith('/exports/');
  const isReport = url.pathname.startsWith('/reports/');
  if (url.pathname === '/session') return front.web.serveSession(request, response);
  if (url.pathname !== '/graphql' && !isExport && !isReport) {
    if (await front.web.serveFile(url.pathname, request, response)) return;
    return sendGraphQLError(response, 404, ErrorCode.NotFound, 'Not found: GraphQL is served at /graphql, downloads at /exports/<list>.csv, reports at /reports/yearly.xlsx or .html, the web app at /');
  }
  const signedBy = front.web.adoptSessionCookie(request);
  if (signedBy === 'csrf-rejected') {
    return sendGraphQLError(response, 403, ErrorCode.CsrfRejected, `A request signed in by the session cookie needs the ${CSRF_HEADER} header from GET /session`);
  }
  const caller = await authenticate(front.keys, request.headers.authorization);
  if ('refused' in caller) return sendGraphQLError(response, 401, ErrorCode.Unauthenticated, caller.missingToken ? `${caller.refused} (see \`childgraph token\`)` : caller.refused);
  const { principal } = caller;
  // Whatever the request said of itself, the client is the one its credential names.
  request.headers[CLIENT_HEADER] = signedBy === 'cookie' ? WEB_CLIENT : (principal.client ?? '');
  noteRequest(request, { agency: principal.agency });
  if (isExport) return sendDownload(request, response, 'Exports', () => front.serveExport(url, response, callerExecutor(front, request, principal)));
  if (isReport) return sendDownload(request, response, 'Reports', () => serveReport(url, response, callerExecutor(front, request, principal)));
  return sendGraphQL(front, request, response, principal);
}

/** Runs a GraphQL request through the runtime within the request's time budget. */
async function sendGraphQL(front: GatewayFront, request: IncomingMessage, response: ServerResponse, principal: Principal) {
  const { runtime, requestMs } = front;
  const body = request.method === 'POST' ? await readBody(request) : undefined;
  noteRequest(request, { operation: operationOfBody(body) });
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // The verified principal rides in the server context: the edge authorization reads it from there.
  const abandon = new AbortController();
  const answered = await withinBudget(
    Promise.resolve(runtime.fetch(`http://gateway${request.url}`, { method: request.method, headers, body, signal: abandon.signal }, { principal })).then(async (result) => ({
      result,
      // The encoded body as it is: no need to decode a 190 KB page into a string only to encode it again.
      answer: Buffer.from(await result.arrayBuffer()),
    })),
    requestMs,
  );
  if ('timedOut' in answered) {
    abandon.abort();
    const error = timedOut('The request', requestMs);
    return sendJson(response, 504, { errors: [{ message: error.message, extensions: { code: error.extensions.code, limitValue: requestMs } }] });
  }
  const { result, answer } = answered.value;
  const outHeaders: Record<string, string> = {};
  result.headers.forEach((value, key) => {
    if (key !== 'content-length' && key !== 'content-encoding') outHeaders[key] = value;
  });
  response.writeHead(result.status, { ...outHeaders, 'content-length': answer.length });
  response.end(answer);
}

/** Each operation goes through the runtime as the caller's own request: same token, same rules, same audit trail. */
function callerExecutor(front: GatewayFront, request: IncomingMessage, principal: Principal): ExportExecutor {
  return async (operation) => {
    const headers = {
      'content-type': 'application/json',
      authorization: request.headers.authorization ?? '',
      [INTERNAL_REQUEST_HEADER]: INTERNAL_REQUEST_VALUE,
      [REQUEST_ID_HEADER]: String(request.headers[REQUEST_ID_HEADER] ?? ''),
    };
    const result = await front.runtime.fetch('http://gateway/graphql', { method: 'POST', headers, body: JSON.stringify(operation) }, { principal });
    return result.json();
  };
}

/** An export or a report: GET only, and a refusal before the first byte is a GraphQL-shaped error with its status. */
async function sendDownload(request: IncomingMessage, response: ServerResponse, what: 'Exports' | 'Reports', serve: () => Promise<void>) {
  if (request.method !== 'GET') return sendRefusal(response, new ExportRequestError(405, `${what} are downloaded with GET`), { allow: 'GET' });
  try {
    await serve();
  } catch (error) {
    if (!(error instanceof ExportRequestError)) throw error;
    sendRefusal(response, error);
  }
}
