import { findKind } from '../../src/subgraphs/record-kinds';
import { communeOf } from '../../src/domain/admin-units';
import { parsePersonalId } from '../../src/domain/personal-id';
import { startTestStack, type TestStack } from './harness';

/**
 * The write-side probes of issue 14: saves that reached records of another area (items 1-3), a
 * write committed without its audit row (item 5), and text no column can store (item 19). Each
 * goes through the gateway as the probe did, and the data is read back from the databases.
 */
let stack: TestStack;
/** The probing officer's commune (the issue's), and a commune of another province with seeded children. */
const HERE = '00583';
let there: string;
beforeAll(async () => {
  stack = await startTestStack('probewrites', 200, { abandoned: 0.05 });
  // The most populous such commune, so it has records of every kind.
  const counts = new Map<string, number>();
  for (const t of stack.truth) if (communeOf(t.communeCode)!.provinceCode !== communeOf(HERE)!.provinceCode) counts.set(t.communeCode, (counts.get(t.communeCode) ?? 0) + 1);
  there = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
});
afterAll(() => stack?.close());

type Options = { jurisdiction?: string; expectedVersion?: number | null; url?: string; operationName?: string };
async function save(agency: Parameters<TestStack['token']>[0], mutation: string, inputType: string, input: Record<string, string>, options: Options = {}) {
  const name = options.operationName ?? 'Save';
  const query = `mutation ${name}($input: ${inputType}!, $expectedVersion: Int) { ${mutation}(input: $input, expectedVersion: $expectedVersion) { id version created } }`;
  const token = await stack.token(agency, { jurisdiction: options.jurisdiction ?? 'national' });
  return (await stack.post({ query, variables: { input, expectedVersion: options.expectedVersion ?? null }, operationName: name }, { token, url: options.url })).body;
}
const day = (date: Date) => date.toISOString().slice(0, 10);
const firstError = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => body.errors?.[0];

/** Whether a record's personal ID (if any) agrees with its sex and birth year, so a save of it passes validation. */
const consistent = (r: { personalId: string | null; sex: string; birthDate: Date }) => {
  const parts = r.personalId ? parsePersonalId(r.personalId) : null;
  return !r.personalId || (parts?.sex === r.sex && parts.birthYear === r.birthDate.getUTCFullYear());
};
/** An error's message with the keys the clerk sent taken out: what is left must not name the keeping commune. */
const withoutKeys = (message: string | undefined, ...keys: string[]) => keys.reduce((m, key) => m.split(key).join(''), message ?? '');

/** A person with a consistent personal ID, living (only) in `commune`, with a master child id. */
async function personIn(commune: string) {
  const persons = await stack.dbs.identity.person.findMany({ where: { childId: { not: null }, personalId: { not: null }, residences: { some: {}, every: { communeCode: commune, endedOn: null } } }, include: { residences: true }, orderBy: { id: 'asc' } });
  return persons.find(consistent)!;
}
type Person = Awaited<ReturnType<typeof personIn>>;
const residenceInput = (p: Person, overrides: Record<string, string> = {}) => ({
  personalId: p.personalId!, fullName: p.fullName, birthDate: day(p.birthDate), sex: p.sex, ethnicity: p.ethnicity, nationality: p.nationality,
  residenceKind: 'Tạm trú', communeCode: HERE, address: '1 Đường Thử', registeredOn: '01/02/2026', ...overrides,
});

