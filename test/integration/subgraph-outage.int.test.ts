import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { withSubgraphUrls } from '../../src/gateway/compose';
import { startGateway } from '../../src/gateway/gateway';
import type { RunningServer } from '../../src/server/subgraph-server';
import { operation, startTestStack, TEST_KEYS, withEnv, type GraphQLResponse, type TestStack } from './harness';

/**
 * One agency's outage is partial data, not an erased child ("Hardening the API", item 3): the
 * fields of the subgraph that is down are null, the answer names it once, and everything the
 * other subgraphs hold arrives.
 */

/** The Child fields the health subgraph resolves that ChildProfile asks for. */
const HEALTH_FIELDS = ['lastScreenedOn', 'disability', 'hasDisability', 'insuranceCards', 'hasValidInsurance'] as const;

/** A loopback address nothing listens on: a port taken, then given back. */
async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}


/** The whole answer with the health subgraph's fields null: what an outage of health must leave. */
function withoutHealth(child: Record<string, unknown>): Record<string, unknown> {
  return { ...child, ...Object.fromEntries(HEALTH_FIELDS.map((field) => [field, null])) };
}

const codesOf = (body: GraphQLResponse) => (body.errors ?? []).map((e) => ({ code: e.extensions?.code, serviceName: e.extensions?.serviceName }));

/** The `graph:` argument of a join directive, e.g. `REGISTRY`. */
const graphOf = (directive: ConstDirectiveNode) => {
  const value = directive.arguments?.find((a) => a.name.value === 'graph')?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
};

describe("the committed supergraph's Child", () => {
  const document = parse(readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
  const objectType = (name: string) => document.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name)!;
  const ownersOf = (type: string, field: string) =>
    objectType(type).fields!.find((f) => f.name.value === field)!.directives!.filter((d) => d.name.value === 'join__field').map(graphOf);

  it('has no non-null field owned by a subgraph other than the one that resolves Query.child', () => {
    const [childResolver] = ownersOf('Query', 'child');
    expect(childResolver).toBe('REGISTRY');
    const erasing = objectType('Child')
      .fields!.filter((f) => f.type.kind === Kind.NON_NULL_TYPE)
      .map((f) => ({ field: f.name.value, owners: ownersOf('Child', f.name.value) }))
      // A field with no join__field is a key every subgraph resolves; it cannot fail alone.
      .filter(({ owners }) => owners.length > 0 && !owners.includes(childResolver))
      .map(({ field, owners }) => `${field} (${owners.join(', ')})`);
    expect(erasing).toEqual([]);
  });

  it('describes what null means on the fields an outage empties', () => {
    const field = objectType('Child').fields!.find((f) => f.name.value === 'hasValidInsurance')!;
    expect(field.description?.value).toMatch(/Null when the health subgraph is not available now/);
  });
});

describe('a subgraph outage', () => {
  let stack: TestStack;
  let childId: string;
  let fullProfile: Record<string, unknown>;
  let hung: Server;
  const sockets: Socket[] = [];
  const gateways: RunningServer[] = [];

  const gatewayWithHealthAt = async (url: string, env: Record<string, string> = {}) => {
    // No in-process subgraphs: every call to health goes over the network, to where it is down.
    const gateway = await withEnv(env, () => startGateway({ supergraphSdl: withSubgraphUrls(stack.supergraphSdl, { health: url }), keys: TEST_KEYS }));
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    stack = await startTestStack('outage', 40);
    // The registry's lists are built from the subgraphs' feeds, read while all of them are up.
    await stack.refreshHub();
    // A child the health subgraph knows, so its fields are not null for want of records.
    childId = stack.truth.find((t) => t.records.some((r) => r.agency === 'HEALTH'))?.childId ?? stack.truth[0].childId;
    const { body } = await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { token: await stack.token('SOCIAL') });
    expect(body.errors).toBeUndefined();
    fullProfile = body.data!.child;
    // Accepts connections and never answers: what a hung subgraph looks like from the gateway.
    hung = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hung?.close(resolve));
    await stack?.close();
  });

  it('the health subgraph refusing connections leaves its fields null, names it once, answers 200', async () => {
    expect(HEALTH_FIELDS.some((field) => fullProfile[field] !== null && fullProfile[field] !== false)).toBe(true);
    const gateway = await gatewayWithHealthAt(await refusedUrl());
    const { status, body } = await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { url: gateway.url, token: await stack.token('SOCIAL') });
    expect(status).toBe(200);
    expect(codesOf(body)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'health' }]);
    expect(body.errors![0].message).toBe('The health subgraph is unavailable; its fields are null');
    expect(body.errors![0].extensions?.reason).toBe('UNREACHABLE');
    expect(body.data?.child).toEqual(withoutHealth(fullProfile));
    expect(body.data?.child.fullName).toBeTruthy();
  });

  it('a hung health subgraph is cut at the per-call budget, with the same shape of answer', async () => {
    const port = (hung.address() as { port: number }).port;
    const gateway = await gatewayWithHealthAt(`http://127.0.0.1:${port}/graphql`, { CHILDGRAPH_SUBGRAPH_TIMEOUT_MS: '1000' });
    const started = performance.now();
    const { status, body } = await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { url: gateway.url, token: await stack.token('SOCIAL') });
    expect(performance.now() - started).toBeLessThan(5000);
    // Partial data like any outage: 200, one error naming health, told apart by its reason.
    expect(status).toBe(200);
    expect(codesOf(body)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'health' }]);
    expect(body.errors![0].extensions?.reason).toBe('TIMEOUT');
    expect(body.errors![0].message).toBe('The health subgraph did not answer in time; its fields are null');
    expect(body.data?.child).toEqual(withoutHealth(fullProfile));
  });

  it("the registry's lists answer while health is down, as long as they do not reach into it", async () => {
    const gateway = await gatewayWithHealthAt(await refusedUrl());
    const token = await stack.token('SOCIAL');
    const gaps = await stack.post({ query: '{ civilStatusGaps(first: 3) { totalCount edges { node { kinds child { id fullName } } } } }' }, { url: gateway.url, token });
    expect(gaps.status).toBe(200);
    expect(gaps.body.errors).toBeUndefined();
    expect(gaps.body.data?.civilStatusGaps.edges.length).toBeGreaterThan(0);
    const reaching = await stack.post({ query: '{ civilStatusGaps(first: 3) { edges { node { child { id hasValidInsurance } } } } }' }, { url: gateway.url, token });
    expect(codesOf(reaching.body)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'health' }]);
    expect(reaching.body.data?.civilStatusGaps.edges.map((e: { node: { child: { hasValidInsurance: unknown } } }) => e.node.child.hasValidInsurance)).toEqual([null, null, null]);
  });

  it("closing the stack's own health server is the same outage (last: it stops health for this file)", async () => {
    await stack.subgraphs.health.close();
    const token = await stack.token('SOCIAL');
    const { status, body } = await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { token });
    expect(status).toBe(200);
    expect(codesOf(body)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'health' }]);
    expect(body.data?.child).toEqual(withoutHealth(fullProfile));
    const gaps = await stack.post({ query: '{ civilStatusGaps(first: 2) { edges { node { kinds } } } }' }, { token });
    expect(gaps.body.errors).toBeUndefined();
    expect(gaps.body.data?.civilStatusGaps.edges).toHaveLength(2);
  });
});
