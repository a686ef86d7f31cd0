import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { httpRequests, httpRequestSeconds, operationLabel } from './metrics';
import { traceIdOf, withRequestSpan } from './tracing';

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
    response.once('close', () => {
      const facts = factsOf.get(request) ?? {};
      const at = new URL(request.url ?? '/', 'http://request').pathname;
      // The hub's own feed reads and health probes come every minute or seconds: debug, not info.
      const routine = facts.agency === 'HUB' || at === '/healthz' || at === '/readyz' || at === '/metrics';
      const ms = performance.now() - started;
      const operation = operationLabel(facts.operation ?? routeLabel(at));
      httpRequests.inc({ server, operation, status: response.statusCode });
      httpRequestSeconds.observe({ server, operation }, ms / 1000);
      log[routine ? 'debug' : 'info'](
        {
          requestId,
          method: request.method,
          path: at,
          status: response.statusCode,
          ms: Math.round(ms),
          agency: facts.agency ?? null,
          operation: facts.operation ?? null,
          ...(traceId ? { traceId } : {}),
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    const describe = () => ({ route: new URL(request.url ?? '/', 'http://request').pathname, operation: factsOf.get(request)?.operation ?? null });
    withRequestSpan(server, describe, (req, res) => {
      traceId = traceIdOf();
      listener(req, res);
    })(request, response);
  };
}
