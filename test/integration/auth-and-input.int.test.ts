import { SignJWT } from 'jose';
import { startTestStack, TEST_KEYS, type TestStack } from './harness';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('authinput', 30);
});
afterAll(() => stack?.close());

const QUERY = { query: '{ children(first: 1) { totalCount } }' };

function unsignedToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'x', agency: 'SOCIAL', jurisdiction: 'national', purpose: 'p', iss: 'childgraph', aud: 'childgraph', iat: now, exp: now + 600 })}.`;
}

async function tokenSignedWith(secret: string, expiresAt: number): Promise<string> {
  return new SignJWT({ agency: 'SOCIAL', jurisdiction: 'national', purpose: 'p' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('x')
    .setIssuer('childgraph')
    .setAudience('childgraph')
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('no request is served anonymously', () => {
  const badTokens: [string, () => Promise<string | null>][] = [
    ['no token', async () => null],
    ['a forged token (another secret)', () => tokenSignedWith('another-secret-that-is-long-enough!!', Math.floor(Date.now() / 1000) + 600)],
    ['an expired token', () => tokenSignedWith(new TextDecoder().decode(TEST_KEYS.secret!), Math.floor(Date.now() / 1000) - 60)],
    ['an alg:none token', async () => unsignedToken()],
    ['garbage', async () => 'not.a.jwt'],
  ];

  it.each(badTokens)('the gateway answers 401 UNAUTHENTICATED to %s', async (_, make) => {
    const { status, body } = await stack.post(QUERY, { token: await make() });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it.each(badTokens)('every subgraph answers 401 to %s sent straight to its port', async (_, make) => {
    const token = await make();
    for (const subgraph of Object.values(stack.subgraphs)) {
      const { status, body } = await stack.post({ query: '{ _service { sdl } }' }, { token, url: subgraph.url });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a subgraph serves a caller with a valid token', async () => {
    const { status, body } = await stack.post({ query: '{ _service { sdl } }' }, { url: stack.subgraphs.health.url });
    expect(status).toBe(200);
    expect(body.data?._service.sdl).toContain('type Child');
  });
});

describe('bad input gets a clear error, never a crash or a stack trace', () => {
  // Request-level errors keep the gateway's GraphQL-over-HTTP status (200 or 400 for
  // application/json); what matters is a 4xx-or-200 answer with a code a client can act on.
  const cases: [string, unknown, string, RegExp][] = [
    ['malformed GraphQL', { query: '{ children(first: 1 { totalCount } }' }, 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
    ['an unknown field', { query: '{ children { totalCount nickname } }' }, 'GRAPHQL_VALIDATION_FAILED', /nickname/],
    ['a personal ID with letters', { query: '{ child(personalId: "00120300012a") { id } }' }, 'BAD_USER_INPUT', /12 digits/],
    ['first: 100000', { query: '{ children(first: 100000) { totalCount } }' }, 'BAD_USER_INPUT', /between 1 and 500/],
    ['a forged cursor', { query: '{ children(after: "bm9wZQ") { totalCount } }' }, 'BAD_USER_INPUT', /cursor/],
    ['an invalid child id', { query: '{ child(id: "1 OR 1=1") { id } }' }, 'BAD_USER_INPUT', /not a child id/],
    ['both id and personalId', { query: '{ child(id: "x", personalId: "001203000123") { id } }' }, 'BAD_USER_INPUT', /exactly one/],
    ['a bad province code', { query: '{ children(filter: { provinceCode: "1" }) { totalCount } }' }, 'BAD_USER_INPUT', /two digits/],
    ['a wrong variable type', { query: 'query($n: Int) { children(first: $n) { totalCount } }', variables: { n: 'ten' } }, 'BAD_USER_INPUT', /\$n/],
  ];

  it.each(cases)('%s', async (_, request, code, message) => {
    const response = await stack.post(request);
    expect([200, 400]).toContain(response.status);
    const [error] = response.body.errors ?? [];
    expect(error.extensions?.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\s+at .+\.(ts|js):\d+/);
  });

  // Every list checks area codes the same way (src/subgraphs/registry/area-filter.ts); the default token is SOCIAL, national.
  it.each([
    ['children', '{ children(filter: { provinceCode: "99" }) { totalCount } }', /provinceCode "99" is not one of the 34 province codes/],
    ['childCounts', '{ childCounts(groupBy: PROVINCE, filter: { provinceCode: "99" }) { areaCode } }', /provinceCode "99" is not one of the 34 province codes/],
    ['linkReviewQueue', '{ linkReviewQueue(filter: { communeCode: "99999" }) { totalCount } }', /communeCode "99999" is not a commune code/],
    ['dropoutRiskList', '{ dropoutRiskList(filter: { communeCode: "99999" }) { totalCount } }', /communeCode "99999" is not a commune code/],
    ['outOfSchoolChildren', '{ outOfSchoolChildren(filter: { provinceCode: "01", communeCode: "25747" }) { totalCount } }', /commune 25747 is not in province 01/],
    ['civilStatusGaps', '{ civilStatusGaps(filter: { provinceCode: "1" }) { totalCount } }', /two digits/],
  ])('%s refuses an area code that names no unit', async (_, query, message) => {
    const { body } = await stack.post({ query });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(message);
  });

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await stack.post('{"query": ');
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/JSON/i);
  });

  it('refuses an oversized request with 413 and keeps serving', async () => {
    const huge = { query: `{ children(first: 1) { totalCount } } # ${'x'.repeat(300 * 1024)}` };
    const { status, body } = await stack.post(huge);
    expect(status).toBe(413);
    expect(body.errors?.[0].message).toMatch(/exceeds/);
    const after = await stack.post(QUERY);
    expect(after.status).toBe(200);
  });
});

describe('/healthz', () => {
  it('answers 200 only while every subgraph answers', async () => {
    const healthz = new URL('/healthz', stack.gateway.url).toString();
    expect((await fetch(healthz)).status).toBe(200);
    await stack.subgraphs.civil.close();
    const down = await fetch(healthz);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { down: string[] }).down).toEqual([new URL('/healthz', stack.subgraphs.civil.url).toString()]);
  });
});
