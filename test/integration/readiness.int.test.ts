import { startTestStack, type TestStack } from './harness';

/** Liveness says the processes answer; readiness says the lists are filled (a first hub refresh finished). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('ready', 60);
});
afterAll(() => stack?.close());

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const at = (graphqlUrl: string, pathname: string) => new URL(pathname, graphqlUrl).toString();

test('alive at once, ready only once the first hub refresh has filled the lists', async () => {
  expect((await get(at(stack.gateway.url, '/healthz'))).status).toBe(200);
  const before = await get(at(stack.gateway.url, '/readyz'));
  expect(before).toEqual({ status: 503, body: { status: 'not ready', waiting: { registry: expect.stringMatching(/first hub refresh has not finished/) } } });
  expect((await get(at(stack.subgraphs.registry.url, '/readyz'))).status).toBe(503);
  expect(await get(at(stack.subgraphs.identity.url, '/readyz'))).toEqual({ status: 200, body: { status: 'ready', subgraph: 'identity' } });

  await stack.refreshHub();
  expect(await get(at(stack.gateway.url, '/readyz'))).toEqual({ status: 200, body: { status: 'ready' } });
  expect((await get(at(stack.subgraphs.registry.url, '/readyz'))).status).toBe(200);
});
