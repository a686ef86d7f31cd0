import { AGENCIES } from '../../src/auth/principal';
import { startTestStack, type TestStack } from './harness';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('hubfeed', 150);
});
afterAll(() => stack?.close());

const FEED = '{ civilRegistrationFeed(first: 5) { rows { recordId childId } endCursor hasMore } }';

describe('change feeds and the registry refresh', () => {
  it('a first refresh copies every linked birth registration into the registry, through the civil API', async () => {
    const summary = await stack.refreshHub();
    const linked = await stack.dbs.civil.birthRegistration.count({ where: { childId: { not: null } } });
    expect(linked).toBeGreaterThan(50);
    expect(summary.fullRecompute).toBe(true);
    expect(summary.feeds).toContainEqual({ feed: 'civil.registrations', rows: linked });
    expect(await stack.dbs.registry.civilRegistrationFact.count()).toBe(linked);
  });

  it('a later refresh reads only what changed since, and applies the change', async () => {
    const record = await stack.dbs.civil.birthRegistration.findFirstOrThrow({ where: { childId: { not: null } }, orderBy: { id: 'asc' } });
    // The justice office corrects the registration date in its own system.
    const corrected = new Date(record.registeredOn.getTime() + 86_400_000);
    await stack.dbs.civil.birthRegistration.update({ where: { id: record.id }, data: { registeredOn: corrected } });
    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(summary.feeds[0].rows).toBe(1);
    const fact = await stack.dbs.registry.civilRegistrationFact.findUniqueOrThrow({ where: { recordId: record.id } });
    expect(fact.registeredOn.toISOString()).toBe(corrected.toISOString());
    expect((await stack.refreshHub()).feeds[0].rows).toBe(1); // the rewind window re-reads it; harmless, idempotent
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(1);
  });

  it('pages through the feed with its cursor, oldest change first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { body } = await stack.post(
        { query: 'query($after: String) { civilRegistrationFeed(first: 40, after: $after) { rows { recordId } endCursor hasMore } }', variables: { after } },
        { token: await stack.token('HUB'), url: stack.subgraphs.civil.url },
      );
      const feed = body.data!.civilRegistrationFeed;
      seen.push(...feed.rows.map((r: { recordId: string }) => r.recordId));
      after = feed.endCursor;
      if (!feed.hasMore) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await stack.dbs.civil.birthRegistration.count({ where: { childId: { not: null } } }));
  });

  it('only the hub reads a feed, at the gateway and straight at the subgraph', async () => {
    for (const agency of AGENCIES) {
      for (const url of [stack.gateway.url, stack.subgraphs.civil.url]) {
        const { body } = await stack.post({ query: FEED }, { token: await stack.token(agency), url });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (agency === 'HUB') expect({ agency, url, codes, rows: body.data?.civilRegistrationFeed.rows.length }).toEqual({ agency, url, codes: [], rows: 5 });
        else expect({ agency, url, codes, data: body.data?.civilRegistrationFeed ?? null }).toEqual({ agency, url, codes: ['UNAUTHORIZED_FIELD_OR_TYPE'], data: null });
      }
    }
  });

  it('refuses a forged cursor and an oversized page with a clear error', async () => {
    const token = await stack.token('HUB');
    for (const [args, message] of [['after: "bm90LWEtY3Vyc29y"', /not a cursor/], ['first: 5001', /between 1 and 5000/]] as const) {
      const { status, body } = await stack.post({ query: `{ civilRegistrationFeed(${args}) { endCursor } }` }, { token, url: stack.subgraphs.civil.url });
      expect(status).toBe(200);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(message);
    }
  });
});
