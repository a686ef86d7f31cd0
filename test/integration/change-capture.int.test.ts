import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importAndLink } from '../../src/cli/import.command';
import { BATCH_SIZE } from '../../src/imports/run-import';
import { findKind } from '../../src/subgraphs/record-kinds';
import { Client } from 'pg';
import { databaseUrl } from '../../src/db/storage';
import { startTestStack, type TestStack } from './harness';

/**
 * The hub's change capture cannot miss a committed row: feeds read in commit order (each row
 * stamped with its transaction's id, read only once every older transaction has settled), so a
 * transaction that commits after a later one, or a row written with an old timestamp, still
 * reaches the registry, and a row is read once per write. Concurrent transactions need PostgreSQL
 * (the embedded database has one connection); the rest runs on both.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('capture', 120);
  await stack.refreshHub();
});
afterAll(() => stack?.close());

const onPostgres = process.env.DATABASE_URL ? it : it.skip;
const DAY = 86_400_000;

/** Linked birth registrations, oldest id first. */
const registrations = (take: number) => stack.dbs.civil.birthRegistration.findMany({ where: { childId: { not: null } }, orderBy: { id: 'asc' }, take });

/** Registrations whose registry copy differs from the agency's record (date of registration). */
async function copiesBehind(): Promise<string[]> {
  const [records, facts] = await Promise.all([
    stack.dbs.civil.birthRegistration.findMany({ where: { childId: { not: null } }, select: { id: true, registeredOn: true } }),
    stack.dbs.registry.civilRegistrationFact.findMany({ select: { recordId: true, registeredOn: true } }),
  ]);
  const copied = new Map(facts.map((f) => [f.recordId, f.registeredOn.getTime()]));
  return records.filter((r) => copied.get(r.id) !== r.registeredOn.getTime()).map((r) => r.id);
}

const rowsRead = (summary: Awaited<ReturnType<TestStack['refreshHub']>>, feed: string) => summary.feeds.find((f) => f.feed === feed)?.rows;

