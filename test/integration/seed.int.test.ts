import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { openStorage, type Storage } from '../../src/db/storage';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import type { SubgraphDbs } from '../../src/subgraphs';
import { TABLES } from '../../src/synthetic/batch';
import { SCHOOL_YEAR } from '../../src/synthetic/child-context';
import { DEFAULT_RATES, type Rates } from '../../src/synthetic/rates';
import { seedPopulation } from '../../src/synthetic/seed';
import type { TruthRecord } from '../../src/synthetic/truth';
import { testStorageConfig } from './harness';

interface Seeded {
  storage: Storage;
  dbs: SubgraphDbs;
  truth: TruthRecord[];
}

async function seeded(tag: string, children: number, seed: number, rates: Partial<Rates> = {}): Promise<Seeded> {
  const storage = await openStorage(await testStorageConfig(tag));
  const dbs = await openSubgraphDbs(storage);
  const truth: TruthRecord[] = [];
  await seedPopulation(storage, { children, seed, rates: { ...DEFAULT_RATES, ...rates }, batchSize: 500, onTruth: (r) => truth.push(...r) });
  return { storage, dbs, truth };
}

async function close(s: Seeded | undefined) {
  if (!s) return;
  await closeSubgraphDbs(s.dbs);
  await s.storage.close();
}

/** md5 of every row of every table, in a stable order: equal checksums mean identical tables. */
async function checksums(storage: Storage): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const subgraph of SUBGRAPH_NAMES) {
    const db = await storage.executorFor(subgraph);
    try {
      for (const table of TABLES[subgraph]) {
        const [row] = await db.query<{ sum: string | null; n: number }>(
          // changeXid: the transaction that wrote the row, which two runs cannot share.
          `SELECT md5(string_agg(r, '|' ORDER BY r)) AS sum, count(*)::int AS n FROM (SELECT (to_jsonb(t) - 'changeXid')::text AS r FROM "${subgraph}"."${table}" t) AS rows`,
        );
        sums[`${subgraph}.${table}`] = `${row.n}:${row.sum}`;
      }
    } finally {
      await db.close();
    }
  }
  return sums;
}

describe('the same children and seed give the same databases, and seeding twice adds nothing', () => {
  let a: Seeded;
  let b: Seeded;
  // Rarer situations boosted so that every table of every subgraph has rows to compare.
  const everyTable = { abandoned: 0.02, adoption: 0.02, hiv: 0.01, orphaned: 0.02 };
  beforeAll(async () => {
    a = await seeded('seed_a', 600, 3, everyTable);
    b = await seeded('seed_b', 600, 3, everyTable);
  });
  afterAll(async () => {
    await close(a);
    await close(b);
  });

  it('produces identical tables from two runs', async () => {
    const [first, second] = [await checksums(a.storage), await checksums(b.storage)];
    expect(Object.entries(first).filter(([, sum]) => sum.startsWith('0:'))).toEqual([]);
    expect(second).toEqual(first);
  });

  it('leaves planner statistics on every table it loaded (autovacuum may be off)', async () => {
    for (const subgraph of SUBGRAPH_NAMES) {
      const db = await a.storage.executorFor(subgraph);
      try {
        const rows = await db.query<{ table: string; analyzed: boolean }>(
          `SELECT relname AS "table", last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE schemaname = $1`,
          [subgraph],
        );
        const analyzed = new Set(rows.filter((r) => r.analyzed).map((r) => r.table));
        expect({ subgraph, missing: TABLES[subgraph].filter((table) => !analyzed.has(table)) }).toEqual({ subgraph, missing: [] });
      } finally {
        await db.close();
      }
    }
  });

  it('leaves every table unchanged when the same seed runs again', async () => {
    const before = await checksums(a.storage);
    await seedPopulation(a.storage, { children: 600, seed: 3, rates: { ...DEFAULT_RATES, ...everyTable }, batchSize: 250 });
    expect(await checksums(a.storage)).toEqual(before);
  });

  it('produces different children from another seed', async () => {
    const other = await seeded('seed_c', 50, 4);
    try {
      expect(other.truth[0].fullName + other.truth[0].birthDate).not.toBe(a.truth[0].fullName + a.truth[0].birthDate);
    } finally {
      await close(other);
    }
  });
});

