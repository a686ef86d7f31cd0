import { AGENCIES } from '../../src/auth/principal';
import { readMigrations } from '../../src/db/migrate';
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
    // A first load leaves planner statistics on every fact table (autovacuum may be off).
    const facts = await stack.dbs.registry.$queryRawUnsafe<{ table: string; analyzed: boolean }[]>(
      `SELECT relname AS "table", last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE schemaname = 'registry' AND relname LIKE '%Fact'`,
    );
    expect(facts.length).toBeGreaterThan(5);
    expect(facts.filter((f) => !f.analyzed)).toEqual([]);
    // And the lists it derived in full are vacuumed: a daily recompute must not leave a table of dead rows behind.
    const lists = await stack.dbs.registry.$queryRawUnsafe<{ table: string; vacuumed: boolean }[]>(
      `SELECT relname AS "table", last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE schemaname = 'registry' AND relname IN ('CivilStatusGap', 'DropoutRisk', 'OutOfSchoolChild') ORDER BY 1`,
    );
    expect(lists).toEqual(['CivilStatusGap', 'DropoutRisk', 'OutOfSchoolChild'].map((table) => ({ table, vacuumed: true })));
  });

  it('a later refresh reads only what changed since, and applies the change', async () => {
    const record = await stack.dbs.civil.birthRegistration.findFirstOrThrow({ where: { childId: { not: null } }, orderBy: { id: 'asc' } });
    // The justice office corrects the registration date in its own system.
    const corrected = new Date(record.registeredOn.getTime() + 86_400_000);
    await stack.dbs.civil.birthRegistration.update({ where: { id: record.id }, data: { registeredOn: corrected } });
    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(summary.feeds.find((f) => f.feed === 'civil.registrations')?.rows).toBe(1);
    const fact = await stack.dbs.registry.civilRegistrationFact.findUniqueOrThrow({ where: { recordId: record.id } });
    expect(fact.registeredOn.toISOString()).toBe(corrected.toISOString());
    expect((await stack.refreshHub()).feeds.find((f) => f.feed === 'civil.registrations')?.rows).toBe(0); // read once: feeds resume at their cursor
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

  it('reads a feed page with one query per relation whatever its size, not a join per record', async () => {
    const token = await stack.token('HUB');
    const statements = async (first: number) => {
      const before = stack.queryCounts.education;
      const { body } = await stack.post(
        { query: `{ educationPupilFeed(first: ${first}) { rows { recordId enrollments { schoolName attendance { term } openDropoutWarnings } } } }` },
        { token, url: stack.subgraphs.education.url },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.educationPupilFeed.rows).toHaveLength(first);
      return stack.queryCounts.education - before;
    };
    const small = await statements(5);
    // Pupils, enrollments, schools, attendance, warnings: Prisma's relation join would make it one
    // LATERAL statement, 5-7x slower on a 2,000-pupil page (FeedQuery.relationLoadStrategy).
    expect(small).toBeGreaterThanOrEqual(4);
    expect(await statements(60)).toBe(small);
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

  it('reads each agency subject table once, and writes its identity and dropout-risk facts together', async () => {
    await stack.refreshHub();
    const registry = stack.dbs.registry;
    await registry.$executeRawUnsafe('TRUNCATE "registry"."FeedCursor", "registry"."SubjectRecordFact", "registry"."SchoolingFact", "registry"."AttendanceFact", "registry"."HealthFact", "registry"."SocialFact"');
    const summary = await stack.refreshHub();
    const linked = { childId: { not: null } };
    const [pupils, patients, profiles] = [await stack.dbs.education.pupil.count({ where: linked }), await stack.dbs.health.patient.count({ where: linked }), await stack.dbs.protection.childProfile.count({ where: linked })];
    expect(summary.feeds).toEqual([
      { feed: 'civil.registrations', rows: expect.any(Number) }, { feed: 'civil.adoptions', rows: expect.any(Number) }, { feed: 'civil.deletions', rows: 0 },
      { feed: 'identity.persons', rows: expect.any(Number) }, { feed: 'identity.residences', rows: expect.any(Number) }, { feed: 'identity.deletions', rows: 0 },
      { feed: 'education.pupil-facts', rows: pupils }, { feed: 'education.deletions', rows: 0 },
      { feed: 'health.patient-facts', rows: patients }, { feed: 'health.deletions', rows: 0 },
      { feed: 'protection.profile-facts', rows: profiles }, { feed: 'protection.abandonment-files', rows: expect.any(Number) }, { feed: 'protection.deletions', rows: 0 },
    ]);
    expect(pupils * patients * profiles).toBeGreaterThan(0);
    const subjects = (recordKind: string) => registry.subjectRecordFact.count({ where: { recordKind } });
    expect([await subjects('education.Pupil'), await subjects('health.Patient'), await subjects('protection.ChildProfile')]).toEqual([pupils, patients, profiles]);
    expect(await registry.healthFact.count()).toBe(patients);
    expect(await registry.socialFact.count()).toBe(profiles);
    expect(await registry.schoolingFact.count()).toBe(await stack.dbs.education.enrollment.count({ where: { pupil: linked } }));
    expect(await registry.attendanceFact.count()).toBe(await stack.dbs.education.attendanceSummary.count({ where: { enrollment: { pupil: linked } } }));
  });

  it('brings a registry refreshed by the two-feeds-per-table version up to date after migrating', async () => {
    const registry = stack.dbs.registry;
    await stack.refreshHub();
    const lists = async () => ({
      risk: await registry.dropoutRisk.findMany({ orderBy: { childId: 'asc' }, omit: { computedAt: true } }),
      gaps: await registry.civilStatusGap.count(),
      outOfSchool: await registry.outOfSchoolChild.count(),
    });
    const before = await lists();
    expect(before.risk.length).toBeGreaterThan(20);
    // That version kept one cursor per feed under these names, at the end of each feed.
    const merged = ['education.pupil-facts', 'health.patient-facts', 'protection.profile-facts'];
    const old = ['education.pupils', 'education.schooling', 'health.patients', 'health.risk', 'protection.childprofiles', 'protection.risk'];
    const cursor = (await registry.feedCursor.findUniqueOrThrow({ where: { feed: 'education.pupil-facts' } })).cursor;
    await registry.feedCursor.deleteMany({ where: { feed: { in: merged } } });
    await registry.feedCursor.createMany({ data: old.map((feed) => ({ feed, cursor })) });
    // Meanwhile a school raised a dropout warning: the refresh after the upgrade must still see it.
    const calm = before.risk.find((r) => !r.reasons.includes('DROPOUT_WARNING'))!;
    const pupil = await stack.dbs.education.pupil.findFirstOrThrow({ where: { childId: calm.childId } });
    const enrollment = await stack.dbs.education.enrollment.findFirstOrThrow({ where: { pupilId: pupil.id, schoolYear: calm.schoolYear, status: 'ENROLLED' } });
    await stack.dbs.education.dropoutFlag.create({ data: { enrollmentId: enrollment.id, flaggedOn: new Date(), reason: 'CHRONIC_ABSENCE' } });

    const migration = readMigrations('registry').find((m) => m.name.endsWith('_one_feed_per_subject'))!;
    await registry.$executeRawUnsafe(migration.sql);
    expect(await registry.feedCursor.count({ where: { feed: { in: old } } })).toBe(0);
    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(true);
    expect(summary.feeds.find((f) => f.feed === 'education.pupil-facts')?.rows).toBe(await stack.dbs.education.pupil.count({ where: { childId: { not: null } } }));
    const after = await lists();
    expect({ gaps: after.gaps, outOfSchool: after.outOfSchool }).toEqual({ gaps: before.gaps, outOfSchool: before.outOfSchool });
    const warned = after.risk.find((r) => r.childId === calm.childId)!;
    expect(warned.reasons).toContain('DROPOUT_WARNING');
    expect(after.risk.filter((r) => r.childId !== warned.childId)).toEqual(before.risk.filter((r) => r.childId !== warned.childId));
  });
});
