import type { Agency } from '../../src/auth/principal';
import { findKind } from '../../src/subgraphs/record-kinds';
import { linkEnteredRecords } from '../../src/imports/run-import';
import { startTestStack, type TestStack } from './harness';

/**
 * Save mutations, one per agency subgraph: apps enter one row of a record kind at a time, with the
 * import's validation, the agency's own jurisdiction, optimistic concurrency and an audit entry.
 */
let stack: TestStack;
let schoolCode: string;
beforeAll(async () => {
  stack = await startTestStack('savemutations', 150);
  schoolCode = (await stack.dbs.education.school.findFirstOrThrow()).code;
});
afterAll(() => stack?.close());

interface Case {
  mutation: string;
  inputType: string;
  subgraph: 'identity' | 'civil' | 'education' | 'health' | 'protection';
  agency: Agency;
  otherAgency: Agency;
  input: () => Record<string, string>;
  change: Record<string, string>;
  invalid: Record<string, string>;
  problem: RegExp;
}

const child = { fullName: 'Nguyễn Văn Tâm', birthDate: '2015-03-05', sex: 'Nam', communeCode: '00070' };
const CASES: Case[] = [
  {
    mutation: 'saveResidence', inputType: 'ResidenceInput', subgraph: 'identity', agency: 'POLICE', otherAgency: 'EDUCATION',
    input: () => ({ ...child, personalId: '001215999901', ethnicity: 'Kinh', residenceKind: 'Thường trú', address: '12 Hàng Bạc', registeredOn: '10/03/2015' }),
    change: { address: '14 Hàng Bạc' },
    // A personal ID contradicting sex is no reason to refuse (identity-mismatch.int.test.ts): only the date is.
    invalid: { registeredOn: '01/01/2014', personalId: '001315999901' },
    problem: /^registeredOn: is before the date of birth$/,
  },
  {
    mutation: 'saveBirthRegistration', inputType: 'BirthRegistrationInput', subgraph: 'civil', agency: 'JUSTICE', otherAgency: 'POLICE',
    input: () => ({ registeringCommuneCode: '00070', registerBook: 'TEST/2015', registrationNumber: '1', registeredOn: '2015-03-20', fullName: child.fullName, birthDate: child.birthDate, sex: 'Nam', placeOfBirth: 'Bệnh viện Bạch Mai' }),
    change: { fatherName: 'Nguyễn Văn Sơn' },
    invalid: { motherPersonalId: '123' },
    problem: /^motherPersonalId: "123" is not a personal ID number/,
  },
  {
    mutation: 'saveEnrollment', inputType: 'EnrollmentInput', subgraph: 'education', agency: 'EDUCATION', otherAgency: 'HEALTH',
    input: () => ({ ...child, studentCode: 'TEST-HS-1', schoolCode, schoolYear: '2025-2026', grade: '5', status: 'Đang học', enrolledOn: '05/09/2025' }),
    change: { grade: '6' },
    invalid: { schoolCode: 'NO-SUCH', birthDate: '2099-01-01' },
    problem: /^birthDate: 2099-01-01 is in the future; schoolCode: "NO-SUCH" is not a school known to the education database$/,
  },
  {
    mutation: 'saveInsuranceCard', inputType: 'InsuranceCardInput', subgraph: 'health', agency: 'HEALTH', otherAgency: 'SOCIAL',
    input: () => ({ ...child, birthDate: '2024-01-02', recordNumber: 'TEST-HSK-1', cardNumber: 'TE1019999999901', validFrom: '2024-01-02', validTo: '2030-01-01', freeUnderSix: 'Có' }),
    change: { validTo: '2030-06-30' },
    invalid: { cardNumber: 'XX' },
    problem: /^cardNumber: "XX" is not a health-insurance card code/,
  },
  {
    mutation: 'saveSpecialCircumstance', inputType: 'SpecialCircumstanceInput', subgraph: 'protection', agency: 'SOCIAL', otherAgency: 'HEALTH',
    input: () => ({ ...child, profileNumber: 'TEST-TE-1', group: 'Mồ côi cả cha và mẹ', identifiedOn: '2023-06-01' }),
    change: { verification: 'Đã kiểm tra' },
    invalid: { group: 'Nghèo' },
    problem: /^group: "Nghèo" is not one of: ORPHANED_BOTH_PARENTS/,
  },
  {
    mutation: 'saveHousehold', inputType: 'HouseholdInput', subgraph: 'identity', agency: 'POLICE', otherAgency: 'JUSTICE',
    input: () => ({ householdNumber: 'TEST-HK-1', headName: 'Nguyễn Văn Sơn', communeCode: '00070', address: '12 Hàng Bạc', memberName: child.fullName, relationToHead: 'Con', birthYear: '2015', personalId: '001215999901' }),
    change: { relationToHead: 'Con nuôi' },
    invalid: { birthYear: '2099' },
    problem: /^birthYear: 2099 is out of range/,
  },
  {
    // Names the birth registration the saveBirthRegistration case above entered.
    mutation: 'saveAdoption', inputType: 'AdoptionInput', subgraph: 'civil', agency: 'JUSTICE', otherAgency: 'SOCIAL',
    input: () => ({ registeringCommuneCode: '00070', registerBook: 'TEST/2015', registrationNumber: '1', kind: 'Trong nước', status: 'Đã nộp hồ sơ', appliedOn: '2020-01-10', authorityCode: '00070' }),
    change: { status: 'Đã phê duyệt', approvedOn: '2020-03-01', decisionNumber: '12/QĐ-UBND' },
    invalid: { registrationNumber: '999', status: 'Đã đăng ký' },
    problem: /^registrationNumber: no birth registration 999 in book TEST\/2015 of commune 00070 is known; approvedOn: is required when the status is REGISTERED; registeredOn: is required when the status is REGISTERED$/,
  },
  {
    mutation: 'saveDisability', inputType: 'DisabilityInput', subgraph: 'health', agency: 'HEALTH', otherAgency: 'EDUCATION',
    input: () => ({ ...child, recordNumber: 'TEST-HSK-2', detectedOn: '2018-05-01', kind: 'Khuyết tật vận động' }),
    change: { certificateLevel: 'Nặng', certifiedOn: '2018-06-01' },
    invalid: { detectedOn: '2014-01-01', certificateLevel: 'Nặng' },
    problem: /^detectedOn: is before the date of birth; certifiedOn: is required when a certificate level is given$/,
  },
  {
    mutation: 'saveScreening', inputType: 'ScreeningInput', subgraph: 'health', agency: 'HEALTH', otherAgency: 'POLICE',
    input: () => ({ ...child, recordNumber: 'TEST-HSK-3', screenedOn: '2024-09-15', facilityCode: 'TYT-00070', facilityName: 'Trạm y tế phường', kind: 'Học đường' }),
    change: { heightCm: '131,5', nutritionStatus: 'Bình thường' },
    invalid: { heightCm: '500' },
    problem: /^heightCm: 500 is out of range \(30 to 200\)$/,
  },
];

