import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { enforcementDisabledForBenchmark } from '../auth/guard';
import type { RequestBounds, TimeBudgets } from '../server/request-bounds';
import { useEdgeAuthorization } from './edge-auth';
import { useInputErrorCodes } from './error-codes';
import { useRequestBounds } from './request-bounds.plugin';
import { useSingleSubgraphPassThrough, type PassThroughOptions } from './pass-through';
import { loadPersistedDocuments, persistedDocumentsOption, persistedOnly } from './persisted-documents';
import { useSubgraphOutageErrors } from './subgraph-outage.plugin';
import { useInProcessSubgraphs } from './in-process-subgraphs.plugin';
import { REQUEST_ID_HEADER } from '../server/request-log';

export interface GatewayRuntimeOptions {
  supergraphSdl: string;
  passThrough?: boolean;
  onPassThrough?: (subgraph: string) => void;
  inProcessSubgraphs?: PassThroughOptions['inProcess'];
}

export type GatewayRuntime = ReturnType<typeof createGatewayRuntime>;

/** The Hive Gateway runtime that plans and executes operations over the composed supergraph. */
export function createHubGatewayRuntime(options: GatewayRuntimeOptions, budgets: TimeBudgets, bounds: RequestBounds): GatewayRuntime {
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    logging: false,
    landingPage: false,
    graphqlEndpoint: '/graphql',
    maskedErrors: true,
    // An app may send a persisted document's id instead of its text; CHILDGRAPH_PERSISTED_ONLY=1 accepts nothing else.
    persistedDocuments: persistedDocumentsOption(loadPersistedDocuments(), persistedOnly()),
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
      // Before the outage plugin, which then wraps the in-process call as it wraps an HTTP one.
      ...(options.inProcessSubgraphs ? [useInProcessSubgraphs(options.inProcessSubgraphs, budgets.subgraphCallMs)] : []),
      useSubgraphOutageErrors(),
      ...(options.passThrough === false ? [] : [useSingleSubgraphPassThrough(options.supergraphSdl, { onForward: options.onPassThrough, inProcess: options.inProcessSubgraphs, timeoutMs: budgets.subgraphCallMs })]),
    ],
    // Identical in-flight subgraph requests are not merged: merging cloned every answer (structuredClone
    // of a 260 KB list page, a tenth of the gateway's CPU) and would let two requests share one audit row.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    propagateHeaders: {
      // Each subgraph verifies the caller itself and trusts no gateway: the caller's own token travels on.
      // The request id too, so each subgraph's log line names the gateway request it served.
      // (The trace's `traceparent` is added per call, in its span: src/gateway/subgraph-outage.plugin.ts.)
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '', [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER) ?? '' }),
    },
  });
}
