import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { evaluateLinkage } from '../../src/linkage/evaluate';
import type { LinkageEvaluation } from '../../src/linkage/evaluate-seeded-index';
import type { ScratchEvaluation } from '../../src/linkage/evaluate-from-records';
import { linkageTruthOf } from '../../src/linkage/linkage-truth';
import { openStorage, type Storage } from '../../src/db/storage';
import type { SubgraphDbs } from '../../src/subgraphs';
import { DEFAULT_RATES } from '../../src/synthetic/rates';
import { seedPopulation } from '../../src/synthetic/seed';
import type { TruthRecord } from '../../src/synthetic/truth';
import { decideLink } from '../../src/linkage/decide';
import { MasterIndex } from '../../src/linkage/blocking';
import { normaliseIdentity } from '../../src/linkage/normalise';
import { agencyRecordsBorn } from '../../src/linkage/agency-records';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testStorageConfig } from './harness';

// Hard cases raised well above the defaults: many namesakes, misspelt names, shifted dates and
// agency records without a personal ID. Lookalikes (twins, tone marks...) at their default rates.
const HARD_RATES = { ...DEFAULT_RATES, namesake: 0.06, nameVariant: 0.25, birthDateVariant: 0.06, agencyRecordWithoutPersonalId: 0.5 };

describe('record linkage measured on a synthetic world that can fool it', () => {
  let storage: Storage;
  let dbs: SubgraphDbs;
  const truth: TruthRecord[] = [];
  let scratch: ScratchEvaluation;
  let seeded: LinkageEvaluation;

  beforeAll(async () => {
    storage = await openStorage(await testStorageConfig('linkeval'));
    dbs = await openSubgraphDbs(storage);
    await seedPopulation(storage, { children: 4000, seed: 11, rates: HARD_RATES, batchSize: 1000, onTruth: (r) => truth.push(...r) });
    ({ fromRecords: scratch, againstSeededIndex: seeded } = await evaluateLinkage(dbs, linkageTruthOf(truth)));
  }, 300_000);

  afterAll(async () => {
    await closeSubgraphDbs(dbs ?? {});
    await storage?.close();
  });

  it('has enough hard cases of every kind to mean something', () => {
    expect(truth.filter((t) => t.planted.namesakeOf).length).toBeGreaterThanOrEqual(50);
    expect(scratch.withoutPersonalId.records).toBeGreaterThanOrEqual(4000);
    for (const kind of ['TWIN', 'NAMESAKE_SAME_COMMUNE', 'NAMESAKE_SAME_FAMILY', 'TONE_MARK', 'GIVEN_NAME', 'REGIONAL_SPELLING', 'LATE_MOVED', 'SPELLING_VARIANT', 'DATE_VARIANT'] as const) {
      expect({ kind, enough: (scratch.byHardCase[kind]?.records ?? 0) >= 20 }).toEqual({ kind, enough: true });
    }
  });

  it('links from scratch without merging two children: no twin, namesake or lookalike merged, precision ≥ 0.999', () => {
    const { overall, withoutPersonalId, byHardCase } = scratch;
    expect(overall.records).toBe(truth.reduce((n, t) => n + t.records.length, 0));
    expect(overall.lookalikeMerges).toBe(0);
    const twins = byHardCase.TWIN ?? { linked: -1, correctLinks: 0 };
    expect(twins.linked - twins.correctLinks).toBe(0);
    expect(overall.precision).toBeGreaterThanOrEqual(0.999);
    expect(withoutPersonalId.precision).toBeGreaterThanOrEqual(0.999);
  });

  it('finds the right child (automatically, or among a review item\'s candidates) for ≥ 97% of records whose child is known, with few review items', () => {
    const { overall, withoutPersonalId } = scratch;
    expect(overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(withoutPersonalId.recall).toBeGreaterThanOrEqual(0.97);
    expect(withoutPersonalId.reviewRate).toBeLessThanOrEqual(0.03);
    expect(withoutPersonalId.rightChildInReview).toBeGreaterThanOrEqual(0.9);
  });

  it('can fail: records credited to the wrong child show up as false merges', async () => {
    // The same records, with one record of each of twenty children credited to its neighbour.
    const swapped = truth.map((t) => ({ ...t, records: [...t.records] }));
    for (let i = 0; i < 40; i += 2) [swapped[i].records[0], swapped[i + 1].records[0]] = [swapped[i + 1].records[0], swapped[i].records[0]];
    const wrong = (await evaluateLinkage(dbs, linkageTruthOf(swapped))).fromRecords;
    expect(wrong.overall.precision).toBeLessThan(scratch.overall.precision);
  });

  it('keeps the seeded-index figure beside it: comparison and blocking against one master per true child', () => {
    expect(seeded.overall.precision).toBeGreaterThanOrEqual(0.999);
    expect(seeded.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(seeded.lookalikeMerges).toBe(0);
  });

  it('never merges namesakes (same name, birth date and province, different mothers)', async () => {
    // The harder case: the namesake's own master child is not in the index yet. Its records must
    // not be linked to the other child; they go to review or become a new child.
    const planted = truth.filter((t) => t.planted.namesakeOf);
    let checked = 0;
    for (const child of planted) {
      const index = new MasterIndex();
      const other = await dbs.registry.masterChild.findUniqueOrThrow({ where: { id: child.planted.namesakeOf! } });
      index.add({ id: other.id, identity: normaliseIdentity(other) });
      const records = (await agencyRecordsBorn(dbs, { gte: new Date(`${child.birthDate}T00:00:00Z`), lt: new Date(new Date(`${child.birthDate}T00:00:00Z`).getTime() + 86_400_000) }))
        .filter((r) => child.records.some((t) => t.id === r.sourceRecordId) && !r.personalId);
      for (const record of records) {
        const decision = decideLink(normaliseIdentity(record), index);
        expect({ record: record.fullName, decision: decision.kind }).not.toEqual({ record: record.fullName, decision: 'PROBABILISTIC' });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe('childgraph link --evaluate', () => {
  const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-evaluate-'));
  const env = { ...process.env, CHILDGRAPH_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });

  it('prints the evaluation from records by hard case, the seeded-index figure beside it, and writes the figures as JSON', () => {
    const truthFile = path.join(dir, 'truth.jsonl');
    expect(run('seed', '--children', '400', '--truth', truthFile).status).toBe(0);
    const result = run('link', '--evaluate', '--truth', truthFile, '--json', path.join(dir, 'evaluation.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Linked from scratch .*master children made from the records/);
    expect(result.stdout).toMatch(/^all records +\d+/m);
    expect(result.stdout).toMatch(/^Against the seeded master index/m);
    const records = readFileSync(truthFile, 'utf8').split('\n').filter(Boolean).reduce((n, line) => n + (JSON.parse(line) as TruthRecord).records.length, 0);
    const figures = JSON.parse(readFileSync(path.join(dir, 'evaluation.json'), 'utf8'));
    expect(figures.fromRecords.overall.records).toBe(records);
    expect(figures.againstSeededIndex.overall.records).toBe(records);
    expect(figures.fromRecords.overall.precision).toBeGreaterThan(0.99);
  }, 120_000);

  it('refuses --evaluate without a truth file, with exit code 2', () => {
    const result = run('link', '--evaluate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--evaluate needs --truth FILE/);
  });
});
