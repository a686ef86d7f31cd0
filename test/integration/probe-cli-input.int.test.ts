import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseUrl, openStorage, type Storage } from '../../src/db/storage';
import { migrateSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../src/subgraphs/subgraph-names';
import { testDatabaseName, testStorageConfig } from './harness';

/**
 * The command line as a careless clerk or a scheduled job meets it: every refusal says what is wrong
 * and what to do, and leaves the databases as they were; an import that imports nothing fails.
 * Runs the built command (`npm run build` first), over this file's own databases.
 */
const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const work = mkdtempSync(path.join(tmpdir(), 'cg-probe-cli-'));

/** The environment of `childgraph` processes over the databases of `tag`, created and migrated from here. */
async function cliEnvironment(tag: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
  if (process.env.DATABASE_URL) {
    env.CHILDGRAPH_DB_PREFIX = testDatabaseName(tag, 'registry').replace(/_registry$/, '');
    // Drops what an earlier run of this file left.
    await testStorageConfig(tag);
  } else env.CHILDGRAPH_DATA_DIR = path.join(work, `${tag}-data`);
  const storage = await storageOf(env);
  try {
    await migrateSubgraphDbs(storage);
  } finally {
    await storage.close();
  }
  return env;
}

/** The same databases opened from the test (the embedded one only while no command runs). */
function storageOf(env: NodeJS.ProcessEnv): Promise<Storage> {
  if (env.CHILDGRAPH_DATA_DIR) return openStorage({ kind: 'embedded', dataDir: path.join(env.CHILDGRAPH_DATA_DIR, 'pglite') });
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, databaseUrl(process.env.DATABASE_URL!, `${env.CHILDGRAPH_DB_PREFIX}_${name}`)]));
  return openStorage({ kind: 'postgres', urls: urls as Record<SubgraphName, string> });
}

type Query = <Row>(subgraph: SubgraphName, sql: string) => Promise<Row[]>;

/** Reads the databases of `env` in one opening: opening the embedded one takes seconds, so each check opens it once. */
async function inspect<T>(env: NodeJS.ProcessEnv, read: (query: Query) => Promise<T>): Promise<T> {
  const storage = await storageOf(env);
  const opened: { close(): Promise<void> }[] = [];
  try {
    return await read(async <Row>(subgraph: SubgraphName, sql: string) => {
      const db = await storage.executorFor(subgraph);
      opened.push(db);
      return db.query<Row>(sql);
    });
  } finally {
    for (const db of opened) await db.close();
    await storage.close();
  }
}

const run = (env: NodeJS.ProcessEnv, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });

const writeFile = (name: string, lines: string[]) => {
  const target = path.join(work, name);
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
};

const PERSON_HEADER = 'personal_id,full_name,birth_date,sex,ethnicity,residence_kind,commune_code,address,registered_on';
const person = (serial: number, overrides: { birthDate?: string; communeCode?: string } = {}) =>
  `0013180${String(serial).padStart(5, '0')},Mai Thị Hai ${serial},${overrides.birthDate ?? '01/02/2018'},Nữ,Kinh,Thường trú,${overrides.communeCode ?? '00070'},${serial} Hàng Bè,05/02/2018`;

