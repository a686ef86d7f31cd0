import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { ErrorCode } from '../shared/errors';
import { logger } from '../shared/logger';
import { subgraphFetchErrors, subgraphFetchSeconds } from '../server/metrics';
import { inSubgraphCallSpan, traceHeaders } from '../server/tracing';

/**
 * One agency's outage is partial data, not an error that names nothing: when a subgraph cannot be
 * reached, or runs past its call budget, its fields are null (they are nullable for this reason) and
 * the answer, HTTP 200 like any partial answer, carries one `SUBGRAPH_UNAVAILABLE` error naming it in
 * `extensions.serviceName`, with `extensions.reason` `UNREACHABLE` or `TIMEOUT` (the runtime's own
 * timeout error would turn the whole answer into a 504). Every other subgraph error passes as it was.
 *
 * The runtime reports a refused connection as an error wrapping the fetch failure, which the masking
 * would turn into "Unexpected error."; this plugin replaces it before the masking sees it. The planner
 * may call a subgraph several times for one request (one call per entity batch), and each failed call
 * reaches every field it was asked for, so the errors are merged to one per subgraph at the end.
 * Seeing every call and how it ended, it also times them and counts the outages for `/metrics`,
 * each in a client span of the request's trace.
 */
export function useSubgraphOutageErrors(): GatewayPlugin {
  const log = logger.child({ component: 'gateway-subgraph-outage' });
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const guarded = async (request: ExecutionRequest) => {
        const stopTimer = subgraphFetchSeconds.startTimer({ subgraph: subgraphName });
        try {
          const result = await inSubgraphCallSpan(subgraphName, async () => executor(withTraceHeaders(request)));
          return isSingleResult(result) ? counted(withOutageError(result, subgraphName)) : result;
        } catch (error) {
          const outage = outageError(error, subgraphName);
          if (outage) return counted({ errors: [outage] });
          throw error;
        } finally {
          stopTimer();
        }
      };
      // Executor is generic in the result's data type, which no wrapper can prove; the data passes unchanged.
      setExecutor(guarded as Executor);
    },
    onResultProcess({ result, setResult }) {
      if (!isSingleResult(result) || !result.errors?.length) return;
      const merged = oneErrorPerSubgraph(result);
      if (!merged) return;
      for (const error of merged.outages) log.warn({ subgraph: error.extensions.serviceName, code: error.extensions.code }, error.message);
      setResult({ ...result, errors: merged.errors });
    },
  };
}

/** What refused or dropped connections look like beneath the fetch failure (Node and undici codes). */
const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED']);

export function subgraphUnavailable(subgraph: string): GraphQLError {
  return new GraphQLError(`The ${subgraph} subgraph is unavailable; its fields are null`, {
    extensions: { code: ErrorCode.SubgraphUnavailable, serviceName: subgraph, reason: 'UNREACHABLE' },
  });
}

export function subgraphTimedOut(subgraph: string): GraphQLError {
  return new GraphQLError(`The ${subgraph} subgraph did not answer in time; its fields are null`, {
    extensions: { code: ErrorCode.SubgraphUnavailable, serviceName: subgraph, reason: 'TIMEOUT' },
  });
}

/** The outage error for this failure of a call to `subgraph`, or null when it is not an outage. */
function outageError(error: unknown, subgraph: string): GraphQLError | null {
  // The runtime's own codes for a call past its `upstreamTimeout`.
  if (error instanceof GraphQLError && (error.extensions?.code === 'GATEWAY_TIMEOUT' || error.extensions?.code === 'TIMEOUT_ERROR')) {
    return subgraphTimedOut(subgraph);
  }
  return isConnectionFailure(error) ? subgraphUnavailable(subgraph) : null;
}

/**
 * The request with the `traceparent` of the call's span among the headers the HTTP transport sends
 * (the runtime's header propagation runs before this span exists, so it cannot carry it).
 */
function withTraceHeaders(request: ExecutionRequest): ExecutionRequest {
  const headers = traceHeaders();
  if (Object.keys(headers).length === 0) return request;
  const extensions = request.extensions as { headers?: Record<string, string> } | undefined;
  return { ...request, extensions: { ...extensions, headers: { ...extensions?.headers, ...headers } } };
}

/** Counts the outage a call's result reports, if it reports one. */
function counted(result: ExecutionResult): ExecutionResult {
  const outage = result.errors?.find((error) => error instanceof GraphQLError && isOutage(error)) as OutageError | undefined;
  if (outage) subgraphFetchErrors.inc({ subgraph: outage.extensions.serviceName, reason: String(outage.extensions.reason) });
  return result;
}

function withOutageError(result: ExecutionResult, subgraph: string): ExecutionResult {
  const outage = result.errors?.map((error) => outageError(error, subgraph)).find((error) => error !== null);
  // A failed call has no data worth keeping: the fields it was asked for are null either way.
  return outage ? { errors: [outage] } : result;
}

function isConnectionFailure(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && typeof cause === 'object' && depth < 6; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CONNECTION_FAILURES.has(code)) return true;
    if (message === 'fetch failed') return true;
    cause = (cause as { originalError?: unknown }).originalError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}

type OutageError = GraphQLError & { extensions: { code: string; serviceName: string } };

const isOutage = (error: GraphQLError): error is OutageError =>
  error.extensions?.code === ErrorCode.SubgraphUnavailable && typeof error.extensions?.serviceName === 'string';

/** The errors with one outage error per subgraph (the first, at its path), or null when none is an outage. */
function oneErrorPerSubgraph(result: ExecutionResult): { errors: GraphQLError[]; outages: OutageError[] } | null {
  const errors = result.errors as readonly GraphQLError[];
  if (!errors.some(isOutage)) return null;
  const seen = new Set<string>();
  const outages: OutageError[] = [];
  const kept = errors.filter((error) => {
    if (!isOutage(error)) return true;
    const key = error.extensions.serviceName;
    if (seen.has(key)) return false;
    seen.add(key);
    outages.push(error);
    return true;
  });
  return { errors: kept, outages };
}

function isSingleResult(result: unknown): result is ExecutionResult {
  return !!result && typeof result === 'object' && !Array.isArray(result) && !(Symbol.asyncIterator in result);
}
