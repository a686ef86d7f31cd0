import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { findKind } from '../../src/subgraphs/record-kinds';
import { BATCH_SIZE, rollbackImport, runImport, type ImportOptions } from '../../src/imports/run-import';
import { databaseUrl, openStorage, type Storage } from '../../src/db/storage';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';
import type { SubgraphDbs } from '../../src/subgraphs';
import { testDatabaseName, testStorageConfig } from './harness';

const fixtures = path.resolve(__dirname, '..', 'fixtures');
const kind = findKind('education', 'enrollments')!;
const work = mkdtempSync(path.join(tmpdir(), 'cg-import-'));
const copyFixture = (name: string) => {
  const target = path.join(work, name);
  copyFileSync(path.join(fixtures, name), target);
  return target;
};

let storage: Storage;
let dbs: SubgraphDbs;
const run = (file: string, options: Partial<ImportOptions> = {}) =>
  runImport(kind, dbs.education, dbs.registry, { file, format: file.endsWith('.xlsx') ? 'xlsx' : file.endsWith('.jsonl') ? 'jsonl' : 'csv', dryRun: false, operator: 'test-clerk', ...options });

async function referenceData(target: SubgraphDbs) {
  await target.education.school.createMany({
    data: [
      { code: 'TH-HK-01', name: 'Trường Tiểu học Hoàn Kiếm', level: 'PRIMARY', provinceCode: '01', communeCode: '00070' },
      { code: 'THCS-HK-01', name: 'Trường THCS Cửa Nam', level: 'LOWER_SECONDARY', provinceCode: '01', communeCode: '00073' },
    ],
    skipDuplicates: true,
  });
  const child = (n: number, personalId: string, fullName: string, birthDate: string, sex: 'MALE' | 'FEMALE') => ({
    id: `c_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, personalId, fullName, searchName: fullName, birthDate: new Date(birthDate), birthYear: Number(birthDate.slice(0, 4)), sex, provinceCode: '01', communeCode: '00070',
  });
  await target.registry.masterChild.createMany({
    data: [child(1, '001215000101', 'Nguyễn Văn An', '2015-03-05', 'MALE'), child(2, '001316000102', 'Lê Thị Bình', '2016-07-21', 'FEMALE'), child(3, '001214000103', 'Phạm Minh Châu', '2014-11-12', 'MALE')],
    skipDuplicates: true,
  });
}

beforeAll(async () => {
  storage = await openStorage(await testStorageConfig('imports'));
  dbs = await openSubgraphDbs(storage);
  await referenceData(dbs);
});
afterAll(async () => {
  await closeSubgraphDbs(dbs);
  await storage.close();
});

// A personal ID contradicting the row's sex is the agency's data: the row is imported, with a warning.
const EXPECTED_WARNINGS = [
  'enrollments.csv,15,Số định danh cá nhân,"personal ID 001215000109 is for a male person, but the row says female; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)"',
];

const EXPECTED_REJECTS = [
  'enrollments.csv,7,Họ và tên,is required',
  'enrollments.csv,8,Ngày sinh,"""31/02/2015"" is not a real date (day 31, month 2, year 2015)"',
  'enrollments.csv,9,Ngày sinh,01/01/2099 is in the future',
  'enrollments.csv,10,Ngày nhập học,is before the date of birth',
  'enrollments.csv,11,Trạng thái,"""Nghỉ"" is not one of: ENROLLED / Đang học / enrolled; TRANSFERRED / Chuyển trường / chuyển đi / transferred; DROPPED_OUT / Bỏ học / dropped out / dropout; COMPLETED / Hoàn thành / Hoàn thành chương trình / completed"',
  'enrollments.csv,12,Mã xã,"""99999"" is not a commune code of Decision 19/2025 (five digits, e.g. 00070)"',
  'enrollments.csv,13,Mã trường,"""TH-XX-99"" is not a school known to the education database"',
  'enrollments.csv,14,Số định danh cá nhân,"""00121500010A"" is not a personal ID number (12 digits: province, sex/century, year, serial)"',
  'enrollments.csv,16,Lớp,13 is out of range (0 to 12)',
  'enrollments.csv,17,Năm học,"""2025-2027"" is not a school year like 2025-2026"',
  'enrollments.csv,18,Ngày kết thúc,is before the enrollment date',
  'enrollments.csv,19,Lớp,"""năm"" is not a whole number"',
];

describe('importing enrollments', () => {
  it('a dry run reports every bad row and writes nothing', async () => {
    const file = copyFixture('enrollments.csv');
    const summary = await run(file, { dryRun: true });
    expect(summary).toMatchObject({ status: 'DRY_RUN', rowsRead: 18, rowsRejected: 12, rowsWithWarnings: 1, inserted: 0 });
    expect(readFileSync(`${file}.rejects.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n')).toEqual(['file,line,column,message', ...EXPECTED_REJECTS]);
    expect(readFileSync(`${file}.warnings.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n')).toEqual(['file,line,column,message', ...EXPECTED_WARNINGS]);
    expect(await dbs.education.pupil.count()).toBe(0);
    expect(await dbs.education.importRun.count()).toBe(0);
  });

  it('lands the good rows once, links those with a known personal ID and queues the rest', async () => {
    const file = copyFixture('enrollments.csv');
    const summary = await run(file);
    expect(summary).toMatchObject({ status: 'COMPLETED', rowsRead: 18, rowsRejected: 12, rowsWithWarnings: 1, inserted: 6, updated: 0, unchanged: 0, linked: 3, queuedForLinkage: 3 });
    expect(readFileSync(`${file}.rejects.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1)).toEqual(EXPECTED_REJECTS);
    const pupils = await dbs.education.pupil.findMany({ orderBy: { studentCode: 'asc' }, include: { enrollments: true } });
    expect(pupils.map((p) => [p.studentCode, p.fullName, p.enrollments.length])).toEqual([
      ['HS0001', 'Nguyễn Văn An', 1], ['HS0002', 'Lê Thị Bình', 1], ['HS0003', 'Phạm Minh Châu', 1], ['HS0004', 'Hoàng Thị Dung', 1], ['HS0005', 'Vũ Đức Em', 1], ['HS0109', 'Mai Thị Oanh', 1],
    ]);
    expect(pupils.find((p) => p.studentCode === 'HS0109')!.personalId).toBe('001215000109');
    expect(pupils.find((p) => p.studentCode === 'HS0004')!.enrollments[0]).toMatchObject({ status: 'DROPPED_OUT', endedOn: new Date('2026-03-10') });
    expect(pupils.filter((p) => p.childId).map((p) => p.studentCode)).toEqual(['HS0001', 'HS0002', 'HS0003']);
    expect(await dbs.registry.recordLink.count({ where: { recordKind: 'education.Pupil', method: 'PERSONAL_ID' } })).toBe(3);
    expect((await dbs.registry.pendingLink.findMany({ orderBy: { fullName: 'asc' } })).map((p) => p.fullName)).toEqual(['Hoàng Thị Dung', 'Mai Thị Oanh', 'Vũ Đức Em']);
    expect(await dbs.education.importRun.findFirst()).toMatchObject({ status: 'COMPLETED', agency: 'EDUCATION', operator: 'test-clerk', rowsRead: 18, rowsRejected: 12, rowsInserted: 6 });
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await dbs.education.enrollment.findMany({ orderBy: { id: 'asc' } });
    const summary = await run(copyFixture('enrollments.csv'));
    expect(summary.status).toBe('ALREADY_IMPORTED');
    expect(await dbs.education.enrollment.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await dbs.education.importRun.count()).toBe(1);
  });

  it('updates a changed row in a later file and keeps the previous version in history', async () => {
    const file = path.join(work, 'enrollments-later.csv');
    writeFileSync(file, readFileSync(path.join(fixtures, 'enrollments.csv'), 'utf8').replace('HS0005,Vũ Đức Em,30/06/2017,Nam,,Kinh,00070,Ngô Thị Lan,TH-HK-01,2025-2026,3,Đang học', 'HS0005,Vũ Đức Em,30/06/2017,Nam,,Kinh,00070,Ngô Thị Lan,TH-HK-01,2025-2026,3,Bỏ học'));
    const summary = await run(file);
    expect(summary).toMatchObject({ status: 'COMPLETED', inserted: 0, updated: 1, unchanged: 5 });
    const enrollment = await dbs.education.enrollment.findFirstOrThrow({ where: { pupil: { studentCode: 'HS0005' } } });
    expect(enrollment).toMatchObject({ status: 'DROPPED_OUT', version: 2 });
    const history = await dbs.education.recordHistory.findMany({ where: { recordId: enrollment.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ tableName: 'Enrollment', version: 1, data: expect.objectContaining({ status: 'ENROLLED' }) });
  });

  it('imports JSON lines, rejecting lines that are not JSON objects', async () => {
    const file = copyFixture('enrollments.jsonl');
    const summary = await run(file);
    expect(summary).toMatchObject({ status: 'COMPLETED', rowsRead: 7, rowsRejected: 2, inserted: 0, unchanged: 4, updated: 1 });
    expect(readFileSync(`${file}.rejects.csv`, 'utf8')).toContain('enrollments.jsonl,6,(row),this line is not valid JSON');
  });

  it('imports an Excel workbook with Vietnamese headers and dates as Excel serial numbers', async () => {
    const file = path.join(work, 'danh-sach-hoc-sinh.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Mã học sinh', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã xã', 'Mã trường', 'Năm học', 'Lớp', 'Trạng thái', 'Ngày nhập học']);
    // 42170 is 15/06/2015 and 45905 is 05/09/2025 in Excel's day numbering.
    sheet.addRow(['HS0301', 'Đinh Thị Yến', 42170, 'Nữ', '00070', 'TH-HK-01', '2025-2026', 5, 'Đang học', 45905]);
    sheet.addRow(['HS0302', 'Lương Văn Tú', new Date(Date.UTC(2014, 0, 20)), 'Nam', '00073', 'THCS-HK-01', '2025-2026', 6, 'Đang học', new Date(Date.UTC(2025, 8, 5))]);
    await workbook.xlsx.writeFile(file);
    const summary = await run(file);
    expect(summary).toMatchObject({ status: 'COMPLETED', rowsRead: 2, rowsRejected: 0, inserted: 2 });
    const pupil = await dbs.education.pupil.findUniqueOrThrow({ where: { studentCode: 'HS0301' }, include: { enrollments: true } });
    expect(pupil.birthDate).toEqual(new Date('2015-06-15'));
    expect(pupil.enrollments[0].enrolledOn).toEqual(new Date('2025-09-05'));
  });

  it('refuses a file without a required column, before writing anything', async () => {
    const file = path.join(work, 'no-school.csv');
    writeFileSync(file, 'Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Mã xã,Năm học,Lớp,Trạng thái,Ngày nhập học\nHS9,Ai Đó,01/01/2016,Nam,00070,2025-2026,4,Đang học,05/09/2025\n');
    await expect(run(file)).rejects.toThrow(/"school_code" column \(also accepted: Mã trường\); nothing was imported/);
  });
});

describe('rolling an import back', () => {
  const runOf = (fileName: string) => dbs.education.importRun.findFirstOrThrow({ where: { fileName } });

  it('removes what a run created and forgets its links; re-importing the file starts over', async () => {
    const workbook = await runOf('danh-sach-hoc-sinh.xlsx');
    const rolled = await rollbackImport(kind, dbs.education, dbs.registry, workbook.id);
    expect(rolled).toMatchObject({ restored: 0, deleted: 4 });
    expect(await dbs.education.pupil.count({ where: { studentCode: { in: ['HS0301', 'HS0302'] } } })).toBe(0);
    expect(await dbs.registry.pendingLink.count({ where: { fullName: { in: ['Đinh Thị Yến', 'Lương Văn Tú'] } } })).toBe(0);
    expect(await runOf('danh-sach-hoc-sinh.xlsx')).toMatchObject({ status: 'ROLLED_BACK' });
    const again = await run(path.join(work, 'danh-sach-hoc-sinh.xlsx'));
    expect(again).toMatchObject({ status: 'COMPLETED', inserted: 2, runId: workbook.id });
  });

  it('restores what a run changed to the version before it', async () => {
    // The JSON-lines run set HS0005 back to "Đang học"; before it, the later CSV had "Bỏ học".
    const jsonl = await runOf('enrollments.jsonl');
    const rolled = await rollbackImport(kind, dbs.education, dbs.registry, jsonl.id);
    expect(rolled).toMatchObject({ restored: 1, deleted: 0 });
    expect(await dbs.education.enrollment.findFirstOrThrow({ where: { pupil: { studentCode: 'HS0005' } } })).toMatchObject({ status: 'DROPPED_OUT', version: 2 });
  });
});

const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** The environment of `childgraph` processes over this test's own databases (`tag`), set up with the reference data. */
async function cliEnvironment(tag: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
  if (process.env.DATABASE_URL) {
    Object.assign(env, { DATABASE_URL: process.env.DATABASE_URL, CHILDGRAPH_DB_PREFIX: testDatabaseName(tag, 'registry').replace(/_registry$/, '') });
    const admin = await openStorage(await testStorageConfig(tag));
    await admin.close();
  } else env.CHILDGRAPH_DATA_DIR = path.join(work, `${tag}-data`);
  // The processes open the same databases; set them up (and drop stale ones) from here first.
  const setup = await openStorageForChild(env);
  const setupDbs = await openSubgraphDbs(setup);
  await referenceData(setupDbs);
  await closeSubgraphDbs(setupDbs);
  await setup.close();
  return env;
}

async function openStorageForChild(env: NodeJS.ProcessEnv): Promise<Storage> {
  if (env.CHILDGRAPH_DATA_DIR) return openStorage({ kind: 'embedded', dataDir: path.join(env.CHILDGRAPH_DATA_DIR, 'pglite') });
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, databaseUrl(env.DATABASE_URL!, `${env.CHILDGRAPH_DB_PREFIX}_${name}`)]));
  return openStorage({ kind: 'postgres', urls: urls as Record<(typeof SUBGRAPH_NAMES)[number], string> });
}