describe('childgraph import', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = await cliEnvironment('cliinput');
  }, 120_000);

  const importPersons = (file: string, ...options: string[]) => run(env, 'import', 'identity', 'persons', file, '--no-link', ...options);
  /** The persons stored, and the runs recorded for `fileName`. */
  const imported = (fileName = '') =>
    inspect(env, async (query) => ({
      persons: (await query<{ n: number }>('identity', 'SELECT count(*)::int AS n FROM "identity"."Person"'))[0].n,
      runs: await query<{ status: string; rowsRead: number; rowsRejected: number }>(
        'identity',
        `SELECT "status"::text AS status, "rowsRead", "rowsRejected" FROM "identity"."ImportRun" WHERE "fileName" = '${fileName}'`,
      ),
    }));
  const persons = async () => (await imported()).persons;

  it('fails (exit 1) when every row is rejected, after writing its rejects file and its run, FAILED; and again for the same file', async () => {
    const file = writeFile('all-rejected.csv', [PERSON_HEADER, person(1, { birthDate: '31/02/2018' }), person(2, { communeCode: '99999' })]);
    const before = await persons();
    const result = importPersons(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Nothing imported \(run [0-9a-f-]{36}, recorded FAILED\): all 2 rows read were rejected\./);
    expect(result.stderr).toMatch(/every row was rejected, so nothing was imported: correct the rows listed in .*all-rejected\.csv\.rejects\.csv .*and import it again/);
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8');
    expect(rejects).toMatch(/all-rejected\.csv,2,birth_date,.*is not a real date/);
    expect(rejects).toMatch(/all-rejected\.csv,3,commune_code,.*is not a commune code/);
    expect(await imported('all-rejected.csv')).toEqual({ persons: before, runs: [{ status: 'FAILED', rowsRead: 2, rowsRejected: 2 }] });

    // A scheduled job that runs the same file again must not be told it was imported.
    const again = importPersons(file);
    expect(again.status).toBe(1);
    expect(again.stdout).not.toMatch(/already imported/);
    expect(readFileSync(`${file}.rejects.csv`, 'utf8')).toBe(rejects);
    expect((await imported('all-rejected.csv')).runs).toEqual([{ status: 'FAILED', rowsRead: 2, rowsRejected: 2 }]);
  });

  it('succeeds (exit 0) when some rows are rejected, and says how many and where they are', async () => {
    const file = writeFile('some-rejected.csv', [PERSON_HEADER, person(11), person(12, { birthDate: '31/02/2018' }), person(13)]);
    const before = await persons();
    const result = importPersons(file);
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/Imported \(run [0-9a-f-]{36}\): 3 rows read, 1 rejected\.\n {2}2 new,/);
    expect(result.stdout).toMatch(/Rejected rows, with line, column and reason: .*some-rejected\.csv\.rejects\.csv/);
    expect(await persons()).toBe(before + 2);
    // Running it again changes nothing and keeps the rejects file of the run that imported it.
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8');
    expect(importPersons(file).stdout).toMatch(/was already imported/);
    expect(readFileSync(`${file}.rejects.csv`, 'utf8')).toBe(rejects);
  });

  it("names the separator of a semicolon- or tab-separated file, writes nothing, and reads it with --delimiter", async () => {
    const rows = [PERSON_HEADER, person(21)];
    const semicolons = writeFile('semicolons.csv', rows.map((line) => line.replaceAll(',', ';')));
    const tabs = writeFile('tabs.csv', rows.map((line) => line.replaceAll(',', '\t')));
    const tabHeaderOnly = writeFile('tab-header.csv', [PERSON_HEADER.replaceAll(',', '\t')]);
    const before = await persons();

    const bySemicolon = importPersons(semicolons);
    expect(bySemicolon.status).toBe(2);
    expect(bySemicolon.stderr).toMatch(/the file seems to be separated by ';', and childgraph reads comma-separated CSV; pass --delimiter ';'.*nothing was imported/);
    expect(bySemicolon.stderr).not.toMatch(/no "personal_id" column/);
    for (const file of [tabs, tabHeaderOnly]) {
      const byTab = importPersons(file);
      expect(byTab.status).toBe(2);
      expect(byTab.stderr).toMatch(/the file seems to be separated by tabs, and childgraph reads comma-separated CSV; pass --delimiter tab/);
    }
    expect(await persons()).toBe(before);

    expect(importPersons(semicolons, '--delimiter', ';').status).toBe(0);
    expect(importPersons(tabs, '--delimiter', 'tab').status).toBe(0);
    const named = await inspect(env, async (query) => ({
      persons: (await query<{ n: number }>('identity', 'SELECT count(*)::int AS n FROM "identity"."Person"'))[0].n,
      names: await query<{ fullName: string }>('identity', `SELECT "fullName" FROM "identity"."Person" WHERE "personalId" = '001318000021'`),
    }));
    expect(named).toEqual({ persons: before + 1, names: [{ fullName: 'Mai Thị Hai 21' }] });

    // A comma file read with a semicolon is told the other way round.
    const wrongWay = importPersons(writeFile('commas.csv', [PERSON_HEADER, person(22)]), '--delimiter', ';');
    expect(wrongWay.status).toBe(2);
    expect(wrongWay.stderr).toMatch(/separated by ',', and it was read as separated by ';'; import it without --delimiter/);
  });

  it('refuses a --delimiter it cannot use with exit 2', () => {
    const file = writeFile('colon.csv', [PERSON_HEADER, person(31)]);
    const colon = importPersons(file, '--delimiter', ':');
    expect(colon.status).toBe(2);
    expect(colon.stderr).toMatch(/--delimiter takes ',', ';', '\|' or the word tab; got ":"/);
    const jsonl = importPersons(writeFile('persons.jsonl', ['{}']), '--delimiter', ';');
    expect(jsonl.status).toBe(2);
    expect(jsonl.stderr).toMatch(/--delimiter applies to CSV files only; this file is read as jsonl/);
  });

  it('--dry-run prints one summary, worded for a dry run, and writes nothing', async () => {
    const rows = Array.from({ length: 3003 }, (_, i) => person(1000 + i));
    const file = writeFile('dry.csv', [PERSON_HEADER, ...rows, person(9999, { birthDate: '31/02/2018' })]);
    const before = await persons();
    const result = importPersons(file, '--dry-run');
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`Dry run: would commit 3003 rows, 1 rejected; nothing written.\n  Rejected rows, with line, column and reason: ${file}.rejects.csv\n`);
    expect(await imported('dry.csv')).toEqual({ persons: before, runs: [] });

    const allRejected = importPersons(writeFile('dry-rejected.csv', [PERSON_HEADER, person(1, { communeCode: '99999' })]), '--dry-run');
    expect(allRejected.status).toBe(1);
    expect(allRejected.stdout).toMatch(/^Dry run: would commit 0 rows, 1 rejected; nothing written\./);
    expect(allRejected.stderr).toMatch(/every row would be rejected: correct the rows listed in/);
  }, 60_000);
});

