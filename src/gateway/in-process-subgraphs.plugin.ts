import { GraphQLError, print, type DocumentNode, type ExecutionResult } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { REQUEST_ID_HEADER } from '../server/request-log';
import { ErrorCode } from '../shared/errors';
import { withinBudget } from '../server/time-budget';
import type { ForwardedResponse } from '../server/subgraph-execution';
import type { SubgraphCall } from './pass-through';
import { subgraphTimedOut, subgraphUnavailable } from './subgraph-outage.plugin';
import { logger } from '../shared/logger';

const log = logger.child({ component: 'gateway-in-process' });

/**
 * When the gateway and its subgraphs share a process (the embedded stack), the planner's calls go
 * to each subgraph's in-process entry instead of over loopback HTTP: the same token check, bounds,
 * context, resolvers and audit as an HTTP request (see executeInProcess), without the sockets,
 * the JSON written and parsed on both sides, and the HTTP machinery of seven servers per profile.
 * The per-call budget still applies, and a call past it is the same outage as over HTTP.
 */
export function useInProcessSubgraphs(subgraphs: Partial<Record<string, SubgraphCall>>, callMs: number): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, setExecutor }) {
      const call = subgraphs[subgraphName];
      if (!call) return;
      // A subgraph that cannot take the call (stopped, say) is down, as a refused connection is over HTTP.
      const guardedCall = (request: Parameters<SubgraphCall>[0]) =>
        call(request).catch((error: unknown) => {
          log.warn({ err: error, subgraph: subgraphName }, 'in-process subgraph call failed');
          return null;
        });
      const inProcess = async (request: ExecutionRequest): Promise<ExecutionResult> => {
        const headers = (request.extensions as { headers?: Record<string, string> } | undefined)?.headers ?? {};
        const answer = await withinBudget(
          guardedCall({
            query: printed(request.document),
            operationName: request.operationName,
            variables: request.variables as Record<string, unknown> | undefined,
            authorization: headers.authorization ?? '',
            requestId: headers[REQUEST_ID_HEADER],
          }),
          callMs,
        );
        if ('timedOut' in answer) return { errors: [subgraphTimedOut(subgraphName)] };
        if (answer.value === null) return { errors: [subgraphUnavailable(subgraphName)] };
        return asResult(subgraphName, answer.value);
      };
      // Executor is generic in the result's data type, which no wrapper can prove; the data passes unchanged.
      setExecutor(inProcess as Executor);
    },
  };
}

/** The planner builds a subgraph's document once per plan: it is printed once, not once per call. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

/** The subgraph's answer as the planner expects an HTTP subgraph's: data and errors, or one error for a refusal. */
function asResult(subgraph: string, { status, result }: ForwardedResponse): ExecutionResult {
  if (result && (result.data !== undefined || result.errors?.length)) {
    return {
      data: result.data ?? null,
      ...(result.errors?.length ? { errors: result.errors.map((error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions })) } : {}),
    };
  }
  return { errors: [new GraphQLError(`The ${subgraph} subgraph refused the call (HTTP ${status})`, { extensions: { code: ErrorCode.Internal, serviceName: subgraph } })] };
}
