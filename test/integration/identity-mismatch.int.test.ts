import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importAndLink } from '../../src/cli/import.command';
import { formatPersonalId, parsePersonalId } from '../../src/domain/personal-id';
import { formatOf } from '../../src/imports/formats';
import { linkRecords } from '../../src/linkage/link-records';
import { runPendingLinkage } from '../../src/linkage/run-link';
import { findKind } from '../../src/subgraphs/record-kinds';
import type { SubgraphName } from '../../src/subgraphs/subgraph-names';
import { startTestStack, type TestStack } from './harness';

/**
 * A record is never lost for disagreeing with itself (a personal ID contradicting its sex or birth
 * year: imported with a warning, linked by its other fields, listed under IDENTITY_MISMATCH), and a
 * person's linkage decision stands (a split is not undone by a re-import or a linkage run).
 */
const work = mkdtempSync(path.join(tmpdir(), 'cg-identity-mismatch-'));
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('idmismatch', 40);
  await stack.dbs.education.school.create({ data: { code: 'TH-HK-01', name: 'Trường Tiểu học Hoàn Kiếm', level: 'PRIMARY', provinceCode: '01', communeCode: '00070' } });
}, 120_000);
afterAll(() => stack?.close());

const csv = (name: string, lines: string[]) => {
  const target = path.join(work, name);
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
};
const importFile = (subgraph: SubgraphName, name: string, file: string) =>
  importAndLink(findKind(subgraph, name)!, stack.dbs, { file, format: formatOf(file), dryRun: false, operator: 'test-clerk', link: true });