describe('item 1: a save reaches the person, not only the residence', () => {
  it("refuses a commune officer who renames another province's child through a new residence, changing nothing", async () => {
    const person = await personIn(there);
    const body = await save('POLICE', 'saveResidence', 'ResidenceInput', residenceInput(person, { fullName: 'Tên Đã Bị Đổi', ethnicity: 'Mông' }), { jurisdiction: `commune:${HERE}` });
    expect(firstError(body)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(withoutKeys(firstError(body)?.message, person.personalId!)).not.toContain(there);
    const after = await stack.dbs.identity.person.findUniqueOrThrow({ where: { id: person.id }, include: { residences: true } });
    expect({ fullName: after.fullName, ethnicity: after.ethnicity, version: after.version, residences: after.residences.length }).toEqual({ fullName: person.fullName, ethnicity: person.ethnicity, version: person.version, residences: person.residences.length });
    // Nor may the officer attach a residence without renaming: the child lives only elsewhere.
    expect(firstError(await save('POLICE', 'saveResidence', 'ResidenceInput', residenceInput(person), { jurisdiction: `commune:${HERE}` }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stack.dbs.identity.residence.count({ where: { personId: person.id } })).toBe(person.residences.length);
    // The commune that keeps the child still corrects it.
    const [residence] = person.residences;
    const own = residenceInput(person, { ethnicity: 'Tày', communeCode: there, address: residence.address, registeredOn: day(residence.registeredOn), residenceKind: residence.kind });
    expect(firstError(await save('POLICE', 'saveResidence', 'ResidenceInput', own, { jurisdiction: `commune:${there}`, expectedVersion: residence.version }))).toBeUndefined();
    expect((await stack.dbs.identity.person.findUniqueOrThrow({ where: { id: person.id } })).ethnicity).toBe('Tày');
  });

  it('lets a person living in two communes be renamed only by an officer over both, and each commune keep its own residence', async () => {
    const person = await personIn(there);
    // A move is an act of an officer over both areas: here a national one registers the child in HERE too.
    expect(firstError(await save('POLICE', 'saveResidence', 'ResidenceInput', residenceInput(person, { registeredOn: '02/02/2026' }))) ).toBeUndefined();
    const rename = residenceInput(person, { registeredOn: '02/02/2026', fullName: 'Tên Mới' });
    for (const commune of [HERE, there]) {
      const refused = firstError(await save('POLICE', 'saveResidence', 'ResidenceInput', { ...rename, communeCode: commune, registeredOn: commune === HERE ? '02/02/2026' : day(person.residences[0].registeredOn), residenceKind: commune === HERE ? 'Tạm trú' : person.residences[0].kind }, { jurisdiction: `commune:${commune}`, expectedVersion: 1 }));
      expect(refused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: `person ${person.personalId} is also kept by a commune outside your jurisdiction; changing it needs an officer whose jurisdiction covers every commune that keeps it` });
    }
    expect((await stack.dbs.identity.person.findUniqueOrThrow({ where: { id: person.id } })).fullName).toBe(person.fullName);
    // HERE corrects the address of its own residence (the person unchanged).
    const corrected = await save('POLICE', 'saveResidence', 'ResidenceInput', residenceInput(person, { registeredOn: '02/02/2026', address: '2 Đường Thử' }), { jurisdiction: `commune:${HERE}`, expectedVersion: 1 });
    expect(corrected.data?.saveResidence).toMatchObject({ version: 2, created: false });
    expect(firstError(await save('POLICE', 'saveResidence', 'ResidenceInput', rename, { expectedVersion: 2 }))).toBeUndefined();
    expect((await stack.dbs.identity.person.findUniqueOrThrow({ where: { id: person.id } })).fullName).toBe('Tên Mới');
  });

  it("refuses to join another area's child to a household", async () => {
    const person = await personIn(there);
    const input = { householdNumber: 'PROBE-HK-1', headName: 'Nguyễn Văn Chủ', communeCode: HERE, address: '3 Đường Thử', memberName: person.fullName, relationToHead: 'Con', birthYear: String(person.birthDate.getUTCFullYear()), personalId: person.personalId! };
    expect(firstError(await save('POLICE', 'saveHousehold', 'HouseholdInput', input, { jurisdiction: `commune:${HERE}` }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.dbs.identity.person.findUniqueOrThrow({ where: { id: person.id } })).householdId).toBe(person.householdId);
    expect(await stack.dbs.identity.household.count({ where: { householdNumber: 'PROBE-HK-1' } })).toBe(0);
  });
});

/** A health record (patient) kept by `commune`, with a master child id and a consistent identity. */
async function patientIn(commune: string) {
  const patients = await stack.dbs.health.patient.findMany({ where: { communeCode: commune, childId: { not: null } }, include: { insuranceCards: true, screenings: true }, orderBy: { id: 'asc' } });
  return patients.find((p) => consistent(p) && p.insuranceCards.length > 0 && p.screenings.length > 0)!;
}
type Patient = Awaited<ReturnType<typeof patientIn>>;
const patientInput = (p: Patient, overrides: Record<string, string> = {}) => ({
  recordNumber: p.recordNumber, fullName: p.fullName, birthDate: day(p.birthDate), sex: p.sex, ...(p.personalId ? { personalId: p.personalId } : {}), communeCode: p.communeCode, ...(p.motherName ? { motherName: p.motherName } : {}), ...overrides,
});
const cardInput = (p: Patient, overrides: Record<string, string> = {}) => patientInput(p, { cardNumber: 'TE1019999888801', validFrom: day(p.birthDate), validTo: '2031-01-01', ...overrides });
const screeningInput = (p: Patient, overrides: Record<string, string> = {}) => patientInput(p, { screenedOn: '2026-01-15', facilityCode: 'TYT-PROBE', facilityName: 'Trạm y tế thử', kind: 'Định kỳ', ...overrides });

describe('item 2: a save checks the jurisdiction of the record it attaches to', () => {
  const snapshot = async (id: string) => {
    const p = await stack.dbs.health.patient.findUniqueOrThrow({ where: { id }, include: { insuranceCards: true, screenings: true } });
    return { communeCode: p.communeCode, version: p.version, cards: p.insuranceCards.length, screenings: p.screenings.length };
  };

  it.each([
    ['through the gateway', () => undefined],
    ['straight at the health subgraph', () => stack.subgraphs.health.url],
  ])("refuses a commune officer taking over another commune's health record %s", async (_, url) => {
    const patient = await patientIn(there);
    const before = await snapshot(patient.id);
    const options = { jurisdiction: `commune:${HERE}`, url: url() };
    const card = await save('HEALTH', 'saveInsuranceCard', 'InsuranceCardInput', cardInput(patient, { communeCode: HERE }), options);
    const screening = await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { communeCode: HERE }), options);
    for (const body of [card, screening]) {
      expect(firstError(body)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(withoutKeys(firstError(body)?.message, patient.recordNumber)).not.toContain(there);
    }
    expect(await snapshot(patient.id)).toEqual(before);
    expect(await stack.dbs.health.insuranceCard.count({ where: { cardNumber: 'TE1019999888801' } })).toBe(0);
  });

  it("refuses a card of another commune's child saved under a record of one's own", async () => {
    const theirs = await patientIn(there);
    const card = (await stack.dbs.health.insuranceCard.findFirst({ where: { patient: { communeCode: there } } }))!;
    const body = await save('HEALTH', 'saveInsuranceCard', 'InsuranceCardInput', {
      recordNumber: 'PROBE-HSK-1', fullName: theirs.fullName, birthDate: day(theirs.birthDate), sex: theirs.sex, communeCode: HERE,
      cardNumber: card.cardNumber, validFrom: day(card.validFrom), validTo: day(card.validTo),
    }, { jurisdiction: `commune:${HERE}` });
    expect(firstError(body)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(withoutKeys(firstError(body)?.message, card.cardNumber)).not.toContain(there);
    expect((await stack.dbs.health.insuranceCard.findUniqueOrThrow({ where: { id: card.id } })).patientId).toBe(card.patientId);
    expect(await stack.dbs.health.patient.count({ where: { recordNumber: 'PROBE-HSK-1' } })).toBe(0);
  });

  it('lets an officer over both communes move a record, and only such an officer', async () => {
    const patient = await patientIn(there);
    const own = `commune:${there}`;
    const moving = await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { communeCode: HERE, screenedOn: '2026-01-20' }), { jurisdiction: own });
    expect(firstError(moving)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: `moving health record ${patient.recordNumber} to commune ${HERE}, outside your jurisdiction, needs an officer whose jurisdiction covers both the commune that keeps it and commune ${HERE}` });
    expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patient.id } })).communeCode).toBe(there);
    expect(firstError(await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { communeCode: HERE, screenedOn: '2026-01-20' })))).toBeUndefined();
    expect((await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patient.id } })).communeCode).toBe(HERE);
  });

  it("refuses the pupil and the child profile of another commune's child", async () => {
    const schoolCode = (await stack.dbs.education.school.findFirstOrThrow()).code;
    const pupil = (await stack.dbs.education.pupil.findMany({ where: { communeCode: there }, orderBy: { id: 'asc' } })).find(consistent)!;
    const enrollment = await save('EDUCATION', 'saveEnrollment', 'EnrollmentInput', {
      studentCode: pupil.studentCode, fullName: 'Tên Đã Bị Đổi', birthDate: day(pupil.birthDate), sex: pupil.sex, ...(pupil.personalId ? { personalId: pupil.personalId } : {}), communeCode: HERE, schoolCode, schoolYear: '2025-2026', grade: '1', status: 'Đang học', enrolledOn: '05/09/2025',
    }, { jurisdiction: `commune:${HERE}` });
    expect(firstError(enrollment)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stack.dbs.education.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toMatchObject({ fullName: pupil.fullName, communeCode: there, version: pupil.version });

    // Seeded profiles carry no profile number (a save's key): the commune that keeps the child enters one first.
    const entered = { profileNumber: 'PROBE-TE-THERE', fullName: 'Trần Thị Thử', birthDate: '2016-04-01', sex: 'Nữ', communeCode: there, group: 'Mồ côi cả cha và mẹ', identifiedOn: '2025-01-01' };
    expect(firstError(await save('SOCIAL', 'saveSpecialCircumstance', 'SpecialCircumstanceInput', entered, { jurisdiction: `commune:${there}` }))).toBeUndefined();
    const profile = await stack.dbs.protection.childProfile.findUniqueOrThrow({ where: { profileNumber: 'PROBE-TE-THERE' } });
    const circumstance = await save('SOCIAL', 'saveSpecialCircumstance', 'SpecialCircumstanceInput', { ...entered, fullName: 'Tên Đã Bị Đổi', communeCode: HERE, group: 'Bị bỏ rơi', identifiedOn: '2026-01-01' }, { jurisdiction: `commune:${HERE}` });
    expect(firstError(circumstance)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stack.dbs.protection.childProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({ fullName: 'Trần Thị Thử', communeCode: there, version: profile.version });
  });
});

