import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../src/auth/policy';
import { readMigrations } from '../../src/db/migrate';
import { pgArray } from '../../src/db/bulk-insert';
import { parsePersonalId } from '../../src/domain/personal-id';
import { startTestStack, type TestStack } from './harness';

let stack: TestStack;
beforeAll(async () => {
  // Enough sensitive circumstances and HIV that the seeded world surely holds profiles with and without one.
  stack = await startTestStack('hubind', 150, { sensitiveCircumstance: 0.08, hiv: 0.03 });
  await stack.refreshHub();
});
afterAll(() => stack?.close());

type Row = Record<string, unknown>;
/** Rows in a stable order whatever the database's collation: the agency and registry databases may differ. */
const sorted = <T extends Row>(rows: T[], key: keyof T & string): T[] => [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
const rowsOf = (summary: { feeds: { feed: string; rows: number }[] }, feed: string) => summary.feeds.find((f) => f.feed === feed)?.rows;
const FEEDS_REREAD = ['identity.persons', 'education.pupil-facts', 'health.patient-facts', 'protection.profile-facts'];

/** Each linked person's and pupil's ethnicity, as the agency holds it and as the registry copied it. */
async function ethnicities() {
  const agency = [
    ...(await stack.dbs.identity.$queryRawUnsafe<Row[]>(`SELECT 'identity.Person' AS "recordKind", "id"::text AS "recordId", "childId", "ethnicity" FROM "identity"."Person" WHERE "childId" IS NOT NULL`)),
    ...(await stack.dbs.education.$queryRawUnsafe<Row[]>(`SELECT 'education.Pupil' AS "recordKind", "id"::text AS "recordId", "childId", "ethnicity" FROM "education"."Pupil" WHERE "childId" IS NOT NULL`)),
  ];
  const registry = await stack.dbs.registry.$queryRawUnsafe<Row[]>(
    `SELECT "recordKind", "recordId"::text AS "recordId", "childId", "ethnicity" FROM "registry"."SubjectRecordFact" WHERE "recordKind" IN ('identity.Person', 'education.Pupil')`,
  );
  const key = (rows: Row[]): Row[] => sorted(rows.map((r): Row => ({ ...r, key: `${r.recordKind}/${r.recordId}` })), 'key');
  return { agency: key(agency), registry: key(registry) };
}

/** Each linked patient's latest screening date, as the health database holds it and as HealthFact copied it. */
async function lastScreenings() {
  const agency = await stack.dbs.health.$queryRawUnsafe<Row[]>(
    `SELECT p."id"::text AS "patientId", p."childId", max(s."screenedOn")::text AS "lastScreenedOn"
       FROM "health"."Patient" p LEFT JOIN "health"."Screening" s ON s."patientId" = p."id"
      WHERE p."childId" IS NOT NULL GROUP BY p."id", p."childId"`,
  );
  const registry = await stack.dbs.registry.$queryRawUnsafe<Row[]>(`SELECT "patientId"::text AS "patientId", "childId", "lastScreenedOn"::text AS "lastScreenedOn" FROM "registry"."HealthFact"`);
  return { agency: sorted(agency, 'patientId'), registry: sorted(registry, 'patientId') };
}

/** The linked patients' insurance cards (validity only), as the health database holds them and as InsuranceCardFact copied them. */
async function insuranceCards() {
  const agency = await stack.dbs.health.$queryRawUnsafe<Row[]>(
    `SELECT c."id"::text AS "cardId", c."patientId"::text AS "patientId", p."childId", c."validFrom"::text AS "validFrom", c."validTo"::text AS "validTo"
       FROM "health"."InsuranceCard" c JOIN "health"."Patient" p ON p."id" = c."patientId" WHERE p."childId" IS NOT NULL`,
  );
  const registry = await stack.dbs.registry.$queryRawUnsafe<Row[]>(
    `SELECT "cardId"::text AS "cardId", "patientId"::text AS "patientId", "childId", "validFrom"::text AS "validFrom", "validTo"::text AS "validTo" FROM "registry"."InsuranceCardFact"`,
  );
  return { agency: sorted(agency, 'cardId'), registry: sorted(registry, 'cardId') };
}

/**
 * Each linked profile's social facts, computed from the protection database by SQL (the active
 * non-sensitive groups, whether an active sensitive one exists, the latest payment and placement)
 * and as SocialFact copied them. Groups are compared as a comma-joined list in byte order.
 */
async function socialFacts() {
  const agency = await stack.dbs.protection.$queryRawUnsafe<Row[]>(
    `SELECT p."id"::text AS "profileId", p."childId",
            coalesce((SELECT string_agg(g, ',' ORDER BY g COLLATE "C") FROM (
               SELECT DISTINCT c."group"::text AS g FROM "protection"."SpecialCircumstance" c
                WHERE c."profileId" = p."id" AND c."endedOn" IS NULL AND NOT c."group"::text = ANY($1::text[])) active), '') AS "groups",
            EXISTS (SELECT 1 FROM "protection"."SpecialCircumstance" c WHERE c."profileId" = p."id" AND c."endedOn" IS NULL AND c."group"::text = ANY($1::text[])) AS "inSensitiveCircumstances",
            (SELECT max(s."paidOn")::text FROM "protection"."SupportPayment" s WHERE s."profileId" = p."id") AS "lastSupportPaidOn",
            care."startedOn"::text AS "careStartedOn", care."endedOn"::text AS "careEndedOn"
       FROM "protection"."ChildProfile" p
       LEFT JOIN LATERAL (SELECT cp."startedOn", cp."endedOn" FROM "protection"."CarePlacement" cp WHERE cp."profileId" = p."id" ORDER BY cp."startedOn" DESC, cp."id" DESC LIMIT 1) care ON true
      WHERE p."childId" IS NOT NULL`,
    pgArray(SENSITIVE_CIRCUMSTANCE_GROUPS),
  );
  const registry = await stack.dbs.registry.$queryRawUnsafe<Row[]>(
    `SELECT "profileId"::text AS "profileId", "childId", coalesce((SELECT string_agg(g, ',' ORDER BY g COLLATE "C") FROM unnest("groups") AS g), '') AS "groups",
            "inSensitiveCircumstances", "lastSupportPaidOn"::text AS "lastSupportPaidOn", "careStartedOn"::text AS "careStartedOn", "careEndedOn"::text AS "careEndedOn"
       FROM "registry"."SocialFact"`,
  );
  return { agency: sorted(agency, 'profileId'), registry: sorted(registry, 'profileId') };
}

/** Every comparison at once: what the agencies hold next to what the registry copied. */
async function everyFact() {
  return { ethnicities: await ethnicities(), lastScreenings: await lastScreenings(), insuranceCards: await insuranceCards(), socialFacts: await socialFacts() };
}
const agencySide = (facts: Awaited<ReturnType<typeof everyFact>>) => Object.fromEntries(Object.entries(facts).map(([name, sides]) => [name, sides.agency]));
const registrySide = (facts: Awaited<ReturnType<typeof everyFact>>) => Object.fromEntries(Object.entries(facts).map(([name, sides]) => [name, sides.registry]));

describe('the facts the indicators need reach the registry through the feeds', () => {
  it("copies persons' and pupils' ethnicity, and none for the other agencies' records", async () => {
    const { agency, registry } = await ethnicities();
    expect(agency.filter((r) => r.recordKind === 'identity.Person').length).toBeGreaterThan(50);
    expect(agency.filter((r) => r.recordKind === 'education.Pupil').length).toBeGreaterThan(20);
    expect(new Set(agency.map((r) => r.ethnicity)).size).toBeGreaterThan(1);
    expect(registry).toEqual(agency);
    const others = await stack.dbs.registry.subjectRecordFact.groupBy({ by: ['recordKind'], where: { recordKind: { in: ['health.Patient', 'protection.ChildProfile'] } }, _count: { ethnicity: true, _all: true } });
    expect(others.map((o) => ({ kind: o.recordKind, stated: o._count.ethnicity, any: o._count._all > 0 })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'health.Patient', stated: 0, any: true },
      { kind: 'protection.ChildProfile', stated: 0, any: true },
    ]);
  });

  it("copies each patient's latest screening date and the insurance cards' validity, never a card number", async () => {
    const screenings = await lastScreenings();
    expect(screenings.agency.filter((r) => r.lastScreenedOn !== null).length).toBeGreaterThan(50);
    expect(screenings.registry).toEqual(screenings.agency);
    const cards = await insuranceCards();
    expect(cards.agency.length).toBeGreaterThan(50);
    expect(cards.registry).toEqual(cards.agency);
    const columns = await stack.dbs.registry.$queryRawUnsafe<{ name: string }[]>(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'registry' AND table_name = 'InsuranceCardFact' ORDER BY 1`,
    );
    expect(columns.map((c) => c.name).sort()).toEqual(['cardId', 'childId', 'patientId', 'sourceUpdatedAt', 'validFrom', 'validTo']);
  });

  it('copies the non-sensitive groups by name, a sensitive one only as a yes, and the latest payment and placement', async () => {
    const { agency, registry } = await socialFacts();
    expect(agency.filter((r) => r.groups !== '').length).toBeGreaterThan(3);
    expect(agency.filter((r) => r.inSensitiveCircumstances).length).toBeGreaterThan(0);
    expect(agency.filter((r) => r.lastSupportPaidOn !== null).length).toBeGreaterThan(3);
    expect(agency.filter((r) => r.careStartedOn !== null).length).toBeGreaterThan(0);
    expect(registry).toEqual(agency);
    // A sensitive group never reaches the registry by name, whatever column or table.
    expect(await stack.dbs.registry.socialFact.count({ where: { groups: { hasSome: [...SENSITIVE_CIRCUMSTANCE_GROUPS] } } })).toBe(0);
    const mentions = await stack.dbs.registry.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "registry"."SocialFact" f WHERE to_jsonb(f)::text ~ $1`,
      SENSITIVE_CIRCUMSTANCE_GROUPS.join('|'),
    );
    expect(mentions[0].n).toBe(0);
    // The yes/no agrees with inSpecialCircumstances' meaning: that flag still counts non-sensitive groups only.
    expect(await stack.dbs.registry.socialFact.count({ where: { inSpecialCircumstances: true, groups: { isEmpty: true } } })).toBe(0);
  });

  it('a write through a subgraph, or straight into its tables, reaches the facts at the next refresh', async () => {
    const { dbs } = stack;
    // HEALTH enters a screening and a new insurance card through the API, for a patient whose identity a save accepts as it is.
    const patients = await dbs.health.patient.findMany({ where: { childId: { not: null }, insuranceCards: { some: {} } }, include: { insuranceCards: true }, orderBy: { id: 'asc' } });
    const patient = patients.find((p) => {
      const parts = p.personalId ? parsePersonalId(p.personalId) : null;
      return !p.personalId || (parts?.sex === p.sex && parts.birthYear === p.birthDate.getUTCFullYear());
    })!;
    expect(patient).toBeDefined();
    const identity = {
      recordNumber: patient.recordNumber, fullName: patient.fullName, birthDate: patient.birthDate.toISOString().slice(0, 10), sex: patient.sex, communeCode: patient.communeCode,
      ...(patient.personalId ? { personalId: patient.personalId } : {}), ...(patient.motherName ? { motherName: patient.motherName } : {}),
    };
    const token = await stack.token('HEALTH');
    const save = async (mutation: string, inputType: string, input: Record<string, string>) => {
      const { body } = await stack.post({ query: `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id created } }`, variables: { input } }, { token });
      expect(body.errors).toBeUndefined();
      return body.data![mutation] as { id: string; created: boolean };
    };
    await save('saveScreening', 'ScreeningInput', { ...identity, screenedOn: '2026-11-30', facilityCode: 'TYT-IND', facilityName: 'Trạm y tế chỉ số', kind: 'Định kỳ' });
    const card = await save('saveInsuranceCard', 'InsuranceCardInput', { ...identity, cardNumber: 'TE1019999777702', validFrom: '2026-12-01', validTo: '2027-11-30' });
    expect(card.created).toBe(true);
    // An older card deleted straight in the database (a correction by hand): its patient is touched, its fact goes.
    const dropped = patient.insuranceCards[0];
    await dbs.health.insuranceCard.delete({ where: { id: dropped.id } });

    // SOCIAL records a support payment, a new placement and a sensitive circumstance in its own tables.
    const profile = await dbs.protection.childProfile.findFirstOrThrow({ where: { childId: { not: null }, specialCircumstances: { none: {} } }, orderBy: { id: 'asc' } });
    await dbs.protection.supportPayment.create({ data: { profileId: profile.id, scheme: 'Trợ cấp xã hội hằng tháng', period: '2026-11', amountVnd: 750_000, paidOn: new Date('2026-11-10') } });
    await dbs.protection.carePlacement.create({ data: { profileId: profile.id, kind: 'KINSHIP', carerName: 'Nguyễn Thị Bà', startedOn: new Date('2026-11-15') } });
    await dbs.protection.specialCircumstance.create({ data: { profileId: profile.id, group: 'TRAFFICKED', identifiedOn: new Date('2026-11-12'), communeCode: profile.communeCode } });
    await dbs.protection.specialCircumstance.create({ data: { profileId: profile.id, group: 'WITHOUT_CARER', identifiedOn: new Date('2026-11-12'), communeCode: profile.communeCode } });

    // POLICE and a school correct an ethnicity; the school's record may also say nothing.
    const person = await dbs.identity.person.findFirstOrThrow({ where: { childId: { not: null } }, orderBy: { id: 'asc' } });
    await dbs.identity.person.update({ where: { id: person.id }, data: { ethnicity: 'Tày' } });
    const pupil = await dbs.education.pupil.findFirstOrThrow({ where: { childId: { not: null }, ethnicity: { not: null } }, orderBy: { id: 'asc' } });
    await dbs.education.pupil.update({ where: { id: pupil.id }, data: { ethnicity: null } });

    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    for (const feed of FEEDS_REREAD) expect({ feed, read: (rowsOf(summary, feed) ?? 0) > 0 }).toEqual({ feed, read: true });
    const registry = dbs.registry;
    expect(await registry.healthFact.findUniqueOrThrow({ where: { patientId: patient.id } })).toMatchObject({ lastScreenedOn: new Date('2026-11-30') });
    expect(await registry.insuranceCardFact.findUnique({ where: { cardId: card.id } })).toMatchObject({ patientId: patient.id, childId: patient.childId, validTo: new Date('2027-11-30') });
    expect(await registry.insuranceCardFact.findUnique({ where: { cardId: dropped.id } })).toBeNull();
    expect(await registry.socialFact.findUniqueOrThrow({ where: { profileId: profile.id } })).toMatchObject({
      groups: ['WITHOUT_CARER'], inSensitiveCircumstances: true, inSpecialCircumstances: true,
      lastSupportPaidOn: new Date('2026-11-10'), careStartedOn: new Date('2026-11-15'), careEndedOn: null,
    });
    const subject = (recordKind: string, recordId: string) => registry.subjectRecordFact.findUniqueOrThrow({ where: { recordKind_recordId: { recordKind, recordId } } });
    expect((await subject('identity.Person', person.id)).ethnicity).toBe('Tày');
    expect((await subject('education.Pupil', pupil.id)).ethnicity).toBeNull();
    // And everything else still agrees.
    const facts = await everyFact();
    expect(registrySide(facts)).toEqual(agencySide(facts));
  });

  it("drops a deleted patient's insurance cards with its other facts", async () => {
    const registry = stack.dbs.registry;
    const card = await registry.insuranceCardFact.findFirstOrThrow({ orderBy: { cardId: 'asc' } });
    const { patientId } = card;
    expect(await registry.insuranceCardFact.count({ where: { patientId } })).toBeGreaterThan(0);
    await stack.dbs.health.$transaction(async (tx) => {
      for (const table of ['Screening', 'Disability', 'InsuranceCard', 'HivStatus']) await tx.$executeRawUnsafe(`DELETE FROM "health"."${table}" WHERE "patientId" = $1::uuid`, patientId);
      await tx.patient.delete({ where: { id: patientId } });
    });
    const summary = await stack.refreshHub();
    expect(rowsOf(summary, 'health.deletions')).toBeGreaterThanOrEqual(1);
    expect(await registry.insuranceCardFact.count({ where: { patientId } })).toBe(0);
    expect(await registry.healthFact.count({ where: { patientId } })).toBe(0);
  });

  it('after the indicator_facts migration, the next refresh re-reads the subject feeds from the start and fills the new columns', async () => {
    const registry = stack.dbs.registry;
    // A registry refreshed before the migration: the new columns at their defaults, no card facts.
    await registry.$executeRawUnsafe(`UPDATE "registry"."SubjectRecordFact" SET "ethnicity" = NULL`);
    await registry.$executeRawUnsafe(`UPDATE "registry"."HealthFact" SET "lastScreenedOn" = NULL`);
    await registry.$executeRawUnsafe(`UPDATE "registry"."SocialFact" SET "groups" = '{}', "inSensitiveCircumstances" = false, "lastSupportPaidOn" = NULL, "careStartedOn" = NULL, "careEndedOn" = NULL`);
    await registry.$executeRawUnsafe(`TRUNCATE "registry"."InsuranceCardFact"`);
    const stale = await everyFact();
    expect(registrySide(stale)).not.toEqual(agencySide(stale));
    // A refresh without the migration's cursor reset reads only what changed lately: most stale columns stay stale.
    expect((await stack.refreshHub()).fullRecompute).toBe(false);
    const still = await everyFact();
    expect(registrySide(still)).not.toEqual(agencySide(still));

    // The migration's data step (its columns exist already here).
    const migration = readMigrations('registry').find((m) => m.name.endsWith('_indicator_facts'))!;
    const cursorReset = migration.sql.slice(migration.sql.indexOf('DELETE FROM "registry"."FeedCursor"'));
    expect(cursorReset).toMatch(/^DELETE FROM "registry"\."FeedCursor"/);
    await registry.$executeRawUnsafe(cursorReset);
    expect(await registry.feedCursor.count({ where: { feed: { in: FEEDS_REREAD } } })).toBe(0);
    expect(await registry.feedCursor.count({ where: { feed: 'civil.registrations' } })).toBe(1);

    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(true);
    expect(rowsOf(summary, 'health.patient-facts')).toBe(await stack.dbs.health.patient.count({ where: { childId: { not: null } } }));
    const facts = await everyFact();
    expect(registrySide(facts)).toEqual(agencySide(facts));
  });
});
