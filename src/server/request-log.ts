import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { httpRequests, httpRequestSeconds, operationLabel } from './metrics';
import { traceIdOf, withRequestSpan } from './tracing';
import { requestArrived } from './draining';

/**
 * One structured log line per HTTP request, at the gateway and at each subgraph: request id,
 * method, path (never the query string), status, duration, and what became known while it was
 * handled (the caller's agency, the operation's name). Never a token, a variable or a child's data.
 * The request id is the caller's `x-request-id` when it is a plain short token, else a new one; it
 * is echoed in the response and sent on to the subgraphs, so one id follows a request through.
 * The same facts count the request in the process's metrics, under `server`, and name its trace span.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface RequestFacts {
  agency?: string;
  operation?: string | null;
}

const factsOf = new WeakMap<IncomingMessage, RequestFacts>();

/** Adds to the request's log line what the handler learned (after authentication, after reading the body). */
export function noteRequest(request: IncomingMessage, facts: RequestFacts): void {
  factsOf.set(request, { ...factsOf.get(request), ...facts });
}

/** The first operation's name in a document, read without parsing it. */
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/** The operation a GraphQL body names: its operationName, the persisted document it asks for, or the query's first operation name. */
export function operationOfBody(body: Buffer | string | undefined): string | null {
  if (!body || body.length === 0) return null;
  try {
    const parsed = JSON.parse(body.toString()) as { operationName?: unknown; documentId?: unknown; query?: unknown };
    if (typeof parsed.operationName === 'string') return parsed.operationName.slice(0, 100);
    if (typeof parsed.documentId === 'string') return parsed.documentId.slice(0, 80);
    if (typeof parsed.query === 'string') return NAMED_OPERATION.exec(parsed.query)?.[1] ?? null;
  } catch {
    // Not JSON: the handler answers that; the line has no operation.
  }
  return null;
}

export interface RequestLine {
  requestId: string | null;
  method: string;
  path: string;
  status: number;
  ms: number;
  agency: string | null;
  operation: string | null;
  traceId?: string;
  aborted?: boolean;
  /** Answered for the gateway in this process, without HTTP. */
  inProcess?: boolean;
}

/** The request's log line and its count in the metrics: what every server, and every in-process call, records. */
export function recordRequest(log: Logger, server: string, line: RequestLine): void {
  // The hub's own feed reads and health probes come every minute or seconds: debug, not info.
  const routine = line.agency === 'HUB' || line.path === '/healthz' || line.path === '/readyz' || line.path === '/metrics';
  const operation = operationLabel(line.operation ?? routeLabel(line.path));
  httpRequests.inc({ server, operation, status: line.status });
  httpRequestSeconds.observe({ server, operation }, line.ms / 1000);
  log[routine ? 'debug' : 'info']({ ...line, ms: Math.round(line.ms) }, 'request');
}

/** A request that is not GraphQL is counted under its route; any other path under "none". */
const routeLabel = (at: string): string | null => (/^\/(healthz|readyz|metrics|session)$|^\/(exports|reports)\/[\w.-]{1,40}$/.test(at) ? at : null);

export function withRequestLog(log: Logger, server: string, listener: RequestListener): RequestListener {
  return (request, response) => {
    const started = performance.now();
    const given = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    let traceId: string | null = null;
    const finished = requestArrived();
    response.once('close', () => {
      finished();
      const facts = factsOf.get(request) ?? {};
      recordRequest(log, server, {
        requestId,
        method: request.method ?? 'GET',
        path: new URL(request.url ?? '/', 'http://request').pathname,
        status: response.statusCode,
        ms: performance.now() - started,
        agency: facts.agency ?? null,
        operation: facts.operation ?? null,
        ...(traceId ? { traceId } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    });
    const describe = () => ({ route: new URL(request.url ?? '/', 'http://request').pathname, operation: factsOf.get(request)?.operation ?? null });
    withRequestSpan(server, describe, (req, res) => {
      traceId = traceIdOf();
      listener(req, res);
    })(request, response);
  };
}
