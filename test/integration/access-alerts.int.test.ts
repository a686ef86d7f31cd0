import { signToken } from '../../src/auth/token';
import { operation, startTestStack, TEST_KEYS, type TestStack } from './harness';

/**
 * Bulk-access limits: a token subject that reads more distinct children's audited fields in an hour
 * than its agency may is slowed down from then on and shows in `accessAlerts` for a national
 * auditor; another subject of the same agency is not. Limits set low for the test (SOCIAL: 5
 * children an hour, 400 ms of slowdown).
 */
const LIMIT = 5;
const SLOWDOWN_MS = 400;
let stack: TestStack;
// Set for the whole file, as a deployment's environment is: the limits are read when the stack starts and when alerts are asked for.
const before = { limits: process.env.CHILDGRAPH_ACCESS_LIMITS, slowdown: process.env.CHILDGRAPH_ACCESS_SLOWDOWN_MS };
beforeAll(async () => {
  process.env.CHILDGRAPH_ACCESS_LIMITS = JSON.stringify({ SOCIAL: LIMIT });
  process.env.CHILDGRAPH_ACCESS_SLOWDOWN_MS = String(SLOWDOWN_MS);
  stack = await startTestStack('alerts', 60);
});
afterAll(async () => {
  await stack?.close();
  for (const [name, value] of [['CHILDGRAPH_ACCESS_LIMITS', before.limits], ['CHILDGRAPH_ACCESS_SLOWDOWN_MS', before.slowdown]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const socialToken = (subject: string) => signToken(TEST_KEYS, { agency: 'SOCIAL', jurisdiction: { kind: 'national' }, subject, purpose: 'case review' }, '5m');
const PARTS = ['registry', 'identity', 'civil', 'education', 'health', 'protection'] as const;
const ALERTS = `query($since: DateTime) { accessAlerts(since: $since) { since ${PARTS.map((part) => `${part} { subject agency hour children hourlyLimit }`).join(' ')} } }`;

/** Reads one child's profile (fields of every subgraph, audited) and says how long the answer took. */
async function readProfile(childId: string, token: string): Promise<number> {
  const started = performance.now();
  const { status, body } = await stack.post({ query: operation('ChildProfile'), variables: { id: childId } }, { token });
  expect({ status, errors: body.errors ?? [] }).toEqual({ status: 200, errors: [] });
  return performance.now() - started;
}

describe('bulk access', () => {
  it('slows a subject down once it has read more children this hour than its limit, and lists the hour for the auditor', async () => {
    const children = stack.truth.slice(0, LIMIT + 3).map((t) => t.childId);
    const harvester = await socialToken('harvester');
    for (const id of children.slice(0, LIMIT)) await readProfile(id, harvester);
    // Past the limit: every further release waits (a lower bound, not a speed budget).
    for (const id of children.slice(LIMIT)) expect(await readProfile(id, harvester)).toBeGreaterThanOrEqual(SLOWDOWN_MS);

    // A colleague of the same agency reading two children is neither slowed nor listed.
    const colleague = await socialToken('colleague');
    for (const id of children.slice(0, 2)) await readProfile(id, colleague);

    const { status, body } = await stack.post({ query: ALERTS }, { token: await stack.token('AUDITOR') });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const report = body.data!.accessAlerts;
    // Each subgraph counts from its own log: the hour is listed where its distinct children exceed the limit.
    let listed = 0;
    for (const part of PARTS) {
      const [{ children: logged }] = await stack.dbs[part].$queryRawUnsafe<{ children: number }[]>(
        `SELECT count(DISTINCT c)::int AS children FROM "${part}"."AccessLog" a, unnest(a."childIds") c WHERE a."subject" = 'harvester'`,
      );
      const expected = logged > LIMIT ? [{ subject: 'harvester', agency: 'SOCIAL', hour: expect.any(String), children: logged, hourlyLimit: LIMIT }] : [];
      expect({ part, alerts: report[part] }).toEqual({ part, alerts: expected });
      listed += expected.length;
    }
    expect(listed).toBeGreaterThan(0);
    const first = PARTS.map((part) => report[part]).find((alerts) => alerts.length > 0);
    const hour = new Date(first[0].hour);
    expect(hour.getUTCMinutes() + hour.getUTCSeconds()).toBe(0);
    expect(Date.now() - hour.getTime()).toBeLessThan(3_600_000 + 60_000);
  });

  it('is for a national auditor only, and looks back at most 31 days', async () => {
    const province = await stack.post({ query: ALERTS }, { token: await stack.token('AUDITOR', { jurisdiction: 'province:01' }) });
    expect(province.body.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(province.body.data?.accessAlerts?.registry ?? null)).not.toMatch(/harvester/);

    const social = await stack.post({ query: ALERTS }, { token: await stack.token('SOCIAL') });
    expect(social.body.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHORIZED_FIELD_OR_TYPE');
    expect(social.body.data?.accessAlerts ?? null).toBeNull();

    const old = await stack.post({ query: ALERTS, variables: { since: new Date(Date.now() - 40 * 86_400_000).toISOString() } }, { token: await stack.token('AUDITOR') });
    expect(old.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/at most 31 days ago/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
