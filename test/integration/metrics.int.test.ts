import 'reflect-metadata';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/imports/run-import';
import { OPERATION_LABELS } from '../../src/server/metrics';
import { findKind } from '../../src/subgraphs/record-kinds';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../src/subgraphs/subgraph-names';
import { operation, startTestStack, type TestStack } from './harness';

/**
 * Prometheus metrics at /metrics, read as Prometheus would: requests per operation, subgraph calls,
 * the hub refresh, imports and access-log writes, each checked against what happened in the data.
 */
let stack: TestStack;

async function scrape(url = stack.gateway.url): Promise<string> {
  const response = await fetch(new URL('/metrics', url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one series (name and exact labels), or 0 when it has not been counted yet. */
function value(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)) && l.slice(name.length + 1, l.indexOf('}')).split(',').length === wanted.length);
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const accessLogRows = async (subgraph: SubgraphName): Promise<number> => {
  const [row] = await stack.dbs[subgraph].$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${subgraph}"."AccessLog"`);
  return Number(row.n);
};

beforeAll(async () => {
  stack = await startTestStack('metrics', 40);
});
afterAll(() => stack?.close());

describe('/metrics', () => {
  it('counts the hub refresh: rows per feed, and the lag since it finished', async () => {
    const summary = await stack.refreshHub();
    const text = await scrape();
    for (const { feed, rows } of summary.feeds.filter((f) => f.rows > 0)) expect([feed, value(text, 'childgraph_hub_feed_rows_total', { feed })]).toEqual([feed, rows]);
    const lag = Number(/^childgraph_hub_refresh_lag_seconds (\S+)$/m.exec(text)?.[1]);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(60);
    expect(text).toMatch(/^childgraph_hub_refresh_duration_seconds_count 1$/m);
  });

  it('counts each request by operation and status at the gateway and at the subgraphs it reached, and times each subgraph call', async () => {
    const before = await scrape();
    const childId = stack.truth.find((t) => t.records.some((r) => r.agency === 'HEALTH'))!.childId;
    const token = await stack.token('SOCIAL');
    for (let i = 0; i < 3; i++) expect((await stack.post({ query: operation('ChildProfile'), operationName: 'ChildProfile', variables: { id: childId } }, { token })).status).toBe(200);
    expect((await stack.post({ query: '{ child(id: "x") { id } }' }, { token: null })).status).toBe(401);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    expect(delta('childgraph_http_requests_total', { server: 'gateway', operation: 'ChildProfile', status: '200' })).toBe(3);
    expect(delta('childgraph_http_request_duration_seconds_count', { server: 'gateway', operation: 'ChildProfile' })).toBe(3);
    expect(delta('childgraph_http_requests_total', { server: 'gateway', operation: 'none', status: '401' })).toBe(1);
    // The profile reaches every agency: each subgraph answered at least one call per request, and the gateway timed them.
    for (const subgraph of SUBGRAPH_NAMES.filter((s) => s !== 'registry')) {
      const calls = delta('childgraph_subgraph_fetch_duration_seconds_count', { subgraph });
      expect([subgraph, calls >= 3]).toEqual([subgraph, true]);
      const served = after.split('\n').filter((l) => l.startsWith('childgraph_http_requests_total{') && l.includes(`server="${subgraph}"`));
      expect([subgraph, served.length > 0]).toEqual([subgraph, true]);
    }
  });

  it('counts access-log writes as the rows that reach each access log', async () => {
    const subgraphs = ['health', 'protection', 'civil'] as const;
    const rowsBefore = await Promise.all(subgraphs.map(accessLogRows));
    const before = await scrape();
    const token = await stack.token('SOCIAL');
    for (const { childId } of stack.truth.slice(0, 5)) await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { token });
    const after = await scrape();
    const rowsAfter = await Promise.all(subgraphs.map(accessLogRows));
    subgraphs.forEach((subgraph, i) => {
      const counted = value(after, 'childgraph_access_log_writes_total', { subgraph, outcome: 'written' }) - value(before, 'childgraph_access_log_writes_total', { subgraph, outcome: 'written' });
      expect([subgraph, counted]).toEqual([subgraph, rowsAfter[i] - rowsBefore[i]]);
    });
    expect(rowsAfter.some((n, i) => n > rowsBefore[i])).toBe(true);
  });

  it('counts import rows accepted and rejected, as the import reports them', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cg-metrics-')), 'screenings.csv');
    copyFileSync(path.resolve(__dirname, '..', 'fixtures', 'screenings.csv'), file);
    const summary = await runImport(findKind('health', 'screenings')!, stack.dbs.health, stack.dbs.registry, { file, format: 'csv', dryRun: false, operator: 'metrics-test' });
    expect(summary.rowsRejected).toBeGreaterThan(0);
    const text = await scrape();
    expect(value(text, 'childgraph_import_rows_total', { kind: 'health.screenings', outcome: 'rejected' })).toBe(summary.rowsRejected);
    expect(value(text, 'childgraph_import_rows_total', { kind: 'health.screenings', outcome: 'accepted' })).toBe(summary.rowsRead - summary.rowsRejected);
  });

  it('keeps operation labels bounded whatever names callers invent', async () => {
    const token = await stack.token('SOCIAL');
    for (let i = 0; i < OPERATION_LABELS + 20; i++) await stack.post({ query: `query Invented${i} { __typename }`, operationName: `Invented${i}` }, { token });
    const text = await scrape();
    const labels = new Set([...text.matchAll(/^childgraph_http_requests_total\{[^}]*operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(labels.size).toBeLessThanOrEqual(OPERATION_LABELS + 2); // with "none" and "other"
    expect(labels.has('other')).toBe(true);
  });

  it('is served by each subgraph server too, and holds no token or child data', async () => {
    const text = await scrape(stack.subgraphs.health.url);
    expect(text).toMatch(/^# TYPE childgraph_http_requests_total counter$/m);
    expect(text).toMatch(/^childgraph_process_cpu_seconds_total /m);
    for (const { childId } of stack.truth.slice(0, 20)) expect(text).not.toContain(childId);
    expect(text).not.toMatch(/Bearer|eyJ/);
  });
});