describe('planted known answers match the databases', () => {
  let s: Seeded;
  const rates = { abandoned: 0.01, adoption: 0.01, namesake: 0.02, highDropoutRisk: 0.05 };
  beforeAll(async () => {
    s = await seeded('seed_truth', 3000, 11, rates);
  });
  afterAll(() => close(s));

  const share = (pick: (t: TruthRecord) => unknown, among: (t: TruthRecord) => boolean = () => true) => {
    const pool = s.truth.filter(among);
    return pool.filter(pick).length / pool.length;
  };

  it('plants each situation at about its configured rate', () => {
    expect(s.truth).toHaveLength(3000);
    const registered = (t: TruthRecord) => !t.planted.noBirthRegistration && !t.planted.abandoned;
    expect(share((t) => t.planted.lateRegistration, registered)).toBeGreaterThan(DEFAULT_RATES.lateRegistration * 0.7);
    expect(share((t) => t.planted.lateRegistration, registered)).toBeLessThan(DEFAULT_RATES.lateRegistration * 1.8);
    expect(share((t) => t.planted.noBirthRegistration)).toBeGreaterThan(DEFAULT_RATES.noBirthRegistration * 0.5);
    expect(share((t) => t.planted.noBirthRegistration)).toBeLessThan(DEFAULT_RATES.noBirthRegistration * 3);
    expect(share((t) => t.planted.abandoned)).toBeGreaterThan(rates.abandoned * 0.4);
    expect(share((t) => t.planted.abandoned)).toBeLessThan(rates.abandoned * 2.5);
    expect(share((t) => t.planted.inconsistentPersonalId)).toBeLessThan(0.01);
    expect(s.truth.filter((t) => t.planted.namesakeOf).length).toBeGreaterThan(5);
    expect(s.truth.filter((t) => t.planted.highDropoutRisk).length).toBeGreaterThan(10);
    const agencyRecords = s.truth.flatMap((t) => t.records.filter((r) => r.agency !== 'POLICE' && r.agency !== 'JUSTICE'));
    const variants = agencyRecords.filter((r) => r.nameVariant).length / agencyRecords.length;
    expect(variants).toBeGreaterThan(DEFAULT_RATES.nameVariant * 0.6);
    expect(variants).toBeLessThan(DEFAULT_RATES.nameVariant * 1.5);
  });

  it('has every child in the master index with the truth identity and one crosswalk row per agency record', async () => {
    expect(await s.dbs.registry.masterChild.count()).toBe(3000);
    expect(await s.dbs.registry.recordLink.count()).toBe(s.truth.reduce((n, t) => n + t.records.length, 0));
    const sample = s.truth.filter((_, i) => i % 37 === 0);
    const masters = await s.dbs.registry.masterChild.findMany({ where: { id: { in: sample.map((t) => t.childId) } } });
    const byId = new Map(masters.map((m) => [m.id, m]));
    for (const t of sample) {
      expect({ name: byId.get(t.childId)?.fullName, personalId: byId.get(t.childId)?.personalId }).toEqual({ name: t.fullName, personalId: t.personalId });
    }
  });

  it('stores each agency record with the personal ID the truth says it has', async () => {
    const records = s.truth.flatMap((t) => t.records.map((r) => ({ ...r, childId: t.childId })));
    const lookups: Record<string, (ids: string[]) => Promise<{ id: string; childId: string | null; personalId: string | null }[]>> = {
      'identity.Person': (ids) => s.dbs.identity.person.findMany({ where: { id: { in: ids } } }),
      'civil.BirthRegistration': (ids) => s.dbs.civil.birthRegistration.findMany({ where: { id: { in: ids } } }),
      'education.Pupil': (ids) => s.dbs.education.pupil.findMany({ where: { id: { in: ids } } }),
      'health.Patient': (ids) => s.dbs.health.patient.findMany({ where: { id: { in: ids } } }),
      'protection.ChildProfile': (ids) => s.dbs.protection.childProfile.findMany({ where: { id: { in: ids } } }),
    };
    for (const [kind, lookup] of Object.entries(lookups)) {
      const expected = records.filter((r) => r.kind === kind);
      const rows = new Map((await lookup(expected.map((r) => r.id))).map((row) => [row.id, row]));
      expect(rows.size).toBe(expected.length);
      for (const r of expected) {
        expect({ kind, childId: rows.get(r.id)!.childId, hasPersonalId: rows.get(r.id)!.personalId !== null }).toEqual({ kind, childId: r.childId, hasPersonalId: r.hasPersonalId });
      }
    }
  });

  it('leaves planted gaps visible in the agencies\' own records', async () => {
    const ids = (pick: (t: TruthRecord) => unknown) => s.truth.filter(pick).map((t) => t.childId);
    const unregistered = ids((t) => t.planted.noBirthRegistration);
    expect(await s.dbs.civil.birthRegistration.count({ where: { childId: { in: unregistered } } })).toBe(0);
    const knownElsewhere = new Set([
      ...(await s.dbs.health.patient.findMany({ where: { childId: { in: unregistered } } })).map((p) => p.childId),
      ...(await s.dbs.education.pupil.findMany({ where: { childId: { in: unregistered } } })).map((p) => p.childId),
    ]);
    expect(knownElsewhere.size).toBe(unregistered.length);

    const late = ids((t) => t.planted.lateRegistration);
    const lateRows = await s.dbs.civil.birthRegistration.findMany({ where: { childId: { in: late } } });
    expect(lateRows.length).toBe(late.length);
    expect(lateRows.every((r) => r.isLate)).toBe(true);
    expect(await s.dbs.civil.birthRegistration.count({ where: { isLate: true } })).toBe(late.length);

    const notRegistered = ids((t) => t.planted.adoptionNotRegistered);
    const adoptions = await s.dbs.civil.adoption.findMany({ where: { birthRegistration: { childId: { in: notRegistered } } } });
    expect(adoptions.length).toBe(notRegistered.length);
    expect(adoptions.every((a) => a.status === 'APPROVED' && a.registeredOn === null)).toBe(true);

    for (const t of s.truth.filter((c) => c.planted.abandonedIncompleteFile)) {
      const { stage, step } = t.planted.abandonedIncompleteFile!;
      const file = await s.dbs.protection.abandonmentCase.findFirst({ where: { profile: { childId: t.childId } }, include: { steps: true } });
      const row = file!.steps.find((x) => x.step === step)!;
      if (stage === 'STUCK') expect(row.completedOn).toBeNull();
      else expect(row.completedOn!.getTime()).toBeGreaterThan(row.dueOn.getTime());
    }

    for (const t of s.truth.filter((c) => c.planted.namesakeOf)) {
      const twin = s.truth.find((c) => c.childId === t.planted.namesakeOf)!;
      expect({ name: twin.fullName, born: twin.birthDate, province: twin.provinceCode }).toEqual({ name: t.fullName, born: t.birthDate, province: t.provinceCode });
      expect(twin.communeCode === t.communeCode && twin.childId === t.childId).toBe(false);
    }

    const risky = s.truth.filter((t) => t.planted.highDropoutRisk);
    const pupils = await s.dbs.education.pupil.findMany({
      where: { childId: { in: risky.map((t) => t.childId) } },
      include: { enrollments: { where: { schoolYear: SCHOOL_YEAR }, include: { attendance: true } } },
    });
    expect(pupils.length).toBe(risky.length);
    for (const pupil of pupils) {
      const hk1 = pupil.enrollments[0].attendance.find((a) => a.term === 'HK1')!;
      expect(hk1.daysAbsent / hk1.schoolDays).toBeGreaterThanOrEqual(0.2);
    }
  });
});

describe('childgraph seed refuses bad arguments with exit code 2 and writes nothing', () => {
  const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
  it.each([
    [['--children', '-5'], /positive whole number/],
    [['--children', 'abc'], /positive whole number/],
    [['--children', '10', '--provinces', '01,99'], /unknown province code\(s\) 99/],
    [['--children', '10', '--rates', '{"abandonned":0.1}'], /unknown rate "abandonned"/],
  ])('seed %j', (args, message) => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cg-seed-')), 'data');
    const env = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, DATABASE_URL: '' };
    const result = spawnSync(process.execPath, [cli, 'seed', ...args], { env, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(dataDir)).toBe(false);
  });
});
