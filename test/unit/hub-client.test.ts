import { createServer } from 'node:net';
import { endpointsFromEnv, HubClient } from '../../src/subgraphs/registry/feeds/hub-client';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test("a subgraph that does not answer is named with its URL and what to do, not 'fetch failed'", async () => {
  const url = `http://127.0.0.1:${await closedPort()}/graphql`;
  const client = new HubClient({ ...endpointsFromEnv(), civil: url }, { secret: new TextEncoder().encode('a-test-secret-of-at-least-thirty-two-chars') });
  await expect(client.query('civil', '{ __typename }', {})).rejects.toThrow(
    new RegExp(`the civil subgraph does not answer at ${url.replace(/[.?/]/g, '\\$&')} \\(ECONNREFUSED\\).*SUBGRAPH_CIVIL_URL.*npm start`),
  );
});
