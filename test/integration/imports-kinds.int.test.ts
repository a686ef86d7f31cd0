import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeSubgraphDbs, openSubgraphDbs } from '../../src/subgraphs/open-dbs';
import { findKind } from '../../src/subgraphs/record-kinds';
import { rollbackImport, runImport, type ImportSummary } from '../../src/imports/run-import';
import { openStorage, type Storage } from '../../src/db/storage';
import type { SubgraphDbs } from '../../src/subgraphs';
import { testStorageConfig } from './harness';

/**
 * The record kinds of identity, civil, health (disabilities, insurance) and protection: each fixture
 * holds good rows and every kind of bad row the kind knows; the rejects are asserted exactly.
 */
const work = mkdtempSync(path.join(tmpdir(), 'cg-import-kinds-'));
let storage: Storage;
let dbs: SubgraphDbs;

beforeAll(async () => {
  storage = await openStorage(await testStorageConfig('importkinds'));
  dbs = await openSubgraphDbs(storage);
  await dbs.registry.masterChild.create({
    data: { id: 'c_00000000-0000-4000-8000-000000000001', personalId: '001215000101', fullName: 'Nguyễn Văn An', searchName: 'nguyen van an', birthDate: new Date('2015-03-05'), birthYear: 2015, sex: 'MALE', provinceCode: '01', communeCode: '00070' },
  });
});
afterAll(async () => {
  await closeSubgraphDbs(dbs);
  await storage.close();
});

interface Case {
  subgraph: 'identity' | 'civil' | 'health' | 'protection';
  kind: string;
  fixture: string;
  summary: Partial<ImportSummary>;
  rejects: string[];
  /** Rows imported with a warning, as the warnings file lists them (none when absent). */
  warnings?: string[];
  /** A record the fixture lands once, how to find it, and one cell edit that changes it. */
  landed: () => Promise<{ id: string; version: number; childId?: string | null }[]>;
  change: [string, string];
  changed: () => Promise<{ id: string; version: number }>;
  /** What must exist before the file is imported. */
  setup?: () => Promise<void>;
}

const GROUPS =
  'ORPHANED_BOTH_PARENTS / Mồ côi cả cha và mẹ / Mồ côi cha mẹ / orphaned; ABANDONED / Bị bỏ rơi / abandoned; WITHOUT_CARER / Không nơi nương tựa / without carer; DISABLED / Khuyết tật / disabled; LIVING_WITH_HIV / Nhiễm HIV/AIDS / Sống chung với HIV/AIDS / HIV; IN_CONFLICT_WITH_LAW / Vi phạm pháp luật / in conflict with the law; DRUG_ADDICTED / Nghiện ma túy / drug addicted; DROPPED_OUT_TO_WORK / Bỏ học kiếm sống / dropped out to work; SEVERELY_HARMED_BY_VIOLENCE / Bị bạo lực / Bị tổn hại nghiêm trọng do bạo lực / harmed by violence; EXPLOITED / Bị bóc lột / exploited; SEXUALLY_ABUSED / Bị xâm hại tình dục / sexually abused; TRAFFICKED / Bị mua bán / trafficked; SERIOUS_ILLNESS_POOR_HOUSEHOLD / Bệnh hiểm nghèo thuộc hộ nghèo / Mắc bệnh hiểm nghèo / serious illness; MIGRANT_OR_REFUGEE_UNACCOMPANIED / Di cư, lánh nạn chưa xác định được cha mẹ / Di cư không người đi kèm / unaccompanied migrant';

const STEPS =
  'RECEPTION / Tiếp nhận / reception; FIRST_AID / Sơ cứu / first aid; HEALTH_SCREENING / Khám sức khỏe / health screening; HANDOVER / Bàn giao / handover; PUBLIC_NOTICE / Thông báo tìm người thân / Niêm yết thông báo / public notice; BIRTH_REGISTRATION / Đăng ký khai sinh / birth registration; RESIDENCE_REGISTRATION / Đăng ký cư trú / residence registration; HEALTH_INSURANCE / Cấp thẻ BHYT / Bảo hiểm y tế / health insurance; ALTERNATIVE_CARE / Chăm sóc thay thế / alternative care';