describe('an import killed mid-file', () => {
  it('leaves only whole batches, and a re-run completes it with no duplicates', async () => {
    const env = await cliEnvironment('killed');

    const rows = 12 * BATCH_SIZE + 137;
    const file = path.join(work, 'big.csv');
    const lines = ['student_code,full_name,birth_date,sex,commune_code,school_code,school_year,grade,status,enrolled_on'];
    for (let i = 0; i < rows; i++) lines.push(`K${String(i).padStart(6, '0')},Học Sinh ${i},01/01/2016,${i % 2 ? 'Nam' : 'Nữ'},00070,TH-HK-01,2025-2026,4,Đang học,05/09/2025`);
    writeFileSync(file, `${lines.join('\n')}\n`);

    // The import reports each committed batch on stderr; kill it right after the second one.
    const child = spawn(process.execPath, [cli, 'import', 'education', 'enrollments', file], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const committed = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const rowsCommitted = [...output.matchAll(/rows committed: (\d+)/g)].map((m) => Number(m[1]));
        if (rowsCommitted.some((n) => n >= 2 * BATCH_SIZE)) {
          child.kill('SIGKILL');
          resolve(Math.max(...rowsCommitted));
        }
      });
      child.on('exit', () => reject(new Error(`the import ended before it could be killed: ${output}`)));
    });
    await new Promise((resolve) => child.on('exit', resolve));

    const after = await countAfterKill(env);
    expect(after.committedThroughLine).toBeGreaterThanOrEqual(committed + 1);
    expect(after.enrollments).toBe(after.committedThroughLine - 1);
    expect(after.enrollments % BATCH_SIZE).toBe(0);
    expect(after.enrollments).toBeLessThan(rows);

    // --no-link: 12,137 namesakes born the same day would make this test about linkage.
    const rerun = spawnSync(process.execPath, [cli, 'import', 'education', 'enrollments', file, '--no-link'], { env, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const final = await countAfterKill(env);
    expect(final.enrollments).toBe(rows);
    expect(final.distinctPupils).toBe(rows);
    expect(final.status).toBe('COMPLETED');
  });

  async function countAfterKill(env: NodeJS.ProcessEnv) {
    const s = await openStorageForChild(env);
    const db = await s.executorFor('education');
    try {
      const [counts] = await db.query<{ enrollments: number; distinct_pupils: number }>('SELECT count(*)::int AS enrollments, count(DISTINCT "pupilId")::int AS distinct_pupils FROM "education"."Enrollment"');
      const [run] = await db.query<{ committedThroughLine: number; status: string }>('SELECT "committedThroughLine", "status"::text AS status FROM "education"."ImportRun" WHERE "fileName" = \'big.csv\'');
      return { enrollments: counts.enrollments, distinctPupils: counts.distinct_pupils, committedThroughLine: run.committedThroughLine, status: run.status };
    } finally {
      await db.close();
      await s.close();
    }
  }
});

