import { createServer, type Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { TokenKeys } from '../auth/token';
import type { Principal } from '../auth/principal';
import type { AccessLogEntryRow } from '../auth/audit';
import type { RequestedFields } from './prefetch';
import { logger } from '../shared/logger';
import { requestBoundsChecker, subgraphBounds, timeBudgets } from './request-bounds';
import { startSubgraphApollo } from './subgraph-apollo';
import { executeInProcess, subgraphExecution, type ForwardedRequest, type ForwardedResponse } from './subgraph-execution';
import { subgraphRequestListener } from './subgraph-http';

export interface SubgraphServerOptions<Context> {
  name: string;
  schema: GraphQLSchema;
  keys: TokenKeys;
  /** A fresh context per request: principal plus new DataLoaders, so no batch or cache outlives one caller. */
  createContext: (principal: Principal, requested: RequestedFields) => Context;
  /** Appends one access-log row; a failure withholds the response (nothing is released unlogged). */
  writeAudit: (entry: AccessLogEntryRow) => Promise<void>;
  /** Resolves when the subgraph's database answers; `/healthz` reports it. */
  healthCheck: () => Promise<void>;
  /** Why it cannot serve yet, or null; `/readyz` reports it (after the health check). */
  notReadyBecause?: () => Promise<string | null>;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface SubgraphServer extends RunningServer {
  /**
   * Answers a request in this process exactly as over HTTP (token check, context, plugins, audit),
   * without the socket and the JSON in between: the embedded gateway's way to a subgraph it hosts.
   */
  executeInProcess(request: ForwardedRequest): Promise<ForwardedResponse>;
}

/**
 * Serves one subgraph over plain node:http. Every GraphQL request must carry a valid token:
 * a subgraph exposes `_entities` to whoever reaches it, so it never trusts the gateway alone.
 */
export async function startSubgraphServer<Context extends object>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const log = logger.child({ subgraph: options.name });
  // Read at start, so a deployment (or a test) configures them through the environment it starts with.
  const bounds = subgraphBounds();
  const budgets = timeBudgets();
  const outOfBounds = requestBoundsChecker(() => options.schema, bounds);
  const production = process.env.NODE_ENV === 'production';
  const apollo = await startSubgraphApollo<Context>({ schema: options.schema, writeAudit: options.writeAudit, maxTokens: bounds.maxTokens, production, log });
  const execution = subgraphExecution(options, apollo, { log, outOfBounds, requestMs: budgets.requestMs });

  const server = createServer(subgraphRequestListener(execution));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'subgraph listening');
  return {
    url,
    port,
    executeInProcess: (request) => executeInProcess(execution, request),
    close: async () => {
      if (!server.listening) return;
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** How long a closing server lets requests in flight finish before it drops their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** How long a connection accepted just before the close has to send its request before it counts as idle. */
const LATE_REQUEST_MS = 1_000;

/**
 * Stops listening and lets requests in flight finish (at most `graceMs`, then their connections are
 * dropped); closing twice is harmless. A connection accepted just before the close but whose request
 * has not arrived yet is not idle: http.Server#close would reset it at once (the caller sees
 * ECONNRESET for a request it did send), so the listener is closed at the net level and idle
 * keep-alive connections are closed a moment later, once such late requests have arrived.
 */
export function closeServer(server: Server, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const overdue = setTimeout(() => server.closeAllConnections(), graceMs);
    const idle = setTimeout(() => server.closeIdleConnections(), Math.min(LATE_REQUEST_MS, graceMs));
    overdue.unref();
    idle.unref();
    NetServer.prototype.close.call(server, (error?: Error) => {
      clearTimeout(overdue);
      clearTimeout(idle);
      if (error) reject(error);
      else resolve();
    });
  });
}
