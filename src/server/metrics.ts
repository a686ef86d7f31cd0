import type { ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at `/metrics` by the gateway and by each subgraph
 * server (in one-process mode the gateway's answer holds every part, labelled by `server`). No
 * label carries a token, a subject or a child: servers, subgraphs, agencies, operations, feeds,
 * record kinds and outcomes only. Operation names come from callers, so they are bounded: past
 * the first OPERATION_LABELS names a process has seen, the rest count as "other".
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'childgraph_' });

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'childgraph_http_requests_total',
  help: 'Requests answered (over HTTP, or in process from the gateway), by server, operation and status',
  labelNames: ['server', 'operation', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestSeconds = new Histogram({
  name: 'childgraph_http_request_duration_seconds',
  help: 'Time to answer a request, by server and operation',
  labelNames: ['server', 'operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subgraphFetchSeconds = new Histogram({
  name: 'childgraph_subgraph_fetch_duration_seconds',
  help: "The gateway's calls to a subgraph, by subgraph",
  labelNames: ['subgraph'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subgraphFetchErrors = new Counter({
  name: 'childgraph_subgraph_fetch_errors_total',
  help: "The gateway's calls to a subgraph that failed, by subgraph and reason (UNREACHABLE, TIMEOUT)",
  labelNames: ['subgraph', 'reason'] as const,
  registers: [metricsRegistry],
});

export const hubFeedRows = new Counter({
  name: 'childgraph_hub_feed_rows_total',
  help: 'Change-feed rows the registry applied, by feed',
  labelNames: ['feed'] as const,
  registers: [metricsRegistry],
});

export const hubRefreshSeconds = new Histogram({
  name: 'childgraph_hub_refresh_duration_seconds',
  help: 'Time of one hub refresh (every feed, then the derived lists)',
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
  registers: [metricsRegistry],
});

let lastRefreshDoneAt: number | null = null;

/** Seconds since this process last finished a hub refresh; absent until it has finished one. */
export const hubRefreshLag = new Gauge({
  name: 'childgraph_hub_refresh_lag_seconds',
  help: 'Seconds since this process last finished a hub refresh (the lists are at most this old)',
  registers: [metricsRegistry],
  collect() {
    if (lastRefreshDoneAt !== null) this.set((Date.now() - lastRefreshDoneAt) / 1000);
  },
});

export function noteHubRefresh(feeds: readonly { feed: string; rows: number }[], ms: number): void {
  for (const { feed, rows } of feeds) if (rows > 0) hubFeedRows.inc({ feed }, rows);
  hubRefreshSeconds.observe(ms / 1000);
  lastRefreshDoneAt = Date.now();
}

export const importRows = new Counter({
  name: 'childgraph_import_rows_total',
  help: 'Rows read by imports in this process, by record kind and outcome (accepted, rejected)',
  labelNames: ['kind', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const accessLogWrites = new Counter({
  name: 'childgraph_access_log_writes_total',
  help: 'Access-log rows written (or not: outcome failed), by subgraph',
  labelNames: ['subgraph', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const bulkAccessAlerts = new Counter({
  name: 'childgraph_bulk_access_alerts_total',
  help: 'Token subjects that passed their hourly limit of distinct children, by subgraph and agency',
  labelNames: ['subgraph', 'agency'] as const,
  registers: [metricsRegistry],
});

/** Distinct operation labels a process keeps; enough for every operation of the typed client and the hub. */
export const OPERATION_LABELS = 200;
const operationsSeen = new Set<string>();

/** The operation's label: its name while the process has seen fewer than OPERATION_LABELS names, else "other". */
export function operationLabel(operation: string | null | undefined): string {
  if (!operation) return 'none';
  if (operationsSeen.has(operation)) return operation;
  if (operationsSeen.size >= OPERATION_LABELS) return 'other';
  operationsSeen.add(operation);
  return operation;
}

export async function sendMetrics(response: ServerResponse): Promise<void> {
  const body = await metricsRegistry.metrics();
  response.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
  response.end(body);
}