describe('childgraph import links what its run queued', () => {
  it('runs the linkage engine over the run\'s queued records only, unless --no-link', async () => {
    const env = await cliEnvironment('importlink');
    const header = 'student_code,full_name,birth_date,sex,commune_code,mother_name,school_code,school_year,grade,status,enrolled_on';
    const file = (name: string, rows: string[]) => {
      const target = path.join(work, name);
      writeFileSync(target, `${[header, ...rows].join('\n')}\n`);
      return target;
    };
    // Another import's record, still waiting: this run must leave it to childgraph link.
    const other = await openStorageForChild(env);
    const otherDbs = await openSubgraphDbs(other);
    await otherDbs.registry.pendingLink.create({
      data: { id: '00000000-0000-4000-8000-00000000abcd', agency: 'HEALTH', recordKind: 'health.Patient', sourceRecordId: '00000000-0000-4000-8000-00000000dcba', fullName: 'Đỗ Văn Khoa', birthDate: new Date('2015-04-04'), sex: 'MALE', communeCode: '00070' },
    });
    await closeSubgraphDbs(otherDbs);
    await other.close();

    // No personal IDs: the master index knows Nguyễn Văn An (spelt without diacritics here); the other child is new, listed twice by two schools.
    const linked = spawnSync(process.execPath, [cli, 'import', 'education', 'enrollments', file('link-run.csv', [
      'LK0001,NGUYEN van AN,05/03/2015,Nam,00070,,TH-HK-01,2025-2026,5,Đang học,05/09/2025',
      'LK0002,Khổng Minh Triết,03/02/2016,Nam,00070,Mạc Thị Huệ,TH-HK-01,2025-2026,4,Đang học,05/09/2025',
      'LK0003,KHONG minh TRIET,03/02/2016,Nam,00070,Mac Thi Hue,THCS-HK-01,2025-2026,4,Đang học,05/09/2025',
    ])], { env, encoding: 'utf8' });
    expect({ status: linked.status, stderr: linked.status === 0 ? '' : linked.stderr }).toEqual({ status: 0, stderr: '' });
    expect(linked.stdout).toMatch(/3 queued for linkage/);
    expect(linked.stdout).toMatch(/Linked 3 pending records in [\d.]+ s: 0 by personal ID, 2 probabilistic, 0 to review \(linkReviewQueue\), 1 new children; 3 agency records updated/);

    const skipped = spawnSync(process.execPath, [cli, 'import', 'education', 'enrollments', file('no-link-run.csv', ['LK0004,Tạ Thị Mơ,09/09/2016,Nữ,00070,,TH-HK-01,2025-2026,4,Đang học,05/09/2025']), '--no-link'], { env, encoding: 'utf8' });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/1 records wait in the linkage queue: run childgraph link/);

    const check = await openStorageForChild(env);
    const checkDbs = await openSubgraphDbs(check);
    try {
      const pupils = new Map((await checkDbs.education.pupil.findMany({ where: { studentCode: { startsWith: 'LK' } } })).map((p) => [p.studentCode, p]));
      expect(pupils.get('LK0001')!.childId).toBe('c_00000000-0000-4000-8000-000000000001');
      expect(pupils.get('LK0002')!.childId).toMatch(/^c_/);
      expect(pupils.get('LK0003')!.childId).toBe(pupils.get('LK0002')!.childId);
      expect(pupils.get('LK0004')!.childId).toBeNull();
      const queue = await checkDbs.registry.pendingLink.findMany({ orderBy: { recordKind: 'asc' } });
      expect(queue.map((q) => [q.recordKind, q.sourceRecordId])).toEqual([['education.Pupil', pupils.get('LK0004')!.id], ['health.Patient', '00000000-0000-4000-8000-00000000dcba']]);
      const links = await checkDbs.registry.recordLink.findMany({ where: { sourceRecordId: { in: ['LK0001', 'LK0002', 'LK0003'].map((code) => pupils.get(code)!.id) } } });
      expect(links.map((l) => l.method).sort()).toEqual(['NEW_CHILD', 'PROBABILISTIC', 'PROBABILISTIC']);
    } finally {
      await closeSubgraphDbs(checkDbs);
      await check.close();
    }
  });
});