describe('childgraph token', () => {
  // A data directory of its own, and no configured secret: a refused command must not create one.
  const dataDir = path.join(work, 'token-data');
  const env = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, CHILDGRAPH_JWT_SECRET: '', CHILDGRAPH_TOKEN_MAX_LIFETIME: '8h', LOG_LEVEL: 'error' };

  it.each([
    [['--jurisdiction', 'province:99'], /there is no province 99; use a two-digit province code of Decision 19\/2025 \(e\.g\. province:01/],
    [['--jurisdiction', 'commune:99999'], /there is no commune 99999; use a five-digit commune code of Decision 19\/2025 \(e\.g\. commune:00070\)/],
    [['--ttl', 'forever'], /--ttl: "forever" is not a lifetime; give a duration like 30m, 1h or 8h, at most 8h \(CHILDGRAPH_TOKEN_MAX_LIFETIME\)/],
    [['--ttl', '2d'], /--ttl: "2d" is longer than a token may be valid; give a duration like 30m, 1h or 8h, at most 8h \(CHILDGRAPH_TOKEN_MAX_LIFETIME\)/],
  ])('token %j is refused with exit 2, and nothing is written', (args, message) => {
    const result = run(env, 'token', '--agency', 'SOCIAL', ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses to run any command on a wrong setting, naming every wrong variable (exit 2)', () => {
    const result = run({ ...env, LOG_LEVEL: 'loud', CHILDGRAPH_MAX_DEPTH: '0' }, 'token', '--agency', 'SOCIAL');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/LOG_LEVEL must be one of fatal, .*; got "loud".*CHILDGRAPH_MAX_DEPTH must be a positive whole number; got "0"/);
  });

  it('issues a token for a commune that exists', () => {
    const result = run(env, 'token', '--agency', 'SOCIAL', '--jurisdiction', 'commune:00070', '--ttl', '30m');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+\n$/);
  });
});

describe('childgraph seed over a population of other parameters', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = await cliEnvironment('cliseed');
  }, 120_000);

  /** Rows per table that a second seed would touch, and the recorded parameters. */
  async function readState(query: Query) {
    const [registry] = await query<{ children: number; links: number; marker: string | null }>(
      'registry',
      `SELECT (SELECT count(*)::int FROM "registry"."MasterChild") AS children, (SELECT count(*)::int FROM "registry"."RecordLink") AS links,
              (SELECT "seed" || '/' || "children" || '/' || coalesce("provinces", '') FROM "registry"."SyntheticPopulation") AS marker`,
    );
    const [identity] = await query<{ persons: number }>('identity', 'SELECT count(*)::int AS persons FROM "identity"."Person"');
    return { ...registry, ...identity };
  }
  const state = () => inspect(env, readState);

  it('refuses another seed, size or province list before writing anything, and takes the same parameters again', async () => {
    const first = run(env, 'seed', '--children', '60', '--seed', '1');
    expect({ status: first.status, stderr: first.status === 0 ? '' : first.stderr }).toEqual({ status: 0, stderr: '' });
    const seeded = await state();
    expect(seeded).toMatchObject({ children: 60, marker: '1/60/' });
    expect(seeded.links).toBeGreaterThan(60);

    for (const args of [['--children', '60', '--seed', '8'], ['--children', '120', '--seed', '1'], ['--children', '60', '--seed', '1', '--provinces', '01']]) {
      const other = run(env, 'seed', ...args);
      expect(other.status).toBe(2);
      expect(other.stderr).toMatch(/this database holds a synthetic population seeded with --children 60 --seed 1; this seed asks for .*which would mix two populations\. Seed again with --children 60 --seed 1 .*or seed an empty database .*nothing was written/);
      expect(other.stderr).not.toMatch(/foreign key/);
    }
    // Checked once after the three refusals: a row any of them wrote would still be there.
    expect(await state()).toEqual(seeded);

    const same = run(env, 'seed', '--children', '60', '--seed', '1');
    expect(same.status).toBe(0);
    expect(await state()).toEqual(seeded);
  }, 120_000);

  it('tells a population seeded before parameters were recorded by its first child', async () => {
    const before = await inspect(env, async (query) => {
      await query('registry', 'DELETE FROM "registry"."SyntheticPopulation"');
      return readState(query);
    });
    const other = run(env, 'seed', '--children', '60', '--seed', '8');
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/this database holds a synthetic population seeded with another --seed than 8 .*nothing was written/);
    expect(await state()).toEqual(before);
    expect(run(env, 'seed', '--children', '60', '--seed', '1').status).toBe(0);
    expect(await state()).toEqual(before);
  }, 120_000);
});
