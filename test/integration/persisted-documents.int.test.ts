import { loadPersistedDocuments } from '../../src/gateway/persisted-documents';
import { startTestStack, type TestStack } from './harness';

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