describe('childgraph import with a personal ID that contradicts its row', () => {
  it('imports the row, lists it as a warning (not a reject) and does not link it to the child owning the ID', async () => {
    const env = await cliEnvironment('importwarn');
    const file = path.join(work, 'warn-run.csv');
    // 001215000101 is Nguyễn Văn An's (a boy born in 2015); this row is a girl with another name.
    writeFileSync(file, 'student_code,full_name,birth_date,sex,personal_id,commune_code,school_code,school_year,grade,status,enrolled_on\nWN0001,Khúc Thị Nhạn,05/03/2015,Nữ,001215000101,00070,TH-HK-01,2025-2026,5,Đang học,05/09/2025\n');
    const result = spawnSync(process.execPath, [cli, 'import', 'education', 'enrollments', file], { env, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/1 rows read, 0 rejected, 1 imported with a warning\./);
    expect(result.stdout).toContain(`Rows imported with a warning, with line, column and reason: ${file}.warnings.csv`);
    expect(result.stdout).not.toContain('Rejected rows');
    expect(readFileSync(`${file}.warnings.csv`, 'utf8')).toContain('warn-run.csv,2,personal_id,"personal ID 001215000101 is for a male person, but the row says female;');
    const check = await openStorageForChild(env);
    const checkDbs = await openSubgraphDbs(check);
    try {
      const pupil = await checkDbs.education.pupil.findUniqueOrThrow({ where: { studentCode: 'WN0001' } });
      expect(pupil.personalId).toBe('001215000101');
      expect(pupil.childId).toMatch(/^c_/);
      expect(pupil.childId).not.toBe('c_00000000-0000-4000-8000-000000000001');
      expect(await checkDbs.education.importRun.findFirst({ where: { fileName: 'warn-run.csv' } })).toMatchObject({ rowsRead: 1, rowsRejected: 0, rowsInserted: 1 });
    } finally {
      await closeSubgraphDbs(checkDbs);
      await check.close();
    }
  });
});
