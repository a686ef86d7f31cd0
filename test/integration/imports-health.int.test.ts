import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { findKind } from '../../src/subgraphs/record-kinds';
import { rollbackImport, runImport } from '../../src/imports/run-import';
import { openStorage, type Storage } from '../../src/db/storage';
import type { SubgraphDbs } from '../../src/subgraphs';
import { testStorageConfig } from './harness';

/** The second record kind: a health station's screening register (Patient + Screening). */
const kind = findKind('health', 'screenings')!;
const work = mkdtempSync(path.join(tmpdir(), 'cg-import-health-'));
const fixture = path.resolve(__dirname, '..', 'fixtures', 'screenings.csv');

let storage: Storage;
let dbs: SubgraphDbs;
const run = (file: string) => runImport(kind, dbs.health, dbs.registry, { file, format: 'csv', dryRun: false, operator: 'station-clerk' });

beforeAll(async () => {
  storage = await openStorage(await testStorageConfig('importhealth'));
  dbs = await openSubgraphDbs(storage);
  await dbs.registry.masterChild.create({
    data: { id: 'c_00000000-0000-4000-8000-000000000001', personalId: '001215000101', fullName: 'Nguyễn Văn An', searchName: 'nguyen van an', birthDate: new Date('2015-03-05'), birthYear: 2015, sex: 'MALE', provinceCode: '01', communeCode: '00070' },
  });
});
afterAll(async () => {
  await closeSubgraphDbs(dbs);
  await storage.close();
});

describe('importing health screenings', () => {
  it('lands the good rows, reports each bad one, links by personal ID and queues the rest', async () => {
    const file = path.join(work, 'screenings.csv');
    copyFileSync(fixture, file);
    const summary = await run(file);
    expect(summary).toMatchObject({ status: 'COMPLETED', rowsRead: 10, rowsRejected: 7, inserted: 3, linked: 1, queuedForLinkage: 2 });
    expect(readFileSync(`${file}.rejects.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1)).toEqual([
      'screenings.csv,5,Ngày khám,01/01/2099 is in the future',
      'screenings.csv,6,Ngày khám,is before the date of birth',
      'screenings.csv,7,Loại khám,"""Khám tổng quát"" is not one of: NEWBORN / Sơ sinh / newborn; PERIODIC / Định kỳ / periodic; SCHOOL / Học đường / Y tế học đường / school"',
      'screenings.csv,8,Chiều cao (cm),350 is out of range (30 to 200)',
      'screenings.csv,9,Cân nặng (kg),"""nặng"" is not a number"',
      'screenings.csv,10,Tình trạng dinh dưỡng,"""Suy kiệt"" is not one of: NORMAL / Bình thường / normal; STUNTED / Thấp còi / stunted; WASTED / Gầy còm / wasted; UNDERWEIGHT / Nhẹ cân / Suy dinh dưỡng nhẹ cân / underweight; OVERWEIGHT / Thừa cân / Béo phì / overweight"',
      'screenings.csv,11,Mã cơ sở,is required',
      'screenings.csv,11,Tiêm chủng đầy đủ,"""Chưa rõ"" is not one of: YES / Có / yes / true / 1 / x; NO / Không / no / false / 0"',
    ]);
    const bình = await dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'HSK-0002' }, include: { screenings: true } });
    expect(bình.screenings[0]).toMatchObject({ kind: 'SCHOOL', nutritionStatus: 'STUNTED', vaccinationComplete: false, referredTo: 'Bệnh viện Nhi Trung ương' });
    expect(Number((await dbs.health.screening.findFirstOrThrow({ where: { patient: { recordNumber: 'HSK-0001' } } })).heightCm)).toBe(128.5);
    expect((await dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'HSK-0001' } })).childId).toBe('c_00000000-0000-4000-8000-000000000001');
  });

  it('changes nothing for the same file, updates a re-measured child in a later one, and rolls that back', async () => {
    expect((await run(path.join(work, 'screenings.csv'))).status).toBe('ALREADY_IMPORTED');
    const later = path.join(work, 'screenings-corrected.csv');
    writeFileSync(later, readFileSync(fixture, 'utf8').replace('112,18.2,Thấp còi', '113,18.9,Thấp còi'));
    expect(await run(later)).toMatchObject({ status: 'COMPLETED', inserted: 0, updated: 1, unchanged: 2 });
    const screening = await dbs.health.screening.findFirstOrThrow({ where: { patient: { recordNumber: 'HSK-0002' } } });
    expect({ height: Number(screening.heightCm), version: screening.version }).toEqual({ height: 113, version: 2 });
    const runId = (await dbs.health.importRun.findFirstOrThrow({ where: { fileName: 'screenings-corrected.csv' } })).id;
    expect(await rollbackImport(kind, dbs.health, dbs.registry, runId)).toMatchObject({ restored: 1, deleted: 0 });
    const restored = await dbs.health.screening.findUniqueOrThrow({ where: { id: screening.id } });
    expect({ height: Number(restored.heightCm), version: restored.version }).toEqual({ height: 112, version: 1 });
  });
});
