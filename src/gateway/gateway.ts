import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setMaxListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Principal } from '../auth/principal';
import { authenticate, type TokenKeys } from '../auth/token';
import { ErrorCode } from '../shared/errors';
import { BodyTooLargeError, readBody, sendBodyTooLarge, sendGraphQLError, sendJson } from '../server/http-body';
import { logger } from '../shared/logger';
import { closeServer, type RunningServer } from '../server/subgraph-server';
import { subgraphUrlsOf } from './compose';
import { enforcementDisabledForBenchmark } from '../auth/guard';
import { useEdgeAuthorization } from './edge-auth';
import { useInputErrorCodes } from './error-codes';
import { useRequestBounds } from './request-bounds.plugin';
import { gatewayBounds, timeBudgets } from '../server/request-bounds';
import { timedOut, withinBudget } from '../server/time-budget';
import { useSingleSubgraphPassThrough, type PassThroughOptions } from './pass-through';
import { exportRequestHandler, LIST_EXPORTS, type ExportExecutor } from './exports';
import { ExportRequestError } from './exports/filter-params';

export interface GatewayOptions {
  supergraphSdl: string;
  keys: TokenKeys;
  host?: string;
  port?: number;
  /** Answer single-subgraph operations by forwarding them whole (default on; off to compare with the planner). */
  passThrough?: boolean;
  /** Called with the subgraph's name for each operation forwarded whole (metrics, tests). */
  onPassThrough?: (subgraph: string) => void;
  /** Subgraphs this process serves: forwarded operations call them directly (the embedded stack). */
  inProcessSubgraphs?: PassThroughOptions['inProcess'];
}

const HEALTH_TIMEOUT_MS = 2000;

/**
 * The bundled gateway: the Hive Gateway runtime serving the composed supergraph behind a small
 * node:http front that refuses anonymous or oversized requests before any planning happens.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = logger.child({ component: 'gateway' });
  // Read at start, so a deployment (or a test) configures them through the environment it starts with.
  const budgets = timeBudgets();
  const bounds = gatewayBounds();
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    logging: false,
    landingPage: false,
    graphqlEndpoint: '/graphql',
    maskedErrors: true,
    // In production the schema is not listed, and validation errors do not suggest field names.
    ...(process.env.NODE_ENV === 'production' ? { disableIntrospection: { disableIf: () => true } } : {}),
    // A subgraph that stops answering costs the caller this long at most, then that part is an error.
    upstreamTimeout: budgets.subgraphCallMs,
    // The bounds come first: nothing parses, validates or plans an operation over them. The pass-through
    // comes last: it must see the document after the edge authorization replaced forbidden fields.
    plugins: () => [
      useRequestBounds(bounds),
      ...(enforcementDisabledForBenchmark() ? [] : [useEdgeAuthorization()]),
      useInputErrorCodes({ hideSuggestions: process.env.NODE_ENV === 'production' }),
      ...(options.passThrough === false ? [] : [useSingleSubgraphPassThrough(options.supergraphSdl, { onForward: options.onPassThrough, inProcess: options.inProcessSubgraphs, timeoutMs: budgets.subgraphCallMs })]),
    ],
    // Identical in-flight subgraph requests are not merged: merging cloned every answer (structuredClone
    // of a 260 KB list page, a tenth of the gateway's CPU) and would let two requests share one audit row.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    propagateHeaders: {
      // Each subgraph verifies the caller itself and trusts no gateway: the caller's own token travels on.
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
    },
  });
  const serveExport = exportRequestHandler(options.supergraphSdl, LIST_EXPORTS);
  const healthUrls = Object.values(subgraphUrlsOf(options.supergraphSdl)).map((url) => new URL('/healthz', url).toString());

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendBodyTooLarge(response, error);
      log.error({ err: error }, 'gateway request failed');
      if (!response.headersSent) sendGraphQLError(response, 500, ErrorCode.Internal, 'Internal server error');
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://gateway');
    if (url.pathname === '/healthz') return sendHealth(response);
    const isExport = url.pathname.startsWith('/exports/');
    if (url.pathname !== '/graphql' && !isExport) return sendJson(response, 404, { error: 'Not found; GraphQL is served at /graphql, downloads at /exports/<list>.csv' });
    const caller = await authenticate(options.keys, request.headers.authorization);
    if ('refused' in caller) return sendGraphQLError(response, 401, ErrorCode.Unauthenticated, caller.missingToken ? `${caller.refused} (see \`childgraph token\`)` : caller.refused);
    const { principal } = caller;
    if (isExport) return sendExport(request, response, url, principal);
    const body = request.method === 'POST' ? await readBody(request) : undefined;
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // The verified principal rides in the server context: the edge authorization reads it from there.
    const abandon = new AbortController();
    // Every subgraph call of the request listens on this one signal; a profile makes more than Node's default ten.
    setMaxListeners(100, abandon.signal);
    const answered = await withinBudget(
      Promise.resolve(runtime.fetch(`http://gateway${request.url}`, { method: request.method, headers, body, signal: abandon.signal }, { principal })).then(async (result) => ({
        result,
        // The encoded body as it is: no need to decode a 190 KB page into a string only to encode it again.
        answer: Buffer.from(await result.arrayBuffer()),
      })),
      budgets.requestMs,
    );
    if ('timedOut' in answered) {
      abandon.abort();
      const error = timedOut('The request', budgets.requestMs);
      return sendJson(response, 504, { errors: [{ message: error.message, extensions: { code: error.extensions.code, limitValue: budgets.requestMs } }] });
    }
    const { result, answer } = answered.value;
    const outHeaders: Record<string, string> = {};
    result.headers.forEach((value, key) => {
      if (key !== 'content-length' && key !== 'content-encoding') outHeaders[key] = value;
    });
    response.writeHead(result.status, { ...outHeaders, 'content-length': answer.length });
    response.end(answer);
  }

  async function sendExport(request: IncomingMessage, response: ServerResponse, url: URL, principal: Principal) {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Exports are downloaded with GET' }, { allow: 'GET' });
    // Each page goes through the runtime as the caller's own request: same token, same rules, same audit trail.
    const execute: ExportExecutor = async (operation) => {
      const headers = { 'content-type': 'application/json', authorization: request.headers.authorization ?? '' };
      const result = await runtime.fetch('http://gateway/graphql', { method: 'POST', headers, body: JSON.stringify(operation) }, { principal });
      return result.json();
    };
    try {
      await serveExport(url, response, execute);
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      sendJson(response, error.status, { error: error.message });
    }
  }

  async function sendHealth(response: ServerResponse) {
    const checks = await Promise.all(
      healthUrls.map((url) =>
        fetch(url, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) }).then(
          (r) => r.ok,
          () => false,
        ),
      ),
    );
    const down = healthUrls.filter((_, i) => !checks[i]);
    sendJson(response, down.length === 0 ? 200 : 503, { status: down.length === 0 ? 'ok' : 'degraded', down });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    port,
    close: async () => {
      await closeServer(server);
      await runtime.dispose();
    },
  };
}
