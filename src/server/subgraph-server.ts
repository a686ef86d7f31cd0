import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { authenticate, type TokenKeys } from '../auth/token';
import type { Principal } from '../auth/principal';
import { AuditCollector, type AccessLogEntryRow } from '../auth/audit';
import type { GuardedContext } from '../auth/guard';
import { SCHEMA_READERS } from '../auth/policy';
import { auditPlugin } from '../auth/audit-plugin';
import { compiledExecution } from './compiled-execution';
import { RequestedFields, requestedFieldsPlugin } from './prefetch';
import { ErrorCode } from '../shared/errors';
import { BodyTooLargeError, readBody, sendBodyTooLarge, sendGraphQLError, sendJson, SUBGRAPH_MAX_BODY_BYTES } from './http-body';
import { logger } from '../shared/logger';
import { requestBoundsChecker, subgraphBounds, timeBudgets, type BoundedRequest } from './request-bounds';
import { timedOut, withinBudget } from './time-budget';

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
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A GraphQL request as a gateway sends it, with the caller's Authorization header. */
export interface ForwardedRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  authorization: string;
}

/** The subgraph's answer: its HTTP status and, when it answered with GraphQL, the result. */
export interface ForwardedResponse {
  status: number;
  result?: { data?: Record<string, unknown> | null; errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] };
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
  const production = process.env.NODE_ENV === 'production';
  // Read at start, so a deployment (or a test) configures them through the environment it starts with.
  const bounds = subgraphBounds();
  const budgets = timeBudgets();
  const outOfBounds = requestBoundsChecker(() => options.schema, bounds);
  if (production) guardServiceSdl(options.schema);
  const apollo = new ApolloServer<Context & GuardedContext & { requested: RequestedFields }>({
    gateway: compiledExecution(options.schema),
    includeStacktraceInErrorResponses: false,
    // The bounds check has parsed within this limit already; Apollo Server parses again, under the same one.
    parseOptions: { maxTokens: bounds.maxTokens },
    // In production a subgraph neither lists its schema nor suggests field names it refuses.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Cache-control hints and inline (ftv1) traces serve Apollo's router and Studio, which this hub does not use;
    // either one, left on, wraps every field resolver of every request, a cost paid for nothing here.
    plugins: [auditPlugin(options.writeAudit, log), requestedFieldsPlugin(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
    // Subgraphs answer the gateway, not browsers; a CSRF preflight requirement would only get in the way of tools.
    csrfPrevention: false,
    formatError: (formatted, error) => maskUnexpected(formatted, error, log),
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => log.warn(m), error: (m) => log.error(m) },
  });
  await apollo.start();
  /** Who calls, by the Authorization header, over HTTP and in process alike; or why they are refused. */
  const callerOf = (authorization: string | undefined) => authenticate(options.keys, authorization);
  const contextFor = (principal: Principal) => {
    const requested = new RequestedFields();
    return { ...options.createContext(principal, requested), principal, audit: new AuditCollector(), requested };
  };

  const server = createServer((request, response) => {
    handle(request).then(
      (result) => {
        if (!result) return;
        response.writeHead(result.status, result.headers);
        response.end(result.body);
      },
      (error: unknown) => {
        if (error instanceof BodyTooLargeError) return sendBodyTooLarge(response, error);
        log.error({ err: error }, 'request failed');
        if (!response.headersSent) sendGraphQLError(response, 500, ErrorCode.Internal, 'Internal server error');
      },
    );

    async function handle(req: IncomingMessage) {
      const url = new URL(req.url ?? '/', 'http://subgraph');
      if (url.pathname === '/healthz') {
        await options.healthCheck().then(
          () => sendJson(response, 200, { status: 'ok', subgraph: options.name }),
          () => sendJson(response, 503, { status: 'unavailable', subgraph: options.name }),
        );
        return null;
      }
      if (url.pathname !== '/graphql') {
        sendJson(response, 404, { error: 'Not found; GraphQL is served at /graphql' });
        return null;
      }
      const caller = await callerOf(req.headers.authorization);
      if ('refused' in caller) {
        sendGraphQLError(response, 401, ErrorCode.Unauthenticated, caller.refused);
        return null;
      }
      const { principal } = caller;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const rawBody = req.method === 'POST' ? await readBody(req, SUBGRAPH_MAX_BODY_BYTES) : '';
      let body: unknown = rawBody;
      if (headers.get('content-type')?.startsWith('application/json')) {
        try {
          body = rawBody ? JSON.parse(rawBody) : {};
        } catch {
          sendGraphQLError(response, 400, ErrorCode.BadUserInput, 'The request body is not valid JSON');
          return null;
        }
      }
      const refused = outOfBounds(boundedRequestOf(body, url.searchParams));
      if (refused) {
        sendJson(response, 400, { errors: [responseError(refused)] });
        return null;
      }
      const answer = await withinBudget(
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => contextFor(principal),
        }),
        budgets.requestMs,
      );
      if ('timedOut' in answer) {
        sendJson(response, 504, { errors: [responseError(timedOut(`The ${options.name} subgraph's answer`, budgets.requestMs))] });
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
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'subgraph listening');
  return {
    url,
    port,
    async executeInProcess({ query, operationName, variables, authorization }) {
      const caller = await callerOf(authorization);
      if ('refused' in caller) return { status: 401 };
      const refused = outOfBounds({ query, operationName, variables });
      if (refused) return { status: 400, result: { errors: [responseError(refused)] } };
      const answer = await withinBudget(apollo.executeOperation({ query, operationName, variables }, { contextValue: contextFor(caller.principal) }), budgets.requestMs);
      if ('timedOut' in answer) return { status: 504, result: { errors: [responseError(timedOut(`The ${options.name} subgraph's answer`, budgets.requestMs))] } };
      const response = answer.value;
      if (response.body.kind !== 'single') return { status: 500 };
      return { status: response.http.status ?? 200, result: response.body.singleResult };
    },
    close: async () => {
      if (!server.listening) return;
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** An error as the response carries it: `extensions.http` sets the status here and is not sent. */
function responseError(error: GraphQLError): GraphQLFormattedError {
  const { http: _status, ...extensions } = error.extensions;
  return { message: error.message, extensions };
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

/**
 * `_service { sdl }` lists the whole subgraph schema, restricted fields included. In production only
 * the agencies the policy names (the hub, which composes the graph) may read it, as introspection is
 * off there for everyone. Outside production introspection is open, and so is this.
 */
function guardServiceSdl(schema: GraphQLSchema) {
  const field = schema.getQueryType()?.getFields()._service;
  if (!field) return;
  const resolve: GraphQLFieldResolver<unknown, GuardedContext> = field.resolve ?? ((root) => (root as Record<string, unknown> | undefined)?._service);
  if ((resolve as { serviceGuard?: true }).serviceGuard) return;
  const guarded: GraphQLFieldResolver<unknown, GuardedContext> = (root, args, context, info) => {
    if (!SCHEMA_READERS.includes(context.principal.agency)) {
      throw new GraphQLError(`${context.principal.agency} may not read Query._service: in production a subgraph's schema is the hub's alone`, { extensions: { code: ErrorCode.Forbidden } });
    }
    return resolve(root, args, context, info);
  };
  field.resolve = Object.assign(guarded, { serviceGuard: true as const });
}

/**
 * An error no resolver meant to show (a database failure, a bug) keeps its path and code but not
 * its text, which can name tables, columns or values; the text goes to the log instead. Errors the
 * code raised on purpose (GraphQLError with a code: bad input, forbidden field) pass unchanged.
 */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.Internal) return formatted;
  log.error({ err: original, path: formatted.path }, 'resolver failed');
  return { ...formatted, message: 'Internal server error' };
}

/** Stops listening and drops keep-alive connections; closing twice is harmless. */
export function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