describe('item 3: a record of another area reads exactly like one that does not exist', () => {
  // An upsert of a key never used creates a record, so the comparable answer is the one to a change
  // (expectedVersion set): "there is nothing here to change" must be the same text and code whether
  // the key is unused or used by another area.
  it('answers a change to a record kept elsewhere exactly as a change to a key never used', async () => {
    const patient = await patientIn(there);
    const [screening] = patient.screenings;
    const elsewhere = await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { screenedOn: day(screening.screenedOn), kind: screening.kind, communeCode: HERE }), { jurisdiction: `commune:${HERE}`, expectedVersion: screening.version });
    const unused = await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { recordNumber: 'PROBE-NEVER-USED', screenedOn: day(screening.screenedOn), kind: screening.kind, communeCode: HERE }), { jurisdiction: `commune:${HERE}`, expectedVersion: screening.version });
    expect(elsewhere.errors).toEqual(unused.errors);
    expect(firstError(elsewhere)).toMatchObject({ message: 'no Screening with this key in your jurisdiction; omit expectedVersion to create one', extensions: { code: 'BAD_USER_INPUT' } });

    const [card] = patient.insuranceCards;
    if (card) {
      const cardElsewhere = await save('HEALTH', 'saveInsuranceCard', 'InsuranceCardInput', cardInput(patient, { cardNumber: card.cardNumber, communeCode: HERE, validFrom: day(card.validFrom), validTo: day(card.validTo) }), { jurisdiction: `commune:${HERE}`, expectedVersion: card.version });
      const cardUnused = await save('HEALTH', 'saveInsuranceCard', 'InsuranceCardInput', cardInput(patient, { recordNumber: 'PROBE-NEVER-USED', cardNumber: 'TE1019999777701', communeCode: HERE, validFrom: day(card.validFrom), validTo: day(card.validTo) }), { jurisdiction: `commune:${HERE}`, expectedVersion: card.version });
      expect(cardElsewhere.errors).toEqual(cardUnused.errors);
    }
  });

  it('never names where a record is kept, nor creates a second record under its key', async () => {
    const patient = await patientIn(there);
    const body = await save('HEALTH', 'saveScreening', 'ScreeningInput', screeningInput(patient, { communeCode: HERE, screenedOn: '2026-01-25' }), { jurisdiction: `commune:${HERE}` });
    expect(firstError(body)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    expect(firstError(body)?.message).toBe(`health record ${patient.recordNumber} is not in your jurisdiction, and its key is taken: it cannot be entered or changed from here; an officer whose jurisdiction covers it can`);
    expect(await stack.dbs.health.patient.count({ where: { recordNumber: patient.recordNumber } })).toBe(1);
    expect(await stack.dbs.health.screening.count({ where: { patientId: patient.id, screenedOn: new Date('2026-01-25') } })).toBe(0);
  });

  it("answers an adoption naming another area's birth registration as one naming no registration", async () => {
    const registration = (await stack.dbs.civil.birthRegistration.findFirst({ where: { registeringCommuneCode: there } }))!;
    const input = (registrationNumber: string) => ({
      registeringCommuneCode: there, registerBook: registration.registerBook, registrationNumber, kind: 'Trong nước', status: 'Đã nộp hồ sơ', appliedOn: '2026-01-10', authorityCode: HERE,
    });
    const known = await save('JUSTICE', 'saveAdoption', 'AdoptionInput', input(registration.registrationNumber), { jurisdiction: `commune:${HERE}` });
    const unknown = await save('JUSTICE', 'saveAdoption', 'AdoptionInput', input('PROBE-999999'), { jurisdiction: `commune:${HERE}` });
    expect(known.errors).toEqual(unknown.errors);
    expect(firstError(known)?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('item 5: a write and its audit row commit together', () => {
  const FAIL_AUDIT = `CREATE OR REPLACE FUNCTION "health"."probe_fail_audit"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`;
  const auditRows = (childId: string) =>
    stack.dbs.health.$queryRawUnsafe<{ fields: string[]; childIds: string[]; operationName: string | null }[]>(`SELECT "fields", "childIds", "operationName" FROM "health"."AccessLog" WHERE $1 = ANY("childIds")`, childId);

  it('stores neither when the access-log insert fails, and exactly one row for a save that succeeds', async () => {
    const patient = await patientIn(there);
    const input = screeningInput(patient, { screenedOn: '2026-02-01', facilityCode: 'TYT-AUDIT' });
    const options = { jurisdiction: `commune:${there}`, operationName: 'ProbeAudit' };
    const screenings = () => stack.dbs.health.screening.count({ where: { patientId: patient.id, facilityCode: 'TYT-AUDIT' } });
    const logged = (await auditRows(patient.childId!)).length;
    const runs = () => stack.dbs.health.importRun.count({ where: { fileName: 'mutation saveScreening' } });
    const runsBefore = await runs();

    await stack.dbs.health.$executeRawUnsafe(FAIL_AUDIT);
    await stack.dbs.health.$executeRawUnsafe(`CREATE TRIGGER probe_fail_audit BEFORE INSERT ON "health"."AccessLog" FOR EACH ROW EXECUTE FUNCTION "health"."probe_fail_audit"()`);
    try {
      const failed = await save('HEALTH', 'saveScreening', 'ScreeningInput', input, options);
      expect(firstError(failed)?.extensions?.code).toBe('AUDIT_WRITE_FAILED');
      expect(failed.data?.saveScreening ?? null).toBeNull();
      expect(await screenings()).toBe(0);
      expect(await runs()).toBe(runsBefore);
      expect((await auditRows(patient.childId!)).length).toBe(logged);
    } finally {
      await stack.dbs.health.$executeRawUnsafe(`DROP TRIGGER IF EXISTS probe_fail_audit ON "health"."AccessLog"`);
    }

    const saved = await save('HEALTH', 'saveScreening', 'ScreeningInput', input, options);
    expect(firstError(saved)).toBeUndefined();
    expect(await screenings()).toBe(1);
    const rows = await auditRows(patient.childId!);
    expect(rows.length).toBe(logged + 1);
    expect(rows).toContainEqual({ fields: ['Mutation.saveScreening'], childIds: [patient.childId], operationName: 'ProbeAudit' });
  });

  it('does the same for a reception step', async () => {
    const abandoned = stack.truth.find((t) => t.planted.abandoned)!;
    const file = await stack.dbs.protection.abandonmentCase.findFirstOrThrow({ where: { profile: { childId: abandoned.childId } } });
    const mutation = `mutation Complete($input: CompleteReceptionStepInput!) { completeReceptionStep(input: $input) { version } }`;
    const complete = async () =>
      (await stack.post({ query: mutation, variables: { input: { caseId: file.id, step: 'HEALTH_INSURANCE', completedOn: '2026-02-01', note: 'probe', expectedVersion: file.version } }, operationName: 'Complete' }, { token: await stack.token('SOCIAL', { jurisdiction: `commune:${file.receivingCommuneCode}` }) })).body;
    const db = stack.dbs.protection;
    await db.$executeRawUnsafe(FAIL_AUDIT.replace('"health"', '"protection"'));
    await db.$executeRawUnsafe(`CREATE TRIGGER probe_fail_audit BEFORE INSERT ON "protection"."AccessLog" FOR EACH ROW EXECUTE FUNCTION "protection"."probe_fail_audit"()`);
    try {
      expect(firstError(await complete())?.extensions?.code).toBe('AUDIT_WRITE_FAILED');
      expect((await db.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } })).version).toBe(file.version);
      expect((await db.receptionStep.findFirstOrThrow({ where: { caseId: file.id, step: 'HEALTH_INSURANCE' } })).note).not.toBe('probe');
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS probe_fail_audit ON "protection"."AccessLog"`);
    }
    expect((await complete()).data?.completeReceptionStep.version).toBe(file.version + 1);
  });
});

describe('item 19: text no column can store is refused, not stored or failed on', () => {
  const child = { fullName: 'Nguyễn Văn Thử', birthDate: '2015-03-05', sex: 'Nam', communeCode: HERE };
  /** Mutation, input type, agency, a valid input, and the text field probed with its limit. */
  const SAVES: [string, string, string, () => Record<string, string>, string, number][] = [
    ['saveResidence', 'ResidenceInput', 'POLICE', () => ({ ...child, personalId: '001215999971', ethnicity: 'Kinh', residenceKind: 'Thường trú', address: '1 Đường Thử', registeredOn: '10/03/2015' }), 'fullName', 200],
    ['saveHousehold', 'HouseholdInput', 'POLICE', () => ({ householdNumber: 'PROBE-HK-19', headName: 'Nguyễn Văn Chủ', communeCode: HERE, address: '1 Đường Thử', memberName: child.fullName, relationToHead: 'Con' }), 'headName', 200],
    ['saveBirthRegistration', 'BirthRegistrationInput', 'JUSTICE', () => ({ registeringCommuneCode: HERE, registerBook: 'PROBE/2015', registrationNumber: '19', registeredOn: '2015-03-20', fullName: child.fullName, birthDate: child.birthDate, sex: 'Nam', placeOfBirth: 'Bệnh viện' }), 'placeOfBirth', 500],
    ['saveAdoption', 'AdoptionInput', 'JUSTICE', () => ({ registeringCommuneCode: HERE, registerBook: 'PROBE/2015', registrationNumber: '19', kind: 'Trong nước', status: 'Đã nộp hồ sơ', appliedOn: '2020-01-10', authorityCode: HERE }), 'authorityCode', 50],
    ['saveEnrollment', 'EnrollmentInput', 'EDUCATION', () => ({ ...child, studentCode: 'PROBE-HS-19', schoolCode: 'unused', schoolYear: '2025-2026', grade: '5', status: 'Đang học', enrolledOn: '05/09/2025' }), 'fullName', 200],
    ['saveInsuranceCard', 'InsuranceCardInput', 'HEALTH', () => ({ ...child, recordNumber: 'PROBE-HSK-19', cardNumber: 'TE1019999666601', validFrom: '2015-03-05', validTo: '2030-01-01' }), 'recordNumber', 50],
    ['saveScreening', 'ScreeningInput', 'HEALTH', () => ({ ...child, recordNumber: 'PROBE-HSK-19', screenedOn: '2024-09-15', facilityCode: 'TYT', facilityName: 'Trạm y tế', kind: 'Học đường' }), 'facilityName', 200],
    ['saveDisability', 'DisabilityInput', 'HEALTH', () => ({ ...child, recordNumber: 'PROBE-HSK-19', detectedOn: '2018-05-01', kind: 'Khuyết tật vận động' }), 'kind', 200],
    ['saveSpecialCircumstance', 'SpecialCircumstanceInput', 'SOCIAL', () => ({ ...child, profileNumber: 'PROBE-TE-19', group: 'Bị bỏ rơi', identifiedOn: '2023-06-01' }), 'fullName', 200],
  ];
  it.each(SAVES)('%s refuses a NUL, a lone surrogate and a 100,000-character text, naming the field and its limit, and writes nothing', async (mutation, inputType, agency, input, field, limit) => {
    const subgraph = { POLICE: 'identity', JUSTICE: 'civil', EDUCATION: 'education', HEALTH: 'health', SOCIAL: 'protection' }[agency] as 'health';
    const runs = () => stack.dbs[subgraph].importRun.count({ where: { fileName: `mutation ${mutation}` } });
    const runsBefore = await runs();
    const cases: [string, string][] = [
      ['Nguyễn\u0000Văn', `${field}: contains a NUL character (U+0000); remove it`],
      ['Nguyễn \ud800Văn', `${field}: contains a broken character (an unpaired UTF-16 surrogate); re-type it`],
      ['N'.repeat(100_000), `${field}: is longer than ${limit} characters (100,000)`],
    ];
    for (const [value, message] of cases) {
      const body = await save(agency as 'POLICE', mutation, inputType, { ...input(), [field]: value }, { jurisdiction: `commune:${HERE}` });
      expect(firstError(body)).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    }
    expect(await runs()).toBe(runsBefore);
  });

  it('refuses an address over its limit, and an import row with the same message', async () => {
    const [, inputType, , input] = SAVES[0];
    const body = await save('POLICE', 'saveResidence', inputType, { ...input(), address: 'a'.repeat(501) }, { jurisdiction: `commune:${HERE}` });
    expect(firstError(body)?.message).toBe('address: is longer than 500 characters (501)');
    const kind = findKind('identity', 'persons')!;
    const problems = kind.parse({ ...input(), address: 'a'.repeat(501), fullName: 'Nguyễn\u0000Văn' }, null);
    expect(Array.isArray(problems) && problems.map((p) => `${p.column}: ${p.message}`)).toEqual(['fullName: contains a NUL character (U+0000); remove it', 'address: is longer than 500 characters (501)']);
  });

  it('refuses a NUL in the note of a reception step', async () => {
    const abandoned = stack.truth.find((t) => t.planted.abandoned)!;
    const file = await stack.dbs.protection.abandonmentCase.findFirstOrThrow({ where: { profile: { childId: abandoned.childId } } });
    const mutation = `mutation Complete($input: CompleteReceptionStepInput!) { completeReceptionStep(input: $input) { version } }`;
    const { body } = await stack.post({ query: mutation, variables: { input: { caseId: file.id, step: 'BIRTH_REGISTRATION', completedOn: '2026-02-01', note: 'a\u0000b', expectedVersion: file.version } } }, { token: await stack.token('SOCIAL') });
    expect(firstError(body)).toMatchObject({ message: 'note contains a NUL character (U+0000); remove it', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
