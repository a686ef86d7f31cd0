import type { RequestListener } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type SpanOptions } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces: one trace per request from the gateway through each subgraph it calls down
 * to every SQL statement. Spans are made through the OpenTelemetry API, which does nothing until a
 * provider is registered: `startTracing` registers one when an OTLP endpoint is configured (the
 * standard OTEL_EXPORTER_OTLP_ENDPOINT; the exporter honours the other OTEL_EXPORTER_OTLP_* too). The W3C
 * `traceparent` header carries the trace from the gateway to the subgraphs. Spans hold routes,
 * operation names, subgraphs, statuses and SQL verbs and tables: never a token, a variable, a
 * statement's parameters or a child's data.
 */
const tracer = () => trace.getTracer('childgraph');

/** A provider for this process; tests pass an in-memory span processor instead of the OTLP exporter. */
export function registerTracing(serviceName: string, processors: SpanProcessor[]): NodeTracerProvider {
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ 'service.name': serviceName }), spanProcessors: processors });
  // Also installs the AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  return provider;
}

let exporting: NodeTracerProvider | null = null;

/** Exports this process's spans over OTLP/HTTP when an endpoint is configured; nothing otherwise. */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  exporting = registerTracing(env.OTEL_SERVICE_NAME ?? serviceName, [new BatchSpanProcessor(new OTLPTraceExporter())]);
}

/** Sends the spans still batched, at shutdown. */
export async function stopTracing(): Promise<void> {
  await exporting?.shutdown();
  exporting = null;
}

/**
 * A server span around each request, continuing the caller's trace when it sends one; it ends
 * when the response closes, with the status and the operation `describe` names by then.
 */
export function withRequestSpan(server: string, describe: () => { route: string; operation: string | null }, listener: RequestListener): RequestListener {
  return (request, response) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer().startSpan(`${request.method ?? 'GET'} ${server}`, { kind: SpanKind.SERVER, attributes: { 'childgraph.server': server, 'http.request.method': request.method ?? 'GET' } }, parent);
    response.once('close', () => {
      const { route, operation } = describe();
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode, ...(operation ? { 'graphql.operation.name': operation } : {}) });
      span.updateName(`${request.method ?? 'GET'} ${server} ${operation ?? route}`);
      if (response.statusCode >= 500 || !response.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), () => listener(request, response));
  };
}

/** Runs `work` in an active span that ends when it settles (marked an error when it throws); `describe` adds attributes of its result. */
function inActiveSpan<T>(name: string, options: SpanOptions, work: () => Promise<T>, describe?: (result: T) => Attributes): Promise<T> {
  return tracer().startActiveSpan(name, options, (span: Span) =>
    work().then(
      (result) => {
        if (describe) span.setAttributes(describe(result));
        span.end();
        return result;
      },
      (error: unknown) => {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
        throw error;
      },
    ),
  );
}

/** Runs `work` in a server span of `server`, for a request answered in process rather than over HTTP. */
export function inServerSpan<T extends { status: number }>(server: string, operation: string | null, work: () => Promise<T>): Promise<T> {
  const attributes = { 'childgraph.server': server, 'childgraph.in_process': true, ...(operation ? { 'graphql.operation.name': operation } : {}) };
  return inActiveSpan(`in-process ${server} ${operation ?? ''}`.trim(), { kind: SpanKind.SERVER, attributes }, work, (result) => ({ 'http.response.status_code': result.status }));
}

/** The id of the trace being recorded in this context, or null when nothing is traced. */
export function traceIdOf(): string | null {
  const span = trace.getSpan(context.active());
  return span?.isRecording() ? span.spanContext().traceId : null;
}

/** Runs `call` in a client span for a call to a subgraph; the span ends when the call settles. */
export function inSubgraphCallSpan<T>(subgraph: string, call: () => Promise<T>): Promise<T> {
  return inActiveSpan(`subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'childgraph.subgraph': subgraph } }, call);
}

/** The headers that carry the current trace to the next server (empty when nothing is traced). */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

const FIRST_WORD = /^\s*([A-Za-z]+)/;
const FIRST_TABLE = /"(\w+)"\."(\w+)"/;

/**
 * A span for one SQL statement, made once the client reports it (Prisma's query event: its text
 * and duration), under whatever span is active: the subgraph request that sent it. Only the verb
 * and the first table named are kept, never the statement's text or parameters.
 */
export function traceStatement(event: { query: string; duration: number }): void {
  const parent = trace.getSpan(context.active());
  if (!parent?.isRecording()) return;
  const end = Date.now();
  const verb = (FIRST_WORD.exec(event.query)?.[1] ?? 'SQL').toUpperCase();
  const table = FIRST_TABLE.exec(event.query);
  const span = tracer().startSpan(table ? `${verb} ${table[1]}.${table[2]}` : verb, {
    kind: SpanKind.CLIENT,
    startTime: end - Number(event.duration),
    attributes: { 'db.system.name': 'postgresql', 'db.operation.name': verb, ...(table ? { 'db.namespace': table[1], 'db.collection.name': table[2] } : {}) },
  });
  span.end(end);
}
