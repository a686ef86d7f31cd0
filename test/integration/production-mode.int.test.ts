import { startTestStack, type TestStack } from './harness';

/** In production, neither the schema nor "Did you mean …" hints reveal fields an agency may not read. */
describe('production mode hides the schema', () => {
  let stack: TestStack;
  const previous = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    stack = await startTestStack('production', 20);
  });
  afterAll(async () => {
    process.env.NODE_ENV = previous;
    await stack?.close();
  });

  const urls = () => [stack.gateway.url, stack.subgraphs.registry.url, stack.subgraphs.health.url];

  it('refuses introspection at the gateway and at every subgraph', async () => {
    for (const url of urls()) {
      const { body } = await stack.post({ query: '{ __schema { types { name fields { name } } } }' }, { url, token: await stack.token('EDUCATION') });
      expect({ url, data: body.data ?? null }).toEqual({ url, data: null });
      expect(JSON.stringify(body.errors)).toMatch(/introspection/i);
      expect(JSON.stringify(body)).not.toMatch(/hivStatus/);
    }
  });

  it('does not suggest field names', async () => {
    const queries: [string, string][] = [
      [stack.gateway.url, '{ child(personalId: "001200000001") { hivStatu { status } } }'],
      [stack.subgraphs.health.url, '{ _entities(representations: []) { ... on Child { hivStatu { status } } } }'],
    ];
    for (const [url, query] of queries) {
      const { body } = await stack.post({ query }, { url, token: await stack.token('EDUCATION') });
      const messages = (body.errors ?? []).map((e) => e.message);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.join(' ')).not.toMatch(/Did you mean|hivStatus/);
    }
  });
});