const warningLines = (file: string) => readFileSync(`${file}.warnings.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1);
const day = (date: Date) => date.toISOString().slice(0, 10);
const sexCell = (sex: string) => (sex === 'MALE' ? 'Nam' : 'Nữ');

/** A child nobody knows, born 05/03/2015, female, whose personal ID says male: one per kind. */
const newChild = (n: number) => ({ name: `Khúc Thị Nhạn ${['An', 'Bích', 'Cúc', 'Dao', 'Huệ'][n]}`, pid: formatPersonalId('001', 'MALE', 2015, 990_000 + n), mother: `Lều Thị Mơ ${n}` });

const HEADERS = {
  screenings: 'record_number,full_name,birth_date,sex,personal_id,commune_code,mother_name,Ngày khám,Mã cơ sở,Tên cơ sở,Loại khám,Chiều cao (cm),Cân nặng (kg),Tình trạng dinh dưỡng,Tiêm chủng đầy đủ,Kết quả khám,Chuyển tuyến',
  enrollments: 'student_code,full_name,birth_date,sex,personal_id,ethnicity,commune_code,mother_name,school_code,school_year,grade,status,enrolled_on,ended_on',
  circumstances: 'Mã hồ sơ trẻ em,full_name,birth_date,sex,personal_id,commune_code,mother_name,Nhóm hoàn cảnh đặc biệt,Ngày xác định,Ngày kết thúc,Trạng thái xác minh',
  births: 'registering_commune_code,register_book,registration_number,registered_on,full_name,birth_date,sex,personal_id,place_of_birth,mother_name,mother_personal_id,father_name,father_personal_id',
  persons: 'personal_id,full_name,birth_date,sex,Dân tộc,Quốc tịch,Loại cư trú,commune_code,Địa chỉ,Ngày đăng ký,Ngày kết thúc',
};
const screeningRow = (number: string, c: { name: string; birth: string; sex: string; pid: string; commune: string; mother: string }, height = '128,5') =>
  `${number},${c.name},${c.birth},${c.sex},${c.pid},${c.commune},${c.mother},12/10/2025,TYT00070,Trạm Y tế phường Hoàn Kiếm,Học đường,"${height}",25.4,Bình thường,Có,,`;

describe('a record whose personal ID contradicts its sex or birth year', () => {
  const made: { kind: string; recordKind: string; sourceRecordId: string }[] = [];
  let owner: { id: string; personalId: string | null };
  let namesake: { id: string };
  let patientOfNamesake: string;

  it('is imported from each agency kind with a warning, and linked by its other fields, never by that ID', async () => {
    const files: [SubgraphName, string, string[], (file: string) => Promise<string>][] = [
      ['health', 'screenings', [HEADERS.screenings, screeningRow('HSK-IM-0', { ...newChild(0), birth: '05/03/2015', sex: 'Nữ', commune: '00070' })],
        async () => (await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'HSK-IM-0' } })).id],
      ['education', 'enrollments', [HEADERS.enrollments, `HS-IM-1,${newChild(1).name},05/03/2015,Nữ,${newChild(1).pid},Kinh,00070,${newChild(1).mother},TH-HK-01,2025-2026,5,Đang học,05/09/2025,`],
        async () => (await stack.dbs.education.pupil.findUniqueOrThrow({ where: { studentCode: 'HS-IM-1' } })).id],
      ['protection', 'circumstances', [HEADERS.circumstances, `TE-IM-2,${newChild(2).name},05/03/2015,Nữ,${newChild(2).pid},00070,${newChild(2).mother},Mồ côi cả cha và mẹ,01/06/2023,,Đã kiểm tra`],
        async () => (await stack.dbs.protection.childProfile.findUniqueOrThrow({ where: { profileNumber: 'TE-IM-2' } })).id],
      ['civil', 'births', [HEADERS.births, `00070,IM/2015,3,20/03/2015,${newChild(3).name},05/03/2015,Nữ,${newChild(3).pid},Bệnh viện Bạch Mai,${newChild(3).mother},,,`],
        async () => (await stack.dbs.civil.birthRegistration.findFirstOrThrow({ where: { registerBook: 'IM/2015' } })).id],
      ['identity', 'persons', [HEADERS.persons, `${newChild(4).pid},${newChild(4).name},05/03/2015,Nữ,Kinh,,Thường trú,00070,1 Phố Huế,10/03/2015,`],
        async () => (await stack.dbs.identity.person.findUniqueOrThrow({ where: { personalId: newChild(4).pid } })).id],
    ];
    for (const [subgraph, name, lines, recordOf] of files) {
      const file = csv(`${name}-mismatch.csv`, lines);
      const { summary } = await importFile(subgraph, name, file);
      expect({ kind: name, ...summary }).toMatchObject({ kind: name, status: 'COMPLETED', rowsRead: 1, rowsRejected: 0, rowsWithWarnings: 1, inserted: 1 });
      expect(warningLines(file)).toEqual([expect.stringMatching(/^[^,]+-mismatch\.csv,2,personal_id,"personal ID \d{12} is for a male person, but the row says female; imported and flagged IDENTITY_MISMATCH/)]);
      const kind = findKind(subgraph, name)!;
      made.push({ kind: name, recordKind: kind.subjectRecordKind, sourceRecordId: await recordOf(file) });
    }
    for (const record of made) {
      const link = await stack.dbs.registry.recordLink.findUniqueOrThrow({ where: { recordKind_sourceRecordId: { recordKind: record.recordKind, sourceRecordId: record.sourceRecordId } } });
      expect({ kind: record.kind, method: link.method }).toEqual({ kind: record.kind, method: 'NEW_CHILD' });
      // The master child made from it does not take the contradicting number.
      expect((await stack.dbs.registry.masterChild.findUniqueOrThrow({ where: { id: link.childId } })).personalId).toBeNull();
    }
  });

  it("links to the child its other fields name, not to the child owning the ID", async () => {
    const masters = await stack.dbs.registry.masterChild.findMany({ where: { personalId: { not: null }, motherName: { not: null } }, orderBy: { id: 'asc' } });
    namesake = masters[0];
    const z = masters[0];
    owner = masters.find((m) => m.sex !== z.sex && m.id !== z.id)!;
    expect(parsePersonalId(owner.personalId!)!.sex).not.toBe(z.sex);
    const file = csv('screenings-owner.csv', [HEADERS.screenings, screeningRow('HSK-IM-Z', { name: z.fullName, birth: day(z.birthDate), sex: sexCell(z.sex), pid: owner.personalId!, commune: z.communeCode, mother: z.motherName! })]);
    const { summary } = await importFile('health', 'screenings', file);
    expect(summary).toMatchObject({ rowsRejected: 0, rowsWithWarnings: 1, inserted: 1, linked: 0, queuedForLinkage: 1 });
    const patient = await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'HSK-IM-Z' } });
    patientOfNamesake = patient.id;
    expect(patient).toMatchObject({ personalId: owner.personalId, childId: z.id });
    expect(await stack.dbs.registry.recordLink.findUnique({ where: { recordKind_sourceRecordId: { recordKind: 'health.Patient', sourceRecordId: patient.id } } })).toMatchObject({ childId: z.id, method: 'PROBABILISTIC' });
  });

  it('lists each of those children under IDENTITY_MISMATCH (PERSONAL_ID_SEX) after the hub refresh', async () => {
    await stack.refreshHub();
    const links = await stack.dbs.registry.recordLink.findMany({ where: { sourceRecordId: { in: [...made.map((m) => m.sourceRecordId), patientOfNamesake] } } });
    const ids = links.map((l) => l.childId);
    const { body } = await stack.post({ query: `{ civilStatusGaps(filter: { kinds: [IDENTITY_MISMATCH] }, first: 100) { edges { node { child { id } details { kind reasons } } } } }` }, { token: await stack.token('JUSTICE') });
    expect(body.errors).toBeUndefined();
    const listed = new Map<string, string[]>(
      body.data!.civilStatusGaps.edges.map((e: { node: { child: { id: string }; details: { kind: string; reasons: string[] | null }[] } }) => [e.node.child.id, e.node.details.find((d) => d.kind === 'IDENTITY_MISMATCH')!.reasons ?? []]),
    );
    for (const id of [...ids, namesake.id]) expect({ id, reasons: listed.get(id) }).toEqual({ id, reasons: expect.arrayContaining(['PERSONAL_ID_SEX']) });
    expect(listed.has(owner.id)).toBe(false);
  });

  it('is not refused when a clerk saves it through a save mutation', async () => {
    const input = { fullName: 'Khúc Văn Lâm', birthDate: '2015-03-05', sex: 'Nam', communeCode: '00070', personalId: formatPersonalId('001', 'FEMALE', 2015, 990_100), ethnicity: 'Kinh', residenceKind: 'Thường trú', address: '2 Phố Huế', registeredOn: '10/03/2015' };
    const { body } = await stack.post({ query: 'mutation($input: ResidenceInput!) { saveResidence(input: $input) { id created } }', variables: { input } }, { token: await stack.token('POLICE') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.saveResidence.created).toBe(true);
  });
});

describe("a person's linkage decision stands", () => {
  const LINKS = 'query($id: ID!) { child(id: $id) { id links { recordKind sourceRecordId method } } }';
  const UNLINK = 'mutation($input: UnlinkRecordInput!) { unlinkRecord(input: $input) { kind fromChildId toChildId } }';
  let a: { id: string; fullName: string; birthDate: Date; sex: 'MALE' | 'FEMALE'; personalId: string | null; communeCode: string; motherName: string | null };
  let b: { id: string };
  let patient: string;
  const file = () => path.join(work, 'holds.csv');
  const linkOf = () => stack.dbs.registry.recordLink.findUnique({ where: { recordKind_sourceRecordId: { recordKind: 'health.Patient', sourceRecordId: patient } } });
  const linksOf = async (childId: string) => {
    const { body } = await stack.post({ query: LINKS, variables: { id: childId } }, { token: await stack.token('JUSTICE') });
    expect(body.errors).toBeUndefined();
    return (body.data!.child.links as { sourceRecordId: string }[]).map((l) => l.sourceRecordId);
  };
  const unlink = async (childId: string) => {
    const { body } = await stack.post({ query: UNLINK, variables: { input: { recordKind: 'health.Patient', sourceRecordId: patient, childId, note: 'checked with the station' } } }, { token: await stack.token('JUSTICE') });
    expect(body.errors).toBeUndefined();
    return body.data!.unlinkRecord;
  };

  it('a split shows in both children at once, facts included', async () => {
    const masters = await stack.dbs.registry.masterChild.findMany({ where: { personalId: { not: null }, motherName: { not: null } }, orderBy: { id: 'desc' }, take: 2 });
    [a, b] = masters;
    const row = { name: a.fullName, birth: day(a.birthDate), sex: sexCell(a.sex), pid: a.personalId!, commune: a.communeCode, mother: a.motherName! };
    writeFileSync(file(), `${[HEADERS.screenings, screeningRow('HSK-HOLD-1', row)].join('\n')}\n`);
    expect((await importFile('health', 'screenings', file())).summary).toMatchObject({ inserted: 1, linked: 1 });
    patient = (await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'HSK-HOLD-1' } })).id;
    await stack.refreshHub();
    expect(await linksOf(a.id)).toContain(patient);

    expect(await unlink(b.id)).toEqual({ kind: 'SPLIT', fromChildId: a.id, toChildId: b.id });
    expect(await linksOf(a.id)).not.toContain(patient);
    expect(await linksOf(b.id)).toContain(patient);
    // The hub's copies of the record's facts moved with it, without a refresh.
    expect(await stack.dbs.registry.subjectRecordFact.findUniqueOrThrow({ where: { recordKind_recordId: { recordKind: 'health.Patient', recordId: patient } } })).toMatchObject({ childId: b.id });
    expect(await stack.dbs.registry.healthFact.findUniqueOrThrow({ where: { patientId: patient } })).toMatchObject({ childId: b.id });
    expect(await stack.dbs.registry.linkHold.findMany({ where: { sourceRecordId: patient } })).toEqual([expect.objectContaining({ recordKind: 'health.Patient', childId: a.id, decidedBy: 'test-justice', decidedByAgency: 'JUSTICE', reason: 'checked with the station' })]);
    await runPendingLinkage(stack.dbs);
    expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patient } })).childId).toBe(b.id);
  });

  it('re-importing the files and running linkage leave it split', async () => {
    expect((await importFile('health', 'screenings', file())).summary.status).toBe('ALREADY_IMPORTED');
    const changed = csv('holds-later.csv', [HEADERS.screenings, screeningRow('HSK-HOLD-1', { name: a.fullName, birth: day(a.birthDate), sex: sexCell(a.sex), pid: a.personalId!, commune: a.communeCode, mother: a.motherName! }, '130')]);
    expect((await importFile('health', 'screenings', changed)).summary).toMatchObject({ status: 'COMPLETED', inserted: 0, updated: 1 });
    await runPendingLinkage(stack.dbs);
    expect(await linkOf()).toMatchObject({ childId: b.id, method: 'MANUAL' });
    expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patient } })).childId).toBe(b.id);

    // Even with its link gone, neither the personal-ID stage nor the probabilistic one puts it back on A.
    await stack.dbs.registry.recordLink.delete({ where: { recordKind_sourceRecordId: { recordKind: 'health.Patient', sourceRecordId: patient } } });
    const request = { agency: 'HEALTH' as const, recordKind: 'health.Patient', sourceRecordId: patient, personalId: a.personalId, fullName: a.fullName, birthDate: a.birthDate, sex: a.sex, communeCode: a.communeCode, motherName: a.motherName };
    expect((await linkRecords(stack.dbs.registry, [request])).size).toBe(0);
    await runPendingLinkage(stack.dbs);
    expect((await linkOf())!.childId).not.toBe(a.id);
  });

  it('a person linking it back joins it again and lifts the hold', async () => {
    await unlink(a.id);
    expect(await linksOf(a.id)).toContain(patient);
    expect(await stack.dbs.registry.linkHold.count({ where: { sourceRecordId: patient, childId: a.id } })).toBe(0);
    await runPendingLinkage(stack.dbs);
    expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patient } })).childId).toBe(a.id);
    expect(await stack.dbs.registry.subjectRecordFact.findUniqueOrThrow({ where: { recordKind_recordId: { recordKind: 'health.Patient', recordId: patient } } })).toMatchObject({ childId: a.id });
  });
});
