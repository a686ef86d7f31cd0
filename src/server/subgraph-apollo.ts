import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AccessLogEntryRow } from '../auth/audit';
import type { GuardedContext } from '../auth/guard';
import { SCHEMA_READERS } from '../auth/policy';
import { auditPlugin } from '../auth/audit-plugin';
import { compiledExecution } from './compiled-execution';
import { requestedFieldsPlugin, type RequestedFields } from './prefetch';
import { ErrorCode } from '../shared/errors';

/** What a subgraph's resolvers receive: its own context, the verified caller and its audit, the fields asked for. */
export type SubgraphContext<Context> = Context & GuardedContext & { requested: RequestedFields };

export interface SubgraphApolloOptions {
  schema: GraphQLSchema;
  writeAudit: (entry: AccessLogEntryRow) => Promise<void>;
  /** The bounds check's token limit, which Apollo Server's own parse must not exceed either. */
  maxTokens: number;
  production: boolean;
  log: Logger;
}

/** The Apollo Server that executes a subgraph's operations, started. */
export async function startSubgraphApollo<Context extends object>(options: SubgraphApolloOptions): Promise<ApolloServer<SubgraphContext<Context>>> {
  const { production, log } = options;
  if (production) guardServiceSdl(options.schema);
  const apollo = new ApolloServer<SubgraphContext<Context>>({
    gateway: compiledExecution(options.schema),
    includeStacktraceInErrorResponses: false,
    // The bounds check has parsed within this limit already; Apollo Server parses again, under the same one.
    parseOptions: { maxTokens: options.maxTokens },
    // In production a subgraph neither lists its schema nor suggests field names it refuses.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Cache-control hints and inline (ftv1) traces serve Apollo's router and Studio, which this hub does not use;
    // either one, left on, wraps every field resolver of every request, a cost paid for nothing here.
    plugins: [auditPlugin(options.writeAudit, log), requestedFieldsPlugin(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
    // Subgraphs answer the gateway, not browsers; a CSRF preflight requirement would only get in the way of tools.
    csrfPrevention: false,
    // The process stops on SIGTERM/SIGINT once, after finishing the requests in flight (closeOnSignal);
    // six Apollo Servers each re-sending the signal killed it mid-request.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskUnexpected(formatted, error, log),
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => log.warn(m), error: (m) => log.error(m) },
  });
  await apollo.start();
  return apollo;
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
