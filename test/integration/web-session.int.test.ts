import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { webFront } from '../../src/gateway/web';
import { webDir } from '../../src/gateway/web/static-files';
import { startTestStack, type TestStack } from './harness';

const root = path.resolve(__dirname, '..', '..');
const JUSTICE = { agency: 'JUSTICE', jurisdiction: 'national', purpose: 'review civil-status gaps' };
const GAPS_QUERY = '{ civilStatusGaps(first: 2) { totalCount edges { node { child { id } kinds } } } }';

/** The web app's session at the gateway, over HTTP: cookie, CSRF, static files, and what never leaks. */
describe('web session at the gateway', () => {
  let stack: TestStack;
  const bodies: string[] = [];
  const call = async (pathname: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(pathname, stack.gateway.url), { redirect: 'manual', ...init });
    const text = await response.text();
    bodies.push(text);
    return { response, text };
  };
  const signIn = async (headers: Record<string, string> = {}, fields: Record<string, string> = JUSTICE) => {
    const { response, text } = await call('/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(fields) });
    const setCookie = response.headers.get('set-cookie') ?? '';
    return { response, text, setCookie, cookie: setCookie.split(';')[0], token: setCookie.split(';')[0].split('=')[1] };
  };
  const sessionOf = async (cookie: string) => JSON.parse((await call('/session', { headers: { cookie } })).text) as { csrfToken: string; agency: string };

  beforeAll(async () => {
    if (!existsSync(path.join(webDir(), 'index.html'))) execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
    stack = await startTestStack('websession', 40);
    await stack.refreshHub();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('serves the app at / with a strict CSP, nosniff and no-store, and its hashed assets cached for a year', async () => {
    const { response, text } = await call('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(text)?.[1];
    expect(asset).toBeDefined();
    const script = await call(asset!);
    expect(script.response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.response.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect((await call('/assets/../package.json')).response.status).toBe(404);
    const nothing = await call('/nothing-here');
    expect({ status: nothing.response.status, body: JSON.parse(nothing.text) }).toEqual({
      status: 404,
      body: { errors: [{ message: expect.stringMatching(/^Not found: GraphQL is served at \/graphql/), extensions: { code: 'NOT_FOUND' } }] },
    });
    // A subgraph answers any other path in the same shape.
    const subgraph = await fetch(new URL('/nothing-here', stack.subgraphs.health.url));
    expect({ status: subgraph.status, code: ((await subgraph.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('signs in with the development form into an HttpOnly, SameSite=Strict cookie that lives as long as its token', async () => {
    const before = await call('/session');
    expect(before.response.status).toBe(401);
    expect(JSON.parse(before.text)).toMatchObject({ signedIn: false, signIn: 'development' });

    const { response, setCookie, cookie } = await signIn();
    expect(response.status).toBe(200);
    expect(setCookie).toMatch(/^childgraph_session=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(setCookie).toMatch(/; HttpOnly(;|$)/);
    expect(setCookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(setCookie).toMatch(/; Path=\/(;|$)/);
    expect(setCookie).toMatch(/; Max-Age=3600(;|$)/);
    expect(setCookie).not.toMatch(/Secure/);

    const session = await sessionOf(cookie);
    expect(session).toMatchObject({ signedIn: true, agency: 'JUSTICE', jurisdiction: 'national', purpose: JUSTICE.purpose });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);

    const overHttps = await signIn({ 'x-forwarded-proto': 'https' });
    expect(overHttps.setCookie).toMatch(/; Secure(;|$)/);
  });

  it('accepts the form as a plain form post and sends the browser back to the app', async () => {
    const { response } = await call('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ agency: 'POLICE', jurisdiction: '01', purpose: 'case' }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toMatch(/^childgraph_session=/);
  });

  it.each([
    [{ ...JUSTICE, agency: 'HUB' }, /agency/],
    [{ ...JUSTICE, agency: 'NOBODY' }, /agency/],
    [{ ...JUSTICE, jurisdiction: 'province:99' }, /99 is not a province code/],
    [{ ...JUSTICE, jurisdiction: 'commune:99999' }, /99999 is not a commune code/],
    [{ ...JUSTICE, jurisdiction: 'everywhere' }, /jurisdiction/],
    [{ ...JUSTICE, purpose: ' ' }, /purpose/],
  ])('refuses a sign-in with %j', async (fields, problem) => {
    const { response, text, setCookie } = await signIn({}, fields as Record<string, string>);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0]).toEqual({ message: expect.stringMatching(problem), extensions: { code: 'BAD_USER_INPUT' } });
    expect(setCookie).toBe('');
  });

  it('refuses a sign-in or sign-out started by another site', async () => {
    const refused = await signIn({ origin: 'http://evil.example' });
    expect({ status: refused.response.status, code: JSON.parse(refused.text).errors[0].extensions.code }).toEqual({ status: 403, code: 'CSRF_REJECTED' });
    expect((await signIn({ 'sec-fetch-site': 'cross-site' })).response.status).toBe(403);
  });

  it('lets the cookie stand in for the bearer token only with the CSRF value bound to that session', async () => {
    const { cookie } = await signIn();
    const { csrfToken } = await sessionOf(cookie);
    const other = await signIn({}, { ...JUSTICE, purpose: 'another session' });
    const otherCsrf = (await sessionOf(other.cookie)).csrfToken;
    expect(otherCsrf).not.toBe(csrfToken);
    const graphql = (headers: Record<string, string>) => call('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body: JSON.stringify({ query: GAPS_QUERY }) });

    const attempts: Record<string, string>[] = [{}, { 'x-childgraph-csrf': 'forged' }, { 'x-childgraph-csrf': csrfToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }, { 'x-childgraph-csrf': otherCsrf }];
    for (const headers of attempts) {
      const { response, text } = await graphql(headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
      expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/x-childgraph-csrf/), extensions: { code: 'CSRF_REJECTED' } }] });
    }
    const accepted = await graphql({ 'x-childgraph-csrf': csrfToken });
    expect(accepted.response.status).toBe(200);
    const body = JSON.parse(accepted.text);
    expect(body.errors).toBeUndefined();
    expect(body.data.civilStatusGaps.totalCount).toBeGreaterThan(0);

    const refusedExport = await call('/exports/civil-status-gaps.csv', { headers: { cookie } });
    expect(refusedExport.response.status).toBe(403);
    expect(JSON.parse(refusedExport.text).errors[0].extensions.code).toBe('CSRF_REJECTED');
    const csv = await call('/exports/civil-status-gaps.csv', { headers: { cookie, 'x-childgraph-csrf': csrfToken } });
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\n').length).toBeGreaterThan(2);
  });

  it('leaves bearer callers as they were, whatever cookie they carry', async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('JUSTICE')}`, cookie: 'childgraph_session=not-a-token' },
      body: JSON.stringify({ query: GAPS_QUERY }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { civilStatusGaps: { totalCount: number } } }).data.civilStatusGaps.totalCount).toBeGreaterThan(0);
  });

  it('signs out by clearing the cookie, and an expired or altered session cookie is not a session', async () => {
    const { cookie } = await signIn();
    const { response } = await call('/session', { method: 'DELETE', headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^childgraph_session=; .*Max-Age=0/);
    const altered = await call('/session', { headers: { cookie: `${cookie}x` } });
    expect(altered.response.status).toBe(401);
  });

  it('never puts the session token in a response body', async () => {
    const { token } = await signIn();
    expect(token.length).toBeGreaterThan(40);
    const { csrfToken } = await sessionOf(`childgraph_session=${token}`);
    await call('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `childgraph_session=${token}`, 'x-childgraph-csrf': csrfToken }, body: JSON.stringify({ query: GAPS_QUERY }) });
    await call('/');
    const signature = token.split('.')[2];
    for (const body of bodies) expect(body.includes(signature)).toBe(false);
  });
});

describe('web session with a production key', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const web = webFront({ verifier: { key: publicKey, algorithms: ['ES256'] } });
    server = createServer((request, response) => void web.serveSession(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/session`;
  });
  afterAll(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));

  it('refuses the development sign-in form and points to the identity provider', async () => {
    const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(JUSTICE) });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('SIGN_IN_FORM_OFF');
    expect(refused.headers.get('set-cookie')).toBeNull();
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(JUSTICE).toString() });
    expect(form.status).toBe(403);
    const session = await fetch(url);
    expect(session.status).toBe(401);
    expect(await session.json()).toMatchObject({ signedIn: false, signIn: 'identity-provider' });
  });
});
