import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { registerTracing } from '../../src/server/tracing';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import { operation, startTestStack, type TestStack } from './harness';

/**
 * Traces, recorded by the SDK's in-memory exporter: one trace per request, from the gateway's
 * server span through a client span per subgraph call, the subgraph's own server span (joined by
 * `traceparent`) and a span per SQL statement; no token or child in any attribute.
 */
const exporter = new InMemorySpanExporter();
let provider: NodeTracerProvider;
let stack: TestStack;

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;
const traceOf = (span: ReadableSpan) => span.spanContext().traceId;

/** The spans of the one trace the gateway's server span for `operationName` started. */
async function traceOfRequest(send: () => Promise<unknown>, match: (span: ReadableSpan) => boolean) {
  exporter.reset();
  await send();
  // Server spans end when the response closes, a moment after the client has read it.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const spans = exporter.getFinishedSpans();
  const root = spans.find((s) => s.attributes['childgraph.server'] === 'gateway' && match(s));
  expect(root).toBeDefined();
  return { root: root!, spans: spans.filter((s) => traceOf(s) === traceOf(root!)), all: spans };
}

/** True when `span` descends from `ancestor` within `spans`. */
function descends(span: ReadableSpan, ancestor: ReadableSpan, spans: readonly ReadableSpan[]): boolean {
  const byId = new Map(spans.map((s) => [idOf(s), s]));
  for (let at: ReadableSpan | undefined = span; at; at = byId.get(parentOf(at) ?? '')) if (parentOf(at) === idOf(ancestor)) return true;
  return false;
}

beforeAll(async () => {
  provider = registerTracing('childgraph-test', [new SimpleSpanProcessor(exporter)]);
  stack = await startTestStack('tracing', 30);
  await stack.refreshHub();
});
afterAll(async () => {
  await stack?.close();
  await provider?.shutdown();
});

describe('traces', () => {
  it("follow a profile from the gateway through every subgraph's server down to its SQL, in one trace", async () => {
    const childId = stack.truth.find((t) => t.records.some((r) => r.agency === 'HEALTH'))!.childId;
    const token = await stack.token('SOCIAL');
    const { root, spans } = await traceOfRequest(
      () => stack.post({ query: operation('ChildProfile'), operationName: 'ChildProfile', variables: { id: childId } }, { token }),
      (s) => s.attributes['graphql.operation.name'] === 'ChildProfile',
    );
    expect(parentOf(root)).toBeUndefined();
    expect(root.attributes['http.response.status_code']).toBe(200);
    expect(spans.filter((s) => parentOf(s) === undefined)).toEqual([root]);
    for (const subgraph of SUBGRAPH_NAMES.filter((s) => s !== 'registry')) {
      const calls = spans.filter((s) => s.name === `subgraph ${subgraph}`);
      expect([subgraph, calls.length > 0, calls.every((c) => descends(c, root, spans))]).toEqual([subgraph, true, true]);
      // The subgraph's own server span is a child of the gateway's call: traceparent crossed the hop.
      const served = spans.filter((s) => s.attributes['childgraph.server'] === subgraph);
      expect([subgraph, served.length > 0, served.every((s) => calls.some((c) => parentOf(s) === idOf(c)))]).toEqual([subgraph, true, true]);
      const statements = spans.filter((s) => s.attributes['db.namespace'] === subgraph);
      expect([subgraph, statements.length > 0, statements.every((s) => served.some((server) => descends(s, server, spans)))]).toEqual([subgraph, true, true]);
    }
    const attributes = JSON.stringify(spans.map((s) => s.attributes));
    expect(attributes).not.toContain(token);
    expect(attributes).not.toContain(childId);
  });

  it('gives each request its own trace, and continues a trace the caller started', async () => {
    const token = await stack.token('JUSTICE');
    const query = { query: 'query Gaps { civilStatusGaps(first: 2) { totalCount } }' };
    const first = await traceOfRequest(() => stack.post(query, { token }), (s) => s.attributes['graphql.operation.name'] === 'Gaps');
    const second = await traceOfRequest(() => stack.post(query, { token }), (s) => s.attributes['graphql.operation.name'] === 'Gaps');
    expect(traceOf(second.root)).not.toBe(traceOf(first.root));
    // A registry-only query goes straight to the registry: its SQL still belongs to the request's trace.
    expect(first.spans.some((s) => s.name === 'subgraph registry')).toBe(true);
    expect(first.spans.filter((s) => s.attributes['db.namespace'] === 'registry').length).toBeGreaterThan(0);

    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const continued = await traceOfRequest(
      () =>
        fetch(stack.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${callerSpan}-01` },
          body: JSON.stringify(query),
        }).then((r) => r.text()),
      (s) => s.attributes['graphql.operation.name'] === 'Gaps',
    );
    expect(traceOf(continued.root)).toBe(traceId);
    expect(parentOf(continued.root)).toBe(callerSpan);
  });

  it('marks a refused request on its span and still ends it', async () => {
    const { root } = await traceOfRequest(() => stack.post({ query: '{ children(first: 1) { totalCount } }' }, { token: null }), () => true);
    expect(root.attributes['http.response.status_code']).toBe(401);
  });
});
