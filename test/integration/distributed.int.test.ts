import type { ChildProcess } from 'node:child_process';
import { readCommittedSupergraph } from '../../src/gateway/artefacts';
import { withSubgraphUrls } from '../../src/gateway/compose';
import { startGateway } from '../../src/gateway/gateway';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import type { RunningServer } from '../../src/server/subgraph-server';
import { databaseUrl } from '../../src/db/storage';
import { freePort, runCli as run } from './cli-process';
import { operation, startTestStack, testDatabaseName, TEST_KEYS, type TestStack } from './harness';

describe('the committed supergraph', () => {
  let stack: TestStack;
  let gateway: RunningServer;
  beforeAll(async () => {
    stack = await startTestStack('committed', 40);
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name].url]));
    gateway = await startGateway({ supergraphSdl: withSubgraphUrls(readCommittedSupergraph(), urls), keys: TEST_KEYS });
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.close();
  });

  it('serves the same answers as the supergraph composed at start', async () => {
    const id = stack.truth[3].childId;
    const request = { query: operation('ChildProfile'), variables: { id } };
    const viaCommitted = await stack.post(request, { url: gateway.url });
    const viaComposed = await stack.post(request);
    expect(viaCommitted.body.errors).toBeUndefined();
    expect(viaCommitted.body.data?.child.id).toBe(id);
    expect(viaCommitted.body.data).toEqual(viaComposed.body.data);
  });
});

// Distributed mode needs one PostgreSQL database per subgraph process; PGlite is in-process only.
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;

withPostgres('distributed mode: one process per subgraph, the gateway on the committed supergraph', () => {
  const processes: ChildProcess[] = [];
  let stack: TestStack;
  let gatewayUrl: string;
  const secret = new TextDecoder().decode(TEST_KEYS.secret!);

  beforeAll(async () => {
    // The in-process stack creates, migrates and seeds the databases the processes then serve.
    stack = await startTestStack('distributed', 40);
    const env: Record<string, string> = { CHILDGRAPH_JWT_SECRET: secret };
    const starts = [];
    for (const name of SUBGRAPH_NAMES) {
      const port = await freePort();
      env[`SUBGRAPH_${name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
      const url = databaseUrl(process.env.DATABASE_URL!, testDatabaseName('distributed', name));
      starts.push(run(['subgraph', name], { CHILDGRAPH_JWT_SECRET: secret, PORT: String(port), [`${name.toUpperCase()}_DATABASE_URL`]: url }));
    }
    for (const start of starts) {
      processes.push(start.child);
      await start.ready;
    }
    const gatewayPort = await freePort();
    const gatewayRun = run(['gateway'], { ...env, PORT: String(gatewayPort) });
    processes.push(gatewayRun.child);
    await gatewayRun.ready;
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  });
  afterAll(async () => {
    for (const child of processes) child.kill('SIGTERM');
    await stack?.close();
  });

  it('answers a one-child profile across six processes, and /healthz is 200', async () => {
    const id = stack.truth[5].childId;
    const { body } = await stack.post({ query: operation('ChildProfile'), variables: { id } }, { url: gatewayUrl });
    expect(body.errors).toBeUndefined();
    expect(body.data?.child.index.fullName).toBe(stack.truth[5].fullName);
    expect((await fetch(new URL('/healthz', gatewayUrl))).status).toBe(200);
  });
});