const CASES: Case[] = [
  {
    subgraph: 'identity', kind: 'persons', fixture: 'persons.csv',
    // A personal ID contradicting sex or birth year is imported with a warning, and linked by the other fields.
    summary: { rowsRead: 13, rowsRejected: 8, rowsWithWarnings: 2, inserted: 5, linked: 1, queuedForLinkage: 3 },
    warnings: [
      'persons.csv,6,Số định danh cá nhân,"personal ID 001315000103 is for a female person, but the row says male; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)"',
      'persons.csv,7,Số định danh cá nhân,"personal ID 001214000104 says born in 2014, but the row says 2015; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)"',
    ],
    rejects: [
      'persons.csv,5,Số định danh cá nhân,is required',
      'persons.csv,8,Ngày sinh,01/01/2099 is in the future',
      'persons.csv,8,Ngày đăng ký,01/01/2099 is in the future',
      'persons.csv,9,Ngày đăng ký,is before the date of birth',
      'persons.csv,10,Mã xã,"""99999"" is not a commune code of Decision 19/2025 (five digits, e.g. 00070)"',
      'persons.csv,11,Loại cư trú,"""Lưu trú"" is not one of: PERMANENT / Thường trú / permanent; TEMPORARY / Tạm trú / temporary"',
      'persons.csv,12,Ngày đăng ký,"""32/01/2020"" is not a real date (day 32, month 1, year 2020)"',
      'persons.csv,13,Ngày kết thúc,is before the registration date',
      'persons.csv,14,Dân tộc,is required',
      'persons.csv,14,Quốc tịch,"""Việt Nam"" is not a two-letter country code (e.g. VN)"',
      'persons.csv,14,Địa chỉ,is required',
    ],
    landed: () => dbs.identity.person.findMany({ where: { personalId: { in: ['001215000101', '001316000102'] } } }),
    change: ['12 Hàng Bạc', '14 Hàng Bạc'],
    changed: () => dbs.identity.residence.findFirstOrThrow({ where: { address: '14 Hàng Bạc' } }),
  },
  {
    subgraph: 'identity', kind: 'households', fixture: 'households.csv',
    // A member whose personal ID contradicts the birth year is kept, with a warning.
    summary: { rowsRead: 8, rowsRejected: 5, rowsWithWarnings: 1, inserted: 3, linked: 0, queuedForLinkage: 0 },
    warnings: [
      'households.csv,7,Số định danh cá nhân,"personal ID 001215000102 says born in 2015, but the row says 2016; imported and flagged IDENTITY_MISMATCH, linked by the other fields (not by this number)"',
    ],
    rejects: [
      'households.csv,4,Số hộ khẩu,is required',
      'households.csv,5,Mã xã,"""99999"" is not a commune code of Decision 19/2025 (five digits, e.g. 00070)"',
      `households.csv,6,Năm sinh,2099 is out of range (1900 to ${new Date().getUTCFullYear()})`,
      'households.csv,8,Số định danh cá nhân,"""12345"" is not a personal ID number (12 digits: province, sex/century, year, serial)"',
      'households.csv,9,Họ tên thành viên,is required',
      'households.csv,9,Quan hệ với chủ hộ,is required',
    ],
    landed: () => dbs.identity.householdMember.findMany({ where: { household: { householdNumber: 'HK-00070-001' } } }),
    change: ['Nguyễn Văn An,Con,', 'Nguyễn Văn An,Con trai,'],
    changed: () => dbs.identity.householdMember.findFirstOrThrow({ where: { relationToHead: 'Con trai' } }),
  },
  {
    subgraph: 'civil', kind: 'births', fixture: 'births.csv',
    summary: { rowsRead: 10, rowsRejected: 7, inserted: 3, linked: 2, queuedForLinkage: 1 },
    rejects: [
      'births.csv,5,Số đăng ký,is required',
      'births.csv,6,Ngày đăng ký,is before the date of birth',
      'births.csv,7,Mã xã đăng ký,"""12345"" is not a commune code of Decision 19/2025 (five digits, e.g. 00070)"',
      'births.csv,8,Số định danh của mẹ,"""12345"" is not a personal ID number (12 digits: province, sex/century, year, serial)"',
      'births.csv,9,Giới tính,"""X"" is not one of: MALE / Nam / M / male / trai; FEMALE / Nữ / F / female / gái"',
      'births.csv,10,Ngày đăng ký,01/01/2099 is in the future',
      'births.csv,11,Họ và tên,is required',
      'births.csv,11,Nơi sinh,is required',
    ],
    landed: () => dbs.civil.birthRegistration.findMany({ where: { registeringCommuneCode: '00070', registerBook: { in: ['01/2015', '01/2016'] } } }),
    change: ['Nguyễn Văn Hòa', 'Nguyễn Văn Hoà Bình'],
    changed: () => dbs.civil.birthRegistration.findFirstOrThrow({ where: { fatherName: 'Nguyễn Văn Hoà Bình' } }),
  },
  {
    subgraph: 'civil', kind: 'adoptions', fixture: 'adoptions.csv',
    summary: { rowsRead: 10, rowsRejected: 8, inserted: 2, linked: 0, queuedForLinkage: 0 },
    rejects: [
      'adoptions.csv,4,Số đăng ký khai sinh,no birth registration 999 in book 01/2016 of commune 00070 is known',
      'adoptions.csv,5,Ngày phê duyệt,is required when the status is APPROVED',
      'adoptions.csv,6,Ngày nộp hồ sơ,is before the date of birth',
      'adoptions.csv,7,Ngày phê duyệt,is before the application date',
      'adoptions.csv,8,Hình thức nuôi con nuôi,"""Nội địa"" is not one of: DOMESTIC / Trong nước / domestic; INTERCOUNTRY / Có yếu tố nước ngoài / Nước ngoài / intercountry"',
      'adoptions.csv,9,Trạng thái,"""Đang xử lý"" is not one of: APPLIED / Đã nộp hồ sơ / Nộp hồ sơ / applied; APPROVED / Đã phê duyệt / Phê duyệt / approved; REGISTERED / Đã đăng ký / Đăng ký / registered; REVOKED / Đã chấm dứt / Chấm dứt / revoked"',
      'adoptions.csv,10,Cơ quan giải quyết,is required',
      'adoptions.csv,11,Ngày nộp hồ sơ,01/01/2099 is in the future',
    ],
    landed: () => dbs.civil.adoption.findMany(),
    change: ['QĐ-123/2020', 'QĐ-124/2020'],
    changed: () => dbs.civil.adoption.findFirstOrThrow({ where: { decisionNumber: 'QĐ-124/2020' } }),
  },
  {
    subgraph: 'health', kind: 'disabilities', fixture: 'disabilities.csv',
    summary: { rowsRead: 8, rowsRejected: 6, inserted: 2, linked: 1, queuedForLinkage: 1 },
    rejects: [
      'disabilities.csv,4,Ngày cấp giấy xác nhận,is required when a certificate level is given',
      'disabilities.csv,5,Ngày phát hiện,is before the date of birth',
      'disabilities.csv,6,Mức độ khuyết tật,"""Rất nặng"" is not one of: MILD / Nhẹ / mild; SEVERE / Nặng / severe; ESPECIALLY_SEVERE / Đặc biệt nặng / especially severe"',
      'disabilities.csv,7,Ngày cấp giấy xác nhận,is before the detection date',
      'disabilities.csv,8,Dạng khuyết tật,is required',
      'disabilities.csv,9,Ngày sinh,"""05-13-2015"" is not a real date (day 5, month 13, year 2015)"',
    ],
    landed: () => dbs.health.patient.findMany({ where: { recordNumber: { in: ['HSK-0201', 'HSK-0202'] } } }),
    change: ['Khuyết tật nghe nói', 'Khuyết tật nghe và nói'],
    changed: () => dbs.health.disability.findFirstOrThrow({ where: { kind: 'Khuyết tật nghe và nói' } }),
  },
  {
    subgraph: 'health', kind: 'insurance', fixture: 'insurance.csv',
    summary: { rowsRead: 8, rowsRejected: 6, inserted: 2, linked: 0, queuedForLinkage: 2 },
    rejects: [
      'insurance.csv,4,Mã thẻ BHYT,"""TE101"" is not a health-insurance card code (two letters and 13 digits, e.g. TE1010012345678)"',
      'insurance.csv,5,Giá trị đến ngày,is not after the date the card became valid',
      'insurance.csv,6,Trẻ dưới 6 tuổi,the child was six or older when the card became valid',
      'insurance.csv,7,Giá trị từ ngày,is before the date of birth',
      'insurance.csv,8,Trẻ dưới 6 tuổi,"""Chưa rõ"" is not one of: YES / Có / yes / true / 1 / x; NO / Không / no / false / 0"',
      'insurance.csv,9,Mã thẻ BHYT,is required',
    ],
    landed: () => dbs.health.insuranceCard.findMany({ where: { cardNumber: { in: ['TE1010012345678', 'HS4010012345679'] } } }),
    change: ['01/01/2025,31/12/2025,Không', '01/01/2025,31/12/2026,Không'],
    changed: () => dbs.health.insuranceCard.findFirstOrThrow({ where: { cardNumber: 'HS4010012345679', validTo: new Date('2026-12-31') } }),
  },
  {
    subgraph: 'protection', kind: 'circumstances', fixture: 'circumstances.csv',
    summary: { rowsRead: 9, rowsRejected: 6, inserted: 3, linked: 1, queuedForLinkage: 1 },
    rejects: [
      `circumstances.csv,5,Nhóm hoàn cảnh đặc biệt,"""Nghèo"" is not one of: ${GROUPS}"`,
      'circumstances.csv,6,Ngày xác định,is before the date of birth',
      'circumstances.csv,7,Ngày kết thúc,is before the date it was identified',
      'circumstances.csv,8,Trạng thái xác minh,"""Đang xác minh"" is not one of: COLLECTED / Đã thu thập / Thu thập / collected; CHECKED / Đã kiểm tra / Kiểm tra / checked; RECHECKED / Đã phúc tra / Phúc tra / rechecked"',
      'circumstances.csv,9,Mã hồ sơ trẻ em,is required',
      'circumstances.csv,10,Ngày xác định,01/01/2099 is in the future',
    ],
    landed: () => dbs.protection.childProfile.findMany({ where: { profileNumber: { in: ['TE-00070-001', 'TE-00070-002'] } } }),
    change: ['01/06/2023,,Đã kiểm tra', '01/06/2023,,Đã phúc tra'],
    changed: () => dbs.protection.specialCircumstance.findFirstOrThrow({ where: { verification: 'RECHECKED' } }),
  },
  {
    subgraph: 'protection', kind: 'reception-steps', fixture: 'reception-steps.csv',
    summary: { rowsRead: 9, rowsRejected: 7, inserted: 2, linked: 0, queuedForLinkage: 0 },
    rejects: [
      'reception-steps.csv,4,Mã hồ sơ trẻ em,profile TE-00070-001 has no abandoned-child reception file',
      `reception-steps.csv,5,Bước,"""Đi học"" is not one of: ${STEPS}"`,
      'reception-steps.csv,6,Hạn hoàn thành,is before the day the child was found',
      'reception-steps.csv,7,Ngày hoàn thành,is before the day the child was found',
      'reception-steps.csv,8,Ngày hoàn thành,01/01/2099 is in the future',
      'reception-steps.csv,9,Mã hồ sơ trẻ em,is required',
      'reception-steps.csv,10,Hạn hoàn thành,is required',
    ],
    setup: async () => {
      const profile = await dbs.protection.childProfile.findUniqueOrThrow({ where: { profileNumber: 'TE-00070-002' } });
      await dbs.protection.abandonmentCase.create({
        data: { profileId: profile.id, foundAt: new Date('2025-10-01T08:00:00Z'), foundPlace: 'Cổng chùa', foundByName: 'Nguyễn Thị Hoa', foundByKind: 'RESIDENT', receivingCommuneCode: '00070' },
      });
    },
    landed: () => dbs.protection.receptionStep.findMany(),
    change: ['Khám sức khỏe,03/10/2025,,', 'Khám sức khỏe,03/10/2025,04/10/2025,'],
    changed: () => dbs.protection.receptionStep.findFirstOrThrow({ where: { step: 'HEALTH_SCREENING', completedOn: { not: null } } }),
  },
];

