import type { ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { Client } from 'pg';
import { databaseUrl } from '../../src/db/storage';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import { freePort, runCli, type CliProcess } from './cli-process';
import { operation, startTestStack, testDatabaseName, TEST_KEYS, type TestStack } from './harness';

interface Balancer {
  url: string;
  /** Which upstream took each request, in order. */
  served: number[];
  /** Holds each request this long first: a slow network, to catch a refresh mid-way. */
  delayMs: number;
  server: Server;
}

/** A load balancer as small as they come: each request to the next upstream in turn. */
async function roundRobin(upstreams: string[]): Promise<Balancer> {
  const balancer = { served: [] as number[], delayMs: 0 } as Balancer;
  const server = createServer(async (incoming, outgoing) => {
    const which = balancer.served.length % upstreams.length;
    balancer.served.push(which);
    if (balancer.delayMs) await new Promise((resolve) => setTimeout(resolve, balancer.delayMs));
    const forwarded = request(new URL(incoming.url!, upstreams[which]), { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(outgoing);
    });
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(balancer, { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server });
}

interface RefreshRun {
  id: string;
  jobId: string;
  attempt: number;
  replica: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

const REFRESH_SECONDS = 1;
const refreshedLines = (process: CliProcess) => process.output().split('\n').filter((line) => line.includes('"msg":"hub refreshed"')).length;
const pidOf = (run: RefreshRun) => Number(run.replica.split(':').pop());

async function until<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Replicas share a PostgreSQL database; the embedded database is one process's alone.
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;

withPostgres('replicas: two registries, two education subgraphs and two gateways on one set of databases', () => {
  let stack: TestStack;
  let registryDb: Client;
  const registries: CliProcess[] = [];
  const gateways: string[] = [];
  const others: ChildProcess[] = [];
  const proxies: Balancer[] = [];
  const secret = new TextDecoder().decode(TEST_KEYS.secret!);
  const runs = async () => (await registryDb.query<RefreshRun>('SELECT * FROM "registry"."HubRefreshRun" ORDER BY "startedAt", "id"')).rows;

  beforeAll(async () => {
    // The in-process stack creates, migrates and seeds the databases, and serves the agencies other than education.
    stack = await startTestStack('replicas', 30);
    const url = (name: 'registry' | 'education') => databaseUrl(process.env.DATABASE_URL!, testDatabaseName('replicas', name));
    const ports = { registry: [await freePort(), await freePort()], education: [await freePort(), await freePort()] };
    const [registryLb, educationLb] = await Promise.all([ports.registry, ports.education].map((pair) => roundRobin(pair.map((port) => `http://127.0.0.1:${port}`))));
    // The registries read the education feed through a path of their own, which the last case slows down.
    const feedPath = await roundRobin([stack.subgraphs.education.url]);
    proxies.push(registryLb, educationLb, feedPath);
    const endpoints: Record<string, string> = { CHILDGRAPH_JWT_SECRET: secret };
    for (const name of SUBGRAPH_NAMES) endpoints[`SUBGRAPH_${name.toUpperCase()}_URL`] = stack.subgraphs[name].url;
    endpoints.SUBGRAPH_EDUCATION_URL = `${educationLb.url}/graphql`;
    endpoints.SUBGRAPH_REGISTRY_URL = `${registryLb.url}/graphql`;

    for (const port of ports.registry) {
      registries.push(runCli(['subgraph', 'registry'], { ...endpoints, SUBGRAPH_EDUCATION_URL: `${feedPath.url}/graphql`, PORT: String(port), REGISTRY_DATABASE_URL: url('registry'), CHILDGRAPH_REFRESH_SECONDS: String(REFRESH_SECONDS), LOG_LEVEL: 'info' }));
    }
    const educations = ports.education.map((port) => runCli(['subgraph', 'education'], { ...endpoints, PORT: String(port), EDUCATION_DATABASE_URL: url('education') }));
    const gatewayPorts = [await freePort(), await freePort()];
    const gatewayRuns = gatewayPorts.map((port) => runCli(['gateway'], { ...endpoints, PORT: String(port) }));
    others.push(...[...educations, ...gatewayRuns].map((run) => run.child));
    await Promise.all([...registries, ...educations, ...gatewayRuns].map((run) => run.ready));
    gateways.push(...gatewayPorts.map((port) => `http://127.0.0.1:${port}/graphql`));
    registryDb = new Client({ connectionString: url('registry') });
    await registryDb.connect();
  });
  afterAll(async () => {
    const exits = [...registries.map((r) => r.child), ...others].filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of [...registries.map((r) => r.child), ...others]) child.kill('SIGTERM');
    await Promise.all(exits);
    for (const proxy of proxies) proxy.server.close();
    await registryDb?.end();
    await stack?.close();
  });

  it('runs each hub refresh once, one at a time, one interval apart, whichever registry takes it', async () => {
    const finished = await until('five finished refreshes', async () => {
      const done = (await runs()).filter((run) => run.finishedAt);
      return done.length >= 5 && done;
    });
    expect(finished.every((run) => run.error === null)).toBe(true);
    // Each refresh is its own job, run by one replica: no job ran twice.
    expect(new Set(finished.map((run) => run.jobId)).size).toBe(finished.length);
    for (let i = 1; i < finished.length; i++) {
      // Never two at once, and the next tick waits an interval after the last run ended (no second run of a tick).
      expect(finished[i].startedAt.getTime() - finished[i - 1].finishedAt!.getTime()).toBeGreaterThanOrEqual(REFRESH_SECONDS * 1000 - 50);
    }
    // The processes' own logs agree: as many `hub refreshed` lines, over both, as runs recorded.
    await until('as many log lines as recorded runs', async () => refreshedLines(registries[0]) + refreshedLines(registries[1]) === (await runs()).filter((run) => run.finishedAt).length, 3_000);
    // /readyz on either replica: the first refresh, recorded in the shared database, counts for both.
    for (let replica = 0; replica < 2; replica++) expect((await fetch(`${proxies[0].url}/readyz`)).status).toBe(200);
  });

  it('answers alike through either gateway and either replica, and reads back through one replica what the other wrote', async () => {
    const id = stack.truth[4].childId;
    const post = async (gateway: string, body: unknown, agency: 'SOCIAL' | 'EDUCATION' = 'SOCIAL') => (await stack.post(body, { url: gateway, token: await stack.token(agency) })).body;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(gateways[i % 2], { query: operation('ChildProfile'), variables: { id } }));
    expect(answers[0].errors).toBeUndefined();
    expect(answers[0].data?.child.id).toBe(id);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    const [registryLb, educationLb] = proxies;
    expect(new Set(registryLb.served)).toEqual(new Set([0, 1]));
    expect(new Set(educationLb.served)).toEqual(new Set([0, 1]));

    // A new enrollment through gateway 0, changed through gateway 1 from the version the first wrote,
    // then a change from that old version again through gateway 0: refused, the second write is seen.
    const known = stack.truth[5];
    const schoolCode = (await stack.dbs.education.school.findFirstOrThrow()).code;
    const input = { studentCode: 'TEST-HS-REPLICA', fullName: known.fullName, birthDate: known.birthDate, sex: known.sex, communeCode: known.communeCode, schoolCode, schoolYear: '2025-2026', grade: '3', status: 'Đang học', enrolledOn: '05/09/2025' };
    const query = 'mutation Save($input: EnrollmentInput!, $expectedVersion: Int) { saveEnrollment(input: $input, expectedVersion: $expectedVersion) { created version } }';
    const save = (gateway: string, grade: string, expectedVersion?: number) => post(gateway, { query, variables: { input: { ...input, grade }, expectedVersion } }, 'EDUCATION');
    const replicaOfNextSave = () => educationLb.served.length % 2;
    const firstReplica = replicaOfNextSave();
    expect((await save(gateways[0], '3')).data?.saveEnrollment).toMatchObject({ created: true, version: 1 });
    expect(replicaOfNextSave()).not.toBe(firstReplica);
    expect((await save(gateways[1], '4', 1)).data?.saveEnrollment).toMatchObject({ created: false, version: 2 });
    expect((await save(gateways[0], '5', 1)).errors?.[0].extensions?.code).toBe('STALE_VERSION');
  });

  it('when a registry is killed mid-refresh, the other unlocks that job, runs it again and keeps refreshing', async () => {
    // The education feed answers a second late for now: the next refresh is caught reading it.
    proxies[2].delayMs = 1000;
    const running = await until('a refresh in progress', async () => (await runs()).find((run) => !run.finishedAt));
    const victim = registries.find((r) => r.child.pid === pidOf(running))!;
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));
    proxies[2].delayMs = 0;
    const killed = (await runs()).find((run) => run.id === running.id)!;
    expect(killed.finishedAt).toBeNull();
    const survivor = registries.find((r) => r.child.exitCode === null && r.child.signalCode === null)!;
    const retried = await until('the killed job run again', async () => (await runs()).find((run) => run.jobId === killed.jobId && run.id !== killed.id && run.finishedAt));
    expect(retried.replica).not.toBe(killed.replica);
    expect(pidOf(retried)).toBe(survivor.child.pid);
    await until('a later refresh', async () => (await runs()).find((run) => Number(run.id) > Number(retried.id) && run.finishedAt));
    // The one run never finished is the killed one; the survivor stops cleanly on SIGTERM.
    expect((await runs()).filter((run) => !run.finishedAt).map((run) => run.id)).toEqual([killed.id]);
    const exited = new Promise<number | null>((resolve) => survivor.child.once('exit', resolve));
    survivor.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
