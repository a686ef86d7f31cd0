import 'reflect-metadata';
import { request as httpRequest, Agent } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { SignJWT } from 'jose';
import { withSubgraphUrls } from '../../src/gateway/compose';
import { startGateway } from '../../src/gateway/gateway';
import type { RunningServer } from '../../src/server/subgraph-server';
import { startTestStack, TEST_KEYS, withEnv, type GraphQLResponse, type TestStack } from './harness';

/**
 * One request must not take the hub down (issue 14, items 9 to 14): every request's work is bounded
 * before it starts and while it runs, at the gateway and at every subgraph port; in production a
 * subgraph's SDL is the hub's alone; tokens expire within a working day.
 */

/** `household { members { child { household { … } } } }`, the household repeated `levels` times. */
function householdChain(levels: number): string {
  let inner = 'fullName';
  for (let i = 0; i < levels; i++) inner = `household { members { fullName child { ${inner} } } }`;
  return inner;
}
const nestedHouseholds = (levels: number) => `query Nested($id: ID) { child(id: $id) { ${householdChain(levels)} } }`;

/** Each fragment spreads the one before twice: 2^levels fields once expanded, about 2 KB as text at 40. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Child { id }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Child { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb($id: ID) { child(id: $id) { ...F${levels} } } ${fragments.join(' ')}`;
}

const elapsedMs = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};


describe('request bounds, time budgets, SDL and token lifetime (production mode)', () => {
  let stack: TestStack;
  let childId: string;
  const previousNodeEnv = process.env.NODE_ENV;
  // Short enough for a test to wait for, long enough for every ordinary request of this small population.
  const SUBGRAPH_BUDGET_MS = 3000;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    stack = await withEnv({ CHILDGRAPH_REQUEST_TIMEOUT_MS: String(SUBGRAPH_BUDGET_MS) }, () => startTestStack('probebounds', 20));
    childId = stack.truth[0].childId;
  });
  afterAll(async () => {
    process.env.NODE_ENV = previousNodeEnv;
    await stack?.close();
  });

  /** The gateway and one subgraph still answer, fast and right, for another caller. */
  async function nextCallerIsServed() {
    const { value, ms } = await elapsedMs(async () => stack.post({ query: 'query($id: ID) { child(id: $id) { id fullName } }', variables: { id: childId } }, { token: await stack.token('JUSTICE') }));
    expect(value.status).toBe(200);
    expect(value.body.errors).toBeUndefined();
    expect(value.body.data?.child).toEqual({ id: childId, fullName: stack.truth[0].fullName });
    expect(ms).toBeLessThan(2000);
    expect((await fetch(new URL('/healthz', stack.gateway.url), { signal: AbortSignal.timeout(5000) })).status).toBe(200);
  }

  const expectTooComplex = (response: { status: number; body: GraphQLResponse }, limit: string) => {
    expect(response.status).toBe(400);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(response.body.errors?.[0].message).toMatch(/at most \d+|limit/);
  };

  /** POSTs with a deadline, so that a probe the hub cannot survive fails the test instead of hanging it. */
  const probe = async (body: unknown, url: string, token: string) =>
    elapsedMs(async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    });

  describe('item 9: a household nested 14 times', () => {
    it('is refused by its depth at the gateway before any subgraph works, and the next caller is served', async () => {
      const { value, ms } = await probe({ query: nestedHouseholds(14), variables: { id: childId } }, stack.gateway.url, await stack.token('POLICE'));
      expectTooComplex(value, 'maxDepth');
      expect(value.body.errors?.[0].message).toMatch(/at most 10 levels/);
      expect(ms).toBeLessThan(5000);
      await nextCallerIsServed();
      // Two levels deep is an ordinary question, and still answered.
      const { status, body } = await stack.post({ query: nestedHouseholds(2), variables: { id: childId } }, { token: await stack.token('POLICE') });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.child.household).toBeDefined();
    });

    it('is refused straight at the identity port too, as `_entities`', async () => {
      const query = `{ _entities(representations: [{ __typename: "Child", id: "${childId}" }]) { ... on Child { ${householdChain(14)} } } }`;
      const { value, ms } = await probe({ query }, stack.subgraphs.identity.url, await stack.token('POLICE'));
      expectTooComplex(value, 'maxDepth');
      expect(ms).toBeLessThan(5000);
      await nextCallerIsServed();
    });
  });

  describe('item 10: forty fragments each spreading the one before twice', () => {
    for (const [where, url] of [
      ['the gateway', () => stack.gateway.url],
      ['the registry port', () => stack.subgraphs.registry.url],
    ] as const) {
      it(`is refused in milliseconds at ${where}, with an ANALYTICS token, and the process keeps serving`, async () => {
        const query = fragmentBomb(40);
        expect(query.length).toBeLessThan(2500);
        const { value, ms } = await probe({ query, variables: { id: childId } }, url(), await stack.token('ANALYTICS'));
        expectTooComplex(value, 'maxFields');
        expect(ms).toBeLessThan(5000);
        await nextCallerIsServed();
      });
    }
  });

  describe('item 11: thousands of aliases', () => {
    const aliased = (count: number) => `query($id: ID) { ${Array.from({ length: count }, (_, i) => `a${i}: child(id: $id) { fullName }`).join(' ')} }`;

    it('5,000 aliases of child(id) are refused at the gateway, the next caller (another agency) is served at once, and what the gateway admits is answered whole', async () => {
      const query = aliased(5000);
      expect(query.length).toBeGreaterThan(150_000);
      const { value } = await probe({ query, variables: { id: childId } }, stack.gateway.url, await stack.token('POLICE'));
      expect(value.status).toBe(400);
      expect(value.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(['maxTokens', 'maxRootFields', 'maxAliases']).toContain(value.body.errors?.[0].extensions?.limit);
      for (let i = 0; i < 3; i++) await nextCallerIsServed();
      // As many as the gateway admits: what it then sends the registry and identity fits what they accept.
      const { value: admitted } = await probe({ query: aliased(20), variables: { id: childId } }, stack.gateway.url, await stack.token('POLICE'));
      expect(admitted.status).toBe(200);
      expect(admitted.body.errors).toBeUndefined();
      expect(Object.values(admitted.body.data ?? {})).toEqual(Array.from({ length: 20 }, () => ({ fullName: stack.truth[0].fullName })));
    });

    it('a body over a subgraph port\'s limit is answered 413 and leaves the keep-alive connection usable', async () => {
      // One socket, kept alive, as a gateway's connection pool holds it.
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const token = await stack.token('POLICE');
      const post = (body: string) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = httpRequest(stack.subgraphs.registry.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) }, timeout: 10_000 }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          });
          req.on('timeout', () => req.destroy(new Error('no answer in 10 s')));
          req.on('error', reject);
          req.end(body);
        });
      try {
        const oversized = await post(JSON.stringify({ query: `{ child(id: "${childId}") { id } }`, variables: { padding: 'x'.repeat(700 * 1024) } }));
        expect(oversized.status).toBe(413);
        expect(JSON.parse(oversized.text).errors[0].message).toMatch(/exceeds \d+ bytes/);
        const { value: next, ms } = await elapsedMs(() => post(JSON.stringify({ query: `{ child(id: "${childId}") { id } }` })));
        expect(next.status).toBe(200);
        expect(JSON.parse(next.text).data.child.id).toBe(childId);
        expect(ms).toBeLessThan(2000);
      } finally {
        agent.destroy();
      }
    });
  });

  describe('item 12: a subgraph that stops answering', () => {
    let hung: Server;
    const sockets: Socket[] = [];
    const gateways: RunningServer[] = [];
    beforeAll(async () => {
      // Accepts connections and never answers: what a SIGSTOPped subgraph looks like from the gateway.
      hung = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const gateway of gateways) await gateway.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => hung.close(resolve));
    });

    const gatewayWithHungEducation = async (env: Record<string, string>) => {
      const port = (hung.address() as { port: number }).port;
      const supergraphSdl = withSubgraphUrls(stack.supergraphSdl, { education: `http://127.0.0.1:${port}/graphql` });
      const gateway = await withEnv(env, () => startGateway({ supergraphSdl, keys: TEST_KEYS }));
      gateways.push(gateway);
      return gateway;
    };

    it('costs the caller the per-subgraph-call budget, then the rest of the answer arrives with that part as an error', async () => {
      const gateway = await gatewayWithHungEducation({ CHILDGRAPH_SUBGRAPH_TIMEOUT_MS: '1000' });
      const token = await stack.token('SOCIAL');
      const query = 'query($id: ID) { child(id: $id) { fullName enrollments { grade } } children(first: 1) { edges { node { id } } } }';
      const { value, ms } = await probe({ query, variables: { id: childId } }, gateway.url, token);
      expect(ms).toBeLessThan(5000);
      // Partial data: 200, education's fields null and named once; the child and the registry's part still arrive.
      expect(value.status).toBe(200);
      expect(value.body.errors?.filter((e) => e.extensions?.serviceName === 'education').map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SUBGRAPH_UNAVAILABLE', 'TIMEOUT']]);
      expect(value.body.data?.child).toMatchObject({ fullName: expect.any(String), enrollments: null });
      expect(value.body.data?.children.edges).toHaveLength(1);
      // An operation education answers whole (forwarded without planning) meets the same budget.
      const hub = await stack.token('HUB');
      const whole = await probe({ query: '{ educationPupilFeed(first: 5) { hasMore } }' }, gateway.url, hub);
      expect(whole.ms).toBeLessThan(5000);
      expect(whole.value.status).toBe(200);
      expect(whole.value.body.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName, e.extensions?.reason])).toEqual([['SUBGRAPH_UNAVAILABLE', 'education', 'TIMEOUT']]);
    });

    it('a whole request is cut at its own budget with 504', async () => {
      const gateway = await gatewayWithHungEducation({ CHILDGRAPH_SUBGRAPH_TIMEOUT_MS: '60000', CHILDGRAPH_REQUEST_TIMEOUT_MS: '1000' });
      const { value, ms } = await probe({ query: 'query($id: ID) { child(id: $id) { fullName enrollments { grade } } }', variables: { id: childId } }, gateway.url, await stack.token('SOCIAL'));
      expect(ms).toBeLessThan(5000);
      expect(value.status).toBe(504);
      expect(value.body.errors?.[0].extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', limitValue: 1000 });
      expect((await fetch(new URL('/healthz', stack.gateway.url))).status).toBe(200);
    });

    it("a subgraph whose database hangs answers 504 within its own budget, at its port and through the gateway", async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // Another session holds the pupils' table: every read of it waits, as behind a stuck database.
      const holder = stack.dbs.education.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe('LOCK TABLE "education"."Pupil" IN ACCESS EXCLUSIVE MODE');
          locked();
          await released;
        },
        { timeout: 30_000, maxWait: 30_000 },
      );
      try {
        await Promise.race([isLocked, holder]);
        const hub = await stack.token('HUB');
        const direct = await probe({ query: '{ educationPupilFeed(first: 5) { hasMore } }' }, stack.subgraphs.education.url, hub);
        expect(direct.ms).toBeLessThan(SUBGRAPH_BUDGET_MS + 3000);
        expect(direct.value.status).toBe(504);
        expect(direct.value.body.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
        const viaGateway = await probe({ query: 'query($id: ID) { child(id: $id) { fullName schoolingStatus } }', variables: { id: childId } }, stack.gateway.url, await stack.token('SOCIAL'));
        expect(viaGateway.ms).toBeLessThan(SUBGRAPH_BUDGET_MS + 3000);
        expect(JSON.stringify(viaGateway.value.body.errors ?? [])).toMatch(/TIMEOUT/);
      } finally {
        release();
        await holder;
      }
      await nextCallerIsServed();
    });
  });

  describe('item 13: a subgraph\'s SDL in production', () => {
    it('is refused at every subgraph port to every agency but the hub', async () => {
      for (const name of Object.keys(stack.subgraphs) as (keyof TestStack['subgraphs'])[]) {
        for (const agency of ['POLICE', 'HEALTH', 'ANALYTICS', 'AUDITOR'] as const) {
          const { body } = await stack.post({ query: '{ _service { sdl } }' }, { url: stack.subgraphs[name].url, token: await stack.token(agency) });
          expect({ name, agency, data: body.data?._service ?? null }).toEqual({ name, agency, data: null });
          expect({ name, agency, code: body.errors?.[0].extensions?.code }).toEqual({ name, agency, code: 'UNAUTHORIZED_FIELD_OR_TYPE' });
          expect(JSON.stringify(body)).not.toMatch(/type Query|requiresScopes/);
        }
        const hub = await stack.post({ query: '{ _service { sdl } }' }, { url: stack.subgraphs[name].url, token: await stack.token('HUB') });
        expect(hub.body.data?._service.sdl).toMatch(/type Query|extend schema/);
      }
    });
  });

  describe('item 14: token lifetime', () => {
    const secret = TEST_KEYS.secret!;
    const claims = { agency: 'SOCIAL', jurisdiction: 'national', purpose: 'p' };
    const craft = () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('officer').setIssuer('childgraph').setAudience('childgraph');
    const now = () => Math.floor(Date.now() / 1000);
    const counts = { query: '{ childCounts(groupBy: PROVINCE) { areaCode } }' };
    const entities = { query: '{ _entities(representations: []) { __typename } }' };
    const targets = (): [string, object][] => [
      [stack.gateway.url, counts],
      [stack.subgraphs.registry.url, counts],
      [stack.subgraphs.health.url, entities],
    ];

    it('refuses a token with no exp, and one valid for 100 years, everywhere, and accepts one for a working day', async () => {
      const tokens: [string, string][] = [
        ['no exp', await craft().setIssuedAt().sign(secret)],
        ['100 years', await craft().setIssuedAt().setExpirationTime('36500d').sign(secret)],
        ['100 years, no iat', await craft().setExpirationTime(now() + 100 * 365 * 86_400).sign(secret)],
        ['9 hours', await craft().setIssuedAt().setExpirationTime('9h').sign(secret)],
      ];
      for (const [url, query] of targets()) {
        for (const [what, token] of tokens) {
          const { status, body } = await stack.post(query, { url, token });
          expect({ url, what, status, code: body.errors?.[0].extensions?.code }).toEqual({ url, what, status: 401, code: 'UNAUTHENTICATED' });
          expect(body.errors?.[0].message).toMatch(/no expiry|longer than the maximum of 8h/);
        }
      }
      const token = await craft().setIssuedAt().setExpirationTime('8h').sign(secret);
      for (const [url, query] of targets()) {
        const { status, body } = await stack.post(query, { url, token });
        expect({ url, status, errors: body.errors }).toEqual({ url, status: 200, errors: undefined });
      }
    });
  });
});