const rejectLines = (file: string, what = 'rejects') => readFileSync(`${file}.${what}.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1);

describe.each(CASES)('importing $subgraph $kind', (c) => {
  const kind = findKind(c.subgraph, c.kind)!;
  const db = () => dbs[c.subgraph];
  const run = (file: string) => runImport(kind, db(), dbs.registry, { file, format: 'csv', dryRun: false, operator: 'clerk' });
  const file = path.join(work, c.fixture);

  it('lands the good rows once, reports each bad one, links by personal ID and queues the rest', async () => {
    await c.setup?.();
    copyFileSync(path.resolve(__dirname, '..', 'fixtures', c.fixture), file);
    expect(await run(file)).toMatchObject({ status: 'COMPLETED', ...c.summary });
    expect(rejectLines(file)).toEqual(c.rejects);
    expect(rejectLines(file, 'warnings')).toEqual(c.warnings ?? []);
    const landed = await c.landed();
    expect(landed).toHaveLength(2);
    expect(landed.every((r) => r.version === 1)).toBe(true);
  });

  it('changes nothing for the same file, keeps the previous version of a changed row, and rolls that back', async () => {
    expect((await run(file)).status).toBe('ALREADY_IMPORTED');
    const later = path.join(work, `later-${c.fixture}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(c.change[0]);
    writeFileSync(later, text.replace(c.change[0], c.change[1]));
    expect(await run(later)).toMatchObject({ status: 'COMPLETED', inserted: 0, updated: 1, rowsRejected: c.summary.rowsRejected });
    const changed = await c.changed();
    expect(changed.version).toBe(2);
    const runId = (await db().importRun.findFirstOrThrow({ where: { fileName: `later-${c.fixture}` } })).id;
    // RecordHistory is the same model in every subgraph; TypeScript cannot call a union of delegates.
    const history = await (db() as typeof dbs.health).recordHistory.findMany({ where: { importRunId: runId } });
    expect(history.map((h) => ({ recordId: h.recordId, version: h.version }))).toEqual([{ recordId: changed.id, version: 1 }]);
    expect(await rollbackImport(kind, db(), dbs.registry, runId)).toMatchObject({ restored: 1, deleted: 0 });
    await expect(c.changed()).rejects.toThrow();
    expect((await c.landed()).every((r) => r.version === 1)).toBe(true);
  });
});

it('leaves a second birth registration of one child without the child id rather than failing (the registry lists both)', async () => {
  const child = 'c_00000000-0000-4000-8000-000000000001';
  expect(await dbs.civil.birthRegistration.count({ where: { childId: child } })).toBe(1);
  expect(await dbs.registry.recordLink.count({ where: { childId: child, recordKind: 'civil.BirthRegistration' } })).toBe(2);
});

it('joins a known person to the household a member row names, with the child id of the person', async () => {
  const person = await dbs.identity.person.findUniqueOrThrow({ where: { personalId: '001215000101' }, include: { household: true } });
  expect(person.household?.householdNumber).toBe('HK-00070-001');
  expect((await dbs.identity.householdMember.findFirstOrThrow({ where: { personalId: '001215000101' } })).childId).toBe('c_00000000-0000-4000-8000-000000000001');
});

it('gives a reception file a new version whenever an import changes its steps, so an officer working from an older read is refused', async () => {
  const file = await dbs.protection.abandonmentCase.findFirstOrThrow({ where: { profile: { profileNumber: 'TE-00070-002' } } });
  // Created at 1; the first file added two steps, the later one changed one (a rollback never goes back).
  expect(file.version).toBe(3);
});
