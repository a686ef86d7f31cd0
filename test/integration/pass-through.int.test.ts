// The harness first: it loads reflect-metadata, which the subgraphs' decorators need.
import { operation, startTestStack, TEST_KEYS, type TestStack } from './harness';
import type { Agency } from '../../src/auth/principal';
import { startGateway } from '../../src/gateway/gateway';
import type { RunningServer } from '../../src/server/subgraph-server';

/**
 * The gateway forwards an operation one subgraph can answer whole (src/gateway/pass-through.ts).
 * Whatever the route, the caller must get the same answer: each case below goes through a gateway
 * with the shortcut and through one that plans every operation, and the two must agree byte for byte.
 */
let stack: TestStack;
let planned: RunningServer;
const forwarded: string[] = [];
/** The shortcut over HTTP (a separate gateway) and by direct call (the embedded stack's way). */
let overHttp: RunningServer;
let inProcess: RunningServer;

beforeAll(async () => {
  stack = await startTestStack('passthrough', 300, { highDropoutRisk: 0.2 });
  await stack.refreshHub();
  planned = await startGateway({ supergraphSdl: stack.supergraphSdl, keys: TEST_KEYS, passThrough: false });
  const onPassThrough = (subgraph: string) => forwarded.push(subgraph);
  overHttp = await startGateway({ supergraphSdl: stack.supergraphSdl, keys: TEST_KEYS, onPassThrough });
  const inProcessSubgraphs = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, server]) => [name, server.executeInProcess]));
  inProcess = await startGateway({ supergraphSdl: stack.supergraphSdl, keys: TEST_KEYS, onPassThrough, inProcessSubgraphs });
}, 180_000);
afterAll(async () => {
  await planned?.close();
  await overHttp?.close();
  await inProcess?.close();
  await stack?.close();
});

interface Case {
  name: string;
  agency: Agency;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
  /** The subgraph the shortcut should forward to, or null when the planner must answer. */
  forwardsTo: string | null;
}

const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { child { id index { fullName birthDate sex } } school { code name } grade level score reasons { code labelEn labelVi } } }';

const CASES: Case[] = [
  {
    name: 'a dropout-risk page with variables',
    agency: 'EDUCATION',
    body: { query: `query Page($f: DropoutRiskFilter, $n: Int) { dropoutRiskList(filter: $f, first: $n) { ${PAGE} } }`, variables: { f: { minLevel: 'MEDIUM' }, n: 40 } },
    forwardsTo: 'registry',
  },
  {
    name: 'aliases, a named fragment, @include and __typename',
    agency: 'SOCIAL',
    body: {
      query: `query Gaps($n: Int, $details: Boolean!) { __typename first: civilStatusGaps(first: $n) { ...GapPage } again: civilStatusGaps(first: 2) { totalCount } }
fragment GapPage on CivilStatusGapConnection { __typename totalCount edges { node { __typename child { id } kinds details @include(if: $details) { kind since dueOn } } } }`,
      variables: { n: 25, details: true },
    },
    forwardsTo: 'registry',
  },
  {
    name: 'one operation of several, chosen by name',
    agency: 'SOCIAL',
    body: { query: `query A { children(first: 3) { edges { node { id } } } } query B { childCounts(groupBy: PROVINCE) { areaCode children } }`, operationName: 'B' },
    forwardsTo: 'registry',
  },
  {
    name: 'a forbidden field removed by the edge, leaving a variable unused',
    agency: 'EDUCATION',
    body: {
      query: `query($n: Int, $withLinks: Boolean!) { dropoutRiskList(first: $n) { edges { node { score child { id links @include(if: $withLinks) { agency } } } } } }`,
      variables: { n: 5, withLinks: true },
    },
    forwardsTo: 'registry',
  },
  {
    name: 'every root field forbidden',
    agency: 'EDUCATION',
    body: { query: '{ civilStatusGaps(first: 2) { totalCount } }' },
    forwardsTo: null,
  },
  {
    name: 'a resolver error (unknown school code)',
    agency: 'EDUCATION',
    body: { query: '{ dropoutRiskList(filter: { schoolCode: "99999XXXX" }) { totalCount } }' },
    forwardsTo: 'registry',
  },
  {
    name: 'a resolver error on a non-null field inside a page (bad cursor)',
    agency: 'SOCIAL',
    body: { query: '{ a: dropoutRiskList(after: "not-a-cursor") { totalCount } b: childCounts(groupBy: PROVINCE) { areaCode } }' },
    forwardsTo: 'registry',
  },
  {
    name: 'an invalid variable (level EXTREME)',
    agency: 'EDUCATION',
    body: { query: 'query($f: DropoutRiskFilter) { dropoutRiskList(filter: $f) { totalCount } }', variables: { f: { minLevel: 'EXTREME' } } },
    forwardsTo: null,
  },
  {
    name: 'a child profile across subgraphs',
    agency: 'SOCIAL',
    body: { query: operation('ChildProfile'), variables: { personalId: 'unknown-000000' } },
    forwardsTo: null,
  },
  {
    name: 'introspection',
    agency: 'SOCIAL',
    body: { query: '{ __schema { queryType { name } } __type(name: "RiskLevel") { enumValues { name } } }' },
    forwardsTo: null,
  },
];

async function send(url: string, token: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

describe('single-subgraph pass-through', () => {
  it.each(CASES)('answers $name exactly as the planner does', async ({ agency, body, forwardsTo }) => {
    const token = await stack.token(agency);
    const viaPlanner = await send(planned.url, token, body);
    for (const gateway of [overHttp, inProcess]) {
      forwarded.length = 0;
      const viaShortcut = await send(gateway.url, token, body);
      expect(viaShortcut.status).toBe(viaPlanner.status);
      expect(JSON.parse(viaShortcut.text)).toEqual(JSON.parse(viaPlanner.text));
      expect(viaShortcut.text).toBe(viaPlanner.text);
      expect(forwarded).toEqual(forwardsTo ? [forwardsTo] : []);
    }
  });

  it('answers a subgraph failure (its database refuses the query) as the planner does', async () => {
    const token = await stack.token('SOCIAL');
    const body = { query: '{ dropoutRiskList(first: 2) { totalCount } childCounts(groupBy: PROVINCE) { areaCode } }' };
    await stack.dbs.registry.$executeRawUnsafe('ALTER TABLE "registry"."DropoutRisk" RENAME TO "DropoutRiskAway"');
    try {
      // The subgraph names the failing field but not the database's words (table names stay in its log).
      const direct = await send(stack.subgraphs.registry.url, token, body);
      expect(JSON.parse(direct.text).errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['dropoutRiskList'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      const viaPlanner = await send(planned.url, token, body);
      expect(JSON.parse(viaPlanner.text).errors).toEqual([
        { message: 'Internal server error', path: ['dropoutRiskList'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'registry' } },
      ]);
      for (const gateway of [overHttp, inProcess]) {
        const viaShortcut = await send(gateway.url, token, body);
        expect(viaShortcut.status).toBe(viaPlanner.status);
        expect(viaShortcut.text).toBe(viaPlanner.text);
      }
    } finally {
      await stack.dbs.registry.$executeRawUnsafe('ALTER TABLE "registry"."DropoutRiskAway" RENAME TO "DropoutRisk"');
    }
  });

  it('answered the page cases with data, so the comparison compared something', async () => {
    const token = await stack.token('EDUCATION');
    const { text } = await send(inProcess.url, token, CASES[0].body);
    const rows = JSON.parse(text).data.dropoutRiskList.edges;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0].node.child.index.fullName).toEqual(expect.any(String));
  });
});
