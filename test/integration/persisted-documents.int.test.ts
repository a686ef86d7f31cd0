import 'reflect-metadata';
import { signToken } from '../../src/auth/token';
import { startGateway } from '../../src/gateway/gateway';
import { loadPersistedDocuments } from '../../src/gateway/persisted-documents';
import { startTestStack, TEST_KEYS, withEnv, type TestStack } from './harness';

/**
 * Trusted documents: the typed client's manifest is what apps send ids from. By default the gateway
 * runs an id or a free query; with CHILDGRAPH_PERSISTED_ONLY=1 an id only, while its own export
 * and report queries still run.
 */
const documents = loadPersistedDocuments();
const idOf = (operationName: string) => [...documents].find(([, text]) => new RegExp(`^(query|mutation) ${operationName}\\b`, 'm').test(text))![0];
const COUNTS = { documentId: idOf('ChildCounts'), variables: { groupBy: 'PROVINCE' } };
const FREE_COUNTS = { query: documents.get(idOf('ChildCounts')), variables: { groupBy: 'PROVINCE' } };

function describeStack(title: string, persistedOnly: boolean, checks: (stack: () => TestStack) => void) {
  describe(title, () => {
    let stack: TestStack;
    beforeAll(async () => {
      const before = process.env.CHILDGRAPH_PERSISTED_ONLY;
      if (persistedOnly) process.env.CHILDGRAPH_PERSISTED_ONLY = '1';
      try {
        stack = await startTestStack(persistedOnly ? 'pq_only' : 'pq', 60);
      } finally {
        if (before === undefined) delete process.env.CHILDGRAPH_PERSISTED_ONLY;
        else process.env.CHILDGRAPH_PERSISTED_ONLY = before;
      }
      await stack.refreshHub();
    });
    afterAll(() => stack?.close());
    checks(() => stack);
  });
}

describeStack('the gateway in development', false, (stack) => {
  it('runs a document by its id, as it runs the same text sent as a query', async () => {
    const byId = await stack().post(COUNTS);
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data!.childCounts.length).toBeGreaterThan(0);
    expect(await stack().post(FREE_COUNTS)).toEqual(byId);
  });

  it('answers an unknown id with 400 PERSISTED_DOCUMENT_NOT_FOUND, Apollo-style ids too', async () => {
    for (const body of [
      { documentId: 'sha256:0000000000000000000000000000000000000000000000000000000000000000' },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } } },
    ]) {
      const { status, body: answer } = await stack().post(body);
      expect({ status, codes: answer.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 400, codes: ['PERSISTED_DOCUMENT_NOT_FOUND'] });
      expect(answer.errors![0].message).toMatch(/No persisted document has this documentId/);
    }
  });

  it('requires ids per client: the web sessions and a named app, while an officer\'s token may still send a query', async () => {
    const gateway = await withEnv({ CHILDGRAPH_PERSISTED_ONLY: 'web, dashboard' }, () => startGateway({ supergraphSdl: stack().supergraphSdl, keys: TEST_KEYS }));
    try {
      const tokenFor = (client?: string) =>
        signToken(TEST_KEYS, { agency: 'ANALYTICS', jurisdiction: { kind: 'national' }, subject: 'app', purpose: 'dashboard', ...(client ? { client } : {}) }, '5m');
      const post = async (body: object, headers: Record<string, string>) => {
        const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
        const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        return { status: response.status, codes: answer.errors?.map((e) => e.extensions?.code) ?? [] };
      };
      const dashboard = { authorization: `Bearer ${await tokenFor('dashboard')}` };
      expect(await post(FREE_COUNTS, dashboard)).toEqual({ status: 400, codes: ['PERSISTED_DOCUMENT_REQUIRED'] });
      expect(await post(COUNTS, dashboard)).toEqual({ status: 200, codes: [] });
      // A request cannot name itself another client: the credential decides.
      expect(await post(FREE_COUNTS, { ...dashboard, 'x-childgraph-client': 'officer' })).toEqual({ status: 400, codes: ['PERSISTED_DOCUMENT_REQUIRED'] });
      expect(await post(FREE_COUNTS, { authorization: `Bearer ${await tokenFor('other-app')}` })).toEqual({ status: 200, codes: [] });
      expect(await post(FREE_COUNTS, { authorization: `Bearer ${await tokenFor()}`, 'x-childgraph-client': 'dashboard' })).toEqual({ status: 200, codes: [] });
      // The web app's session cookie is the client `web`.
      const signIn = await fetch(new URL('/session', gateway.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agency: 'ANALYTICS', jurisdiction: 'national', purpose: 'dashboard' }) });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = (await (await fetch(new URL('/session', gateway.url), { headers: { cookie } })).json()) as { csrfToken: string };
      const session = { cookie, 'x-childgraph-csrf': csrfToken };
      expect(await post(FREE_COUNTS, session)).toEqual({ status: 400, codes: ['PERSISTED_DOCUMENT_REQUIRED'] });
      expect(await post(COUNTS, session)).toEqual({ status: 200, codes: [] });
    } finally {
      await gateway.close();
    }
  });

  it('refuses to start on a malformed CHILDGRAPH_PERSISTED_ONLY, naming it', async () => {
    await expect(withEnv({ CHILDGRAPH_PERSISTED_ONLY: 'yes please' }, () => startGateway({ supergraphSdl: stack().supergraphSdl, keys: TEST_KEYS }))).rejects.toThrow(/CHILDGRAPH_PERSISTED_ONLY.*"yes please"/);
  });
});

describeStack('the gateway with CHILDGRAPH_PERSISTED_ONLY=1', true, (stack) => {
  it('runs a persisted id and refuses a free query, even the same text, with 400 PERSISTED_DOCUMENT_REQUIRED', async () => {
    const byId = await stack().post(COUNTS);
    expect({ status: byId.status, errors: byId.body.errors }).toEqual({ status: 200, errors: undefined });
    const free = await stack().post(FREE_COUNTS);
    expect({ status: free.status, codes: free.body.errors?.map((e) => e.extensions?.code), data: free.body.data ?? null }).toEqual({ status: 400, codes: ['PERSISTED_DOCUMENT_REQUIRED'], data: null });
    expect(free.body.errors![0].message).toMatch(/persisted documents only/);
  });

  it('cannot be passed by claiming to be the gateway itself', async () => {
    const response = await fetch(stack().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack().token('SOCIAL')}`, 'x-childgraph-internal': 'guess' },
      body: JSON.stringify(FREE_COUNTS),
    });
    expect(response.status).toBe(400);
  });

  it("still serves the exports, whose list queries are the gateway's own", async () => {
    const response = await fetch(new URL('/exports/civil-status-gaps.csv', stack().gateway.url), { headers: { authorization: `Bearer ${await stack().token('JUSTICE')}` } });
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n').length).toBeGreaterThan(1);
  });
});