describe.each(CASES)('$mutation', (c) => {
  const query = `mutation Save($input: ${c.inputType}!, $expectedVersion: Int) { ${c.mutation}(input: $input, expectedVersion: $expectedVersion) { id version created } }`;
  const save = async (input: Record<string, string>, expectedVersion: number | null, agency = c.agency, jurisdiction = 'commune:00070') =>
    (await stack.post({ query, variables: { input, expectedVersion }, operationName: 'Save' }, { token: await stack.token(agency, { jurisdiction }) })).body;
  // Every subgraph has the same ImportRun and RecordHistory models; TypeScript cannot call a union of delegates.
  const db = () => stack.dbs[c.subgraph] as typeof stack.dbs.health;
  const mutationRuns = () => db().importRun.count({ where: { fileName: `mutation ${c.mutation}` } });

  it('refuses another agency, another commune and an invalid row, writing nothing', async () => {
    expect((await save(c.input(), null, c.otherAgency)).errors?.[0].extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const elsewhere = await save(c.input(), null, c.agency, 'commune:00073');
    expect(elsewhere.errors?.[0]).toMatchObject({ message: 'commune 00070 is outside your jurisdiction', extensions: { code: 'BAD_USER_INPUT' } });
    const invalid = await save({ ...c.input(), ...c.invalid }, null);
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input' });
    expect(invalid.errors?.[0].message).toMatch(c.problem);
    expect(await mutationRuns()).toBe(0);
  });

  it('creates, updates with the version read, refuses a stale version, and audits each write', async () => {
    const created = await save(c.input(), null);
    expect(created.errors).toBeUndefined();
    expect(created.data?.[c.mutation]).toMatchObject({ version: 1, created: true });
    const id = created.data?.[c.mutation].id as string;

    const updated = await save({ ...c.input(), ...c.change }, 1, c.agency, 'province:01');
    expect(updated.data?.[c.mutation]).toEqual({ id, version: 2, created: false });
    expect((await db().recordHistory.findMany({ where: { recordId: id } })).map((h) => h.version)).toEqual([1]);

    const stale = await save(c.input(), 1);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
    expect(stale.errors?.[0].message).toMatch(/changed by someone else \(now version 2, you sent 1\); reload it/);
    expect((await save(c.input(), null)).errors?.[0].extensions?.code).toBe('STALE_VERSION');
    expect(await mutationRuns()).toBe(2);

    const log = await db().$queryRawUnsafe<{ fields: string[]; agency: string }[]>(`SELECT "fields", "agency" FROM "${c.subgraph}"."AccessLog" WHERE $1 = ANY("fields")`, `Mutation.${c.mutation}`);
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(log.every((entry) => entry.agency === c.agency)).toBe(true);
  });
});

it('sends records entered through saves to the registry linkage on `import --link-entered`', async () => {
  const known = stack.truth.find((t) => t.personalId && !t.planted.inconsistentPersonalId && !t.planted.missingPersonalId)!;
  const input = {
    recordNumber: 'TEST-HSK-LINK', fullName: known.fullName, birthDate: known.birthDate, sex: known.sex, personalId: known.personalId!, communeCode: known.communeCode,
    cardNumber: 'HS4019999999902', validFrom: '2025-01-01', validTo: '2025-12-31',
  };
  const query = 'mutation Save($input: InsuranceCardInput!) { saveInsuranceCard(input: $input) { id } }';
  expect((await stack.post({ query, variables: { input } }, { token: await stack.token('HEALTH') })).body.errors).toBeUndefined();
  expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'TEST-HSK-LINK' } })).childId).toBeNull();

  const result = await linkEnteredRecords(findKind('health', 'insurance')!, stack.dbs.health, stack.dbs.registry);
  expect(result).toMatchObject({ runs: 3, linked: 1, queued: 1 });
  expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'TEST-HSK-LINK' } })).childId).toBe(known.childId);
  const unlinked = await stack.dbs.health.patient.findUniqueOrThrow({ where: { recordNumber: 'TEST-HSK-1' } });
  expect(await stack.dbs.registry.pendingLink.count({ where: { recordKind: 'health.Patient', sourceRecordId: unlinked.id } })).toBe(1);
});

it('lets only one of two saves sent at once from the same version win', async () => {
  const query = 'mutation Save($input: EnrollmentInput!, $expectedVersion: Int) { saveEnrollment(input: $input, expectedVersion: $expectedVersion) { version } }';
  const input = { ...child, studentCode: 'TEST-HS-RACE', schoolCode, schoolYear: '2025-2026', grade: '3', status: 'Đang học', enrolledOn: '05/09/2025' };
  const token = await stack.token('EDUCATION');
  expect((await stack.post({ query, variables: { input } }, { token })).body.data?.saveEnrollment.version).toBe(1);
  const results = await Promise.all(['4', '5'].map((grade) => stack.post({ query, variables: { input: { ...input, grade }, expectedVersion: 1 } }, { token })));
  const codes = results.map((r) => r.body.errors?.[0].extensions?.code ?? r.body.data?.saveEnrollment.version).sort();
  expect(codes).toEqual([2, 'STALE_VERSION']);
});