describe('change capture in commit order', () => {
  it('reads a row written with a timestamp older than everything read before (an import of old records, a skewed clock)', async () => {
    const [record] = await registrations(1);
    const corrected = new Date(record.registeredOn.getTime() + DAY);
    // Stamped 2020: under (updatedAt, id) cursors this row was behind the cursor and never read.
    await stack.dbs.civil.$executeRawUnsafe(
      `UPDATE "civil"."BirthRegistration" SET "registeredOn" = $1::date, "updatedAt" = '2020-01-01' WHERE "id" = $2::uuid`,
      corrected.toISOString().slice(0, 10),
      record.id,
    );
    const summary = await stack.refreshHub();
    expect(rowsRead(summary, 'civil.registrations')).toBe(1);
    expect((await stack.dbs.registry.civilRegistrationFact.findUniqueOrThrow({ where: { recordId: record.id } })).registeredOn).toEqual(corrected);
    // Read once: the next refresh reads nothing again.
    expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(0);
    expect(await copiesBehind()).toEqual([]);
  });

  onPostgres('waits for a transaction that commits after a later one, then reads both, once', async () => {
    const [early, late] = await registrations(2);
    const shift = (date: Date) => new Date(date.getTime() + 2 * DAY);
    let updated!: () => void;
    let commit!: () => void;
    const didUpdate = new Promise<void>((resolve) => (updated = resolve));
    const mayCommit = new Promise<void>((resolve) => (commit = resolve));
    // The early transaction writes first (the smaller transaction id) and commits last.
    const earlyTransaction = stack.dbs.civil.$transaction(
      async (tx) => {
        await tx.birthRegistration.update({ where: { id: early.id }, data: { registeredOn: shift(early.registeredOn) } });
        updated();
        await mayCommit;
      },
      { timeout: 60_000 },
    );
    await didUpdate;
    await stack.dbs.civil.birthRegistration.update({ where: { id: late.id }, data: { registeredOn: shift(late.registeredOn) } });

    // The late write is committed, but a transaction older than it is still running: the feed
    // stops before both rather than read past the early one.
    expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(0);
    expect(await copiesBehind()).toEqual(expect.arrayContaining([late.id]));

    commit();
    await earlyTransaction;
    expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(2);
    expect(await copiesBehind()).toEqual([]);
    expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(0);
  });

  onPostgres('is not held back by a transaction running in another database on the same server', async () => {
    const [, record] = await registrations(2);
    const elsewhere = new Client({ connectionString: databaseUrl(process.env.DATABASE_URL!, 'postgres') });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()'); // it holds a transaction id older than the write below
      await stack.dbs.civil.birthRegistration.update({ where: { id: record.id }, data: { registeredOn: new Date(record.registeredOn.getTime() + DAY) } });
      expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(1);
      expect(await copiesBehind()).toEqual([]);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  onPostgres('misses nothing while refreshes race writers that commit out of order with old timestamps', async () => {
    const records = await registrations(60);
    let refreshesDone = 0;
    // Each writer updates its own records two per transaction, holding each transaction open a
    // while so that others commit in between, until several refreshes have run alongside.
    const writers = Array.from({ length: 6 }, (_, w) =>
      (async () => {
        const mine = records.filter((_, i) => i % 6 === w);
        for (let batch = 0; batch < 5 || (refreshesDone < 3 && batch < 200); batch++) {
          await stack.dbs.civil.$transaction(
            async (tx) => {
              for (const record of [mine[(2 * batch) % mine.length], mine[(2 * batch + 1) % mine.length]]) {
                await tx.$executeRawUnsafe(
                  `UPDATE "civil"."BirthRegistration" SET "registeredOn" = "registeredOn" + 1, "updatedAt" = $1::timestamp WHERE "id" = $2::uuid`,
                  new Date(Date.UTC(2019, w, 1 + (batch % 28))).toISOString(),
                  record.id,
                );
                await new Promise((resolve) => setTimeout(resolve, 20 + ((w * 7 + batch * 13) % 40)));
              }
            },
            { timeout: 60_000 },
          );
        }
      })(),
    );
    let racing = true;
    const refreshes = (async () => {
      while (racing) {
        await stack.refreshHub();
        refreshesDone++;
      }
    })();
    await Promise.all(writers);
    racing = false;
    await refreshes;
    expect(refreshesDone).toBeGreaterThanOrEqual(3);
    await stack.refreshHub();
    expect(await copiesBehind()).toEqual([]);
    expect(rowsRead(await stack.refreshHub(), 'civil.registrations')).toBe(0);
  }, 120_000);

  onPostgres('copies every enrollment of an import that refreshes race', async () => {
    const pupils = await stack.dbs.education.pupil.findMany({ where: { childId: { not: null } }, include: { enrollments: { take: 1 } }, orderBy: { id: 'asc' } });
    const ddmmyyyy = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('/');
    // Later school years of the pupils the hub knows: enough rows for several import transactions.
    const years = Math.ceil((2.5 * BATCH_SIZE) / pupils.length);
    const rows = pupils.flatMap((pupil) =>
      Array.from({ length: years }, (_, y) =>
        [pupil.studentCode, pupil.fullName, ddmmyyyy(pupil.birthDate), pupil.sex === 'MALE' ? 'Nam' : 'Nữ', pupil.communeCode, pupil.enrollments[0]?.schoolCode ?? 'TH-HK-01',
          `${2030 + y}-${2031 + y}`, String(y % 13), 'Đang học', `05/09/${2030 + y}`].join(','),
      ),
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cg-capture-')), 'later-years.csv');
    writeFileSync(file, ['student_code,full_name,birth_date,sex,commune_code,school_code,school_year,grade,status,enrolled_on', ...rows].join('\n'));

    let racing = true;
    const refreshes = (async () => {
      while (racing) await stack.refreshHub();
    })();
    const { summary } = await importAndLink(findKind('education', 'enrollments')!, stack.dbs, { file, format: 'csv', dryRun: false, operator: 'capture-test', link: true });
    racing = false;
    await refreshes;
    expect(summary.status).toBe('COMPLETED');
    expect(summary.rowsRead - summary.rowsRejected).toBeGreaterThan(2 * BATCH_SIZE);

    await stack.refreshHub();
    const linkedEnrollments = await stack.dbs.education.enrollment.findMany({ where: { pupil: { childId: { not: null } } }, select: { id: true } });
    const copied = new Set((await stack.dbs.registry.schoolingFact.findMany({ select: { enrollmentId: true } })).map((f) => f.enrollmentId));
    expect(linkedEnrollments.filter((e) => !copied.has(e.id))).toEqual([]);
    expect(copied.size).toBe(linkedEnrollments.length);
  }, 120_000);

  it('a record deleted and created again with its id keeps its copy in the hub, whatever order the feeds are read in', async () => {
    const [, , record] = await registrations(3);
    const { id: _id, changeXid: _xid, ...rest } = record;
    await stack.dbs.civil.$transaction(async (tx) => {
      await tx.birthRegistration.delete({ where: { id: record.id } });
      await tx.birthRegistration.create({ data: { id: record.id, ...rest, updatedAt: new Date('2020-01-01') } });
    });
    // The tombstone of the deletion is forgotten when the id comes back.
    expect(await stack.dbs.civil.deletedRecord.count({ where: { recordId: record.id } })).toBe(0);
    await stack.refreshHub();
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(1);

    await stack.dbs.civil.birthRegistration.delete({ where: { id: record.id } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(0);
    await stack.dbs.civil.birthRegistration.create({ data: { id: record.id, ...rest } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(1);
  });
});
