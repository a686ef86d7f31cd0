import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../src/auth/policy';
import { communesOf } from '../../src/domain/admin-units';
import type { Agency } from '../../src/auth/principal';
import { RISK_REASON_CODES, type RiskReasonCode } from '../../src/subgraphs/registry/risk/config';
import { assessRisk, type PupilRiskFeatures } from '../../src/subgraphs/registry/risk/model';
import { dropoutRiskDerivation, outOfSchoolDerivation } from '../../src/subgraphs/registry/risk/derivations';
import { featuresSql } from '../../src/subgraphs/registry/risk/risk-sql';
import { isoDate, REFERENCE_DATE, SCHOOL_YEAR } from '../../src/synthetic/child-context';
import type { DropoutCause } from '../../src/synthetic/truth';
import { startTestStack, type TestStack } from './harness';

// The hub's "today" is the seeded world's reference date, whatever the calendar says.
process.env.CHILDGRAPH_AS_OF = isoDate(REFERENCE_DATE);

let stack: TestStack;
beforeAll(async () => {
  // More planted high-risk pupils, HIV and sensitive groups than the defaults, so the checks bite.
  stack = await startTestStack('dropoutrisk', 1500, { highDropoutRisk: 0.15, hiv: 0.03, sensitiveCircumstance: 0.04, adoption: 0.03 });
  await stack.refreshHub();
}, 180_000);
afterAll(() => stack?.close());

interface ListRow {
  child: { id: string };
  school: { code: string; name: string };
  schoolYear: string;
  grade: number;
  level: string;
  score: number;
  reasons: { code: RiskReasonCode; labelEn: string; labelVi: string }[];
  provinceCode: string;
  communeCode: string;
}

const ROW = 'child { id } school { code name } schoolYear grade level score reasons { code labelEn labelVi } provinceCode communeCode';

async function wholeList(agency: Agency, filter: Record<string, unknown> = {}, pageSize = 500, jurisdiction?: string): Promise<{ rows: ListRow[]; totalCount: number }> {
  const token = await stack.token(agency, { jurisdiction });
  const rows: ListRow[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 200; page++) {
    const { body } = await stack.post(
      { query: `query($f: DropoutRiskFilter, $n: Int, $a: String) { dropoutRiskList(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`, variables: { f: filter, n: pageSize, a: after } },
      { token },
    );
    expect(body.errors).toBeUndefined();
    const list = body.data!.dropoutRiskList;
    totalCount = list.totalCount;
    rows.push(...list.edges.map((e: { node: ListRow }) => e.node));
    if (!list.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor;
  }
  return { rows, totalCount };
}

/** The reason code each planted cause must show as; a special circumstance shows only if it is a non-sensitive group. */
function expectedReasons(causes: DropoutCause[], groups: string[]): RiskReasonCode[] {
  return causes.filter((cause) => cause !== 'SPECIAL_CIRCUMSTANCE' || groups.some((g) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g)));
}

describe('dropoutRiskList', () => {
  it('finds at least 95% of the planted high-risk pupils in the HIGH list, with their planted causes as reasons', async () => {
    const planted = stack.truth.filter((t) => t.planted.highDropoutRisk);
    expect(planted.length).toBeGreaterThan(30);
    const { rows } = await wholeList('EDUCATION', { minLevel: 'HIGH' });
    const high = new Map(rows.map((r) => [r.child.id, r]));
    const found = planted.filter((t) => high.has(t.childId));
    const recall = found.length / planted.length;
    const matching = found.filter((t) => {
      const shown = high.get(t.childId)!.reasons.map((r) => r.code);
      return expectedReasons(t.planted.highDropoutRisk!, t.specialCircumstances).every((code) => shown.includes(code));
    });
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(matching.length / found.length).toBeGreaterThanOrEqual(0.95);
    expect(rows.every((r) => r.level === 'HIGH')).toBe(true);
  });

  it('flags as over age exactly the pupils planted a grade behind, none placed by the national convention', async () => {
    const { rows } = await wholeList('EDUCATION', {});
    const overAge = rows.filter((r) => r.reasons.some((reason) => reason.code === 'OVER_AGE')).map((r) => r.child.id).sort();
    const behind = stack.truth.filter((t) => t.planted.highDropoutRisk?.includes('REPEATED_GRADE')).map((t) => t.childId).sort();
    expect(behind.length).toBeGreaterThan(5);
    expect(overAge).toEqual(behind);
  });

  it('scores in SQL exactly as the TypeScript model does, for every pupil', async () => {
    const features = await stack.dbs.registry.$queryRawUnsafe<Record<string, unknown>[]>(featuresSql(false, SCHOOL_YEAR));
    const stored = new Map((await stack.dbs.registry.dropoutRisk.findMany()).map((r) => [r.childId, r]));
    expect(features.length).toBe(stored.size);
    expect(features.length).toBeGreaterThan(300);
    const num = (v: unknown) => (v === null ? null : Number(v));
    for (const f of features) {
      const input: PupilRiskFeatures = {
        absenceShare: num(f.absence_share), previousAbsenceShare: num(f.previous_absence_share), firstTermAbsenceShare: num(f.first_term_share), lastTermAbsenceShare: num(f.last_term_share),
        grade: Number(f.grade), previousGrade: num(f.previous_grade), previousStatus: f.previous_status as PupilRiskFeatures['previousStatus'],
        daysSincePreviousEnded: num(f.days_since_previous_ended), ageYears: Number(f.age_years), daysEnrolledAfterOpening: Number(f.days_after_opening),
        openDropoutWarnings: Number(f.open_warnings), inSpecialCircumstances: f.special as boolean | null, orphaned: f.orphaned as boolean | null,
        hasDisability: f.disability as boolean | null, householdPoverty: f.poverty as 'POOR' | 'NEAR_POOR' | null,
        residenceProvinces: f.permanent_provinces === null && f.temporary_provinces === null ? null : { permanent: (f.permanent_provinces as string[] | null) ?? [], temporary: (f.temporary_provinces as string[] | null) ?? [] },
      };
      const row = stored.get(f.child_id as string)!;
      expect({ child: f.child_id, ...assessRisk(input) }).toEqual({ child: f.child_id, score: row.score, level: row.level, reasons: row.reasons });
    }
    // The residence rule is exercised too: the seed registers some families temporarily in HCMC.
    const migrants = [...stored.values()].filter((r) => r.reasons.includes('MIGRANT_FAMILY'));
    expect(migrants.length).toBeGreaterThan(5);
    expect(features.filter((f) => f.temporary_provinces !== null).length).toBeGreaterThan(migrants.length);
  });

  it('never gives EDUCATION a sensitive category, HIV status or adoption fact, in any field of either list', async () => {
    const { body: schema } = await stack.post({ query: '{ __schema { types { name fields { name } } } }' }, { token: await stack.token('EDUCATION') });
    const types = schema.data!.__schema.types as { name: string; fields: { name: string }[] | null }[];
    const listTypes = ['DropoutRiskRow', 'OutOfSchoolRow', 'RiskReason', 'ListedSchool'];
    for (const name of listTypes) {
      const fields = types.find((t) => t.name === name)!.fields!.map((f) => f.name);
      expect(fields.filter((f) => /hiv|adopt|sensitive|group|circumstance|disabilityLevel|poverty/i.test(f))).toEqual([]);
    }
    const { rows } = await wholeList('EDUCATION');
    const { body } = await stack.post(
      { query: '{ outOfSchoolChildren(first: 500) { edges { node { child { id } situation ageYears schoolYear lastSchool { code name } lastGrade lastSchoolYear leftOn provinceCode communeCode } } } }' },
      { token: await stack.token('EDUCATION') },
    );
    const released = JSON.stringify([rows, body.data]);
    const forbiddenValues = [...SENSITIVE_CIRCUMSTANCE_GROUPS, 'ORPHANED', 'POSITIVE', 'EXPOSED', 'HIV', 'ADOPT', 'APPROVED', 'REVOKED', 'NEAR_POOR'];
    expect(forbiddenValues.filter((value) => released.includes(value))).toEqual([]);
    expect(new Set(rows.flatMap((r) => r.reasons.map((reason) => reason.code))).size).toBeGreaterThan(5);
    // A child whose only groups are sensitive (HIV among them) is not shown as in a special circumstance.
    const onlySensitive = new Set(stack.truth.filter((t) => t.specialCircumstances.length > 0 && t.specialCircumstances.every((g) => SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g))).map((t) => t.childId));
    const listedOnlySensitive = rows.filter((r) => onlySensitive.has(r.child.id));
    expect(listedOnlySensitive.length).toBeGreaterThan(0);
    expect(listedOnlySensitive.filter((r) => r.reasons.some((reason) => reason.code === 'SPECIAL_CIRCUMSTANCE'))).toEqual([]);
    expect(RISK_REASON_CODES).not.toContain('ORPHANED');
  });

  it('pages without repeats or holes, highest score first', async () => {
    const { rows, totalCount } = await wholeList('SOCIAL', {}, 37);
    expect(rows.length).toBe(totalCount);
    expect(new Set(rows.map((r) => r.child.id)).size).toBe(rows.length);
    expect(totalCount).toBe(await stack.dbs.registry.dropoutRisk.count());
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].score >= rows[i].score).toBe(true);
  });

  it('answers a page in one registry statement plus its audit row whatever its size, with the master index entry on each row', async () => {
    const token = await stack.token('EDUCATION');
    const page = async (first: number) => {
      const counts = { ...stack.queryCounts };
      const { body } = await stack.post({ query: `{ dropoutRiskList(first: ${first}) { totalCount edges { node { score child { id index { fullName birthDate sex communeCode personalId } } } } } }` }, { token });
      expect(body.errors).toBeUndefined();
      expect(body.data!.dropoutRiskList.edges.length).toBe(first);
      const spent = Object.fromEntries(Object.entries(stack.queryCounts).map(([name, n]) => [name, n - counts[name as keyof typeof counts]]).filter(([, n]) => n));
      return { spent, nodes: body.data!.dropoutRiskList.edges.map((e: { node: { child: { id: string; index: Record<string, string | null> } } }) => e.node.child) };
    };
    const small = await page(5);
    const large = await page(200);
    // The page, its count and the index entries in one statement, and one access-log row; no other subgraph.
    expect(small.spent).toEqual({ registry: 2 });
    expect(large.spent).toEqual({ registry: 2 });
    const masters = await stack.dbs.registry.masterChild.findMany({ where: { id: { in: large.nodes.map((c: { id: string }) => c.id) } } });
    const byId = new Map(masters.map((m) => [m.id, { fullName: m.fullName, birthDate: m.birthDate.toISOString().slice(0, 10), sex: m.sex, communeCode: m.communeCode, personalId: m.personalId }]));
    expect(large.nodes.map((c: { id: string; index: unknown }) => c.index)).toEqual(large.nodes.map((c: { id: string }) => byId.get(c.id)));
  });

  it('counts only when totalCount is selected, also through a fragment', async () => {
    const token = await stack.token('EDUCATION');
    const uncounted = await stack.post({ query: '{ dropoutRiskList(first: 2) { pageInfo { hasNextPage } edges { node { score } } } }' }, { token });
    expect(uncounted.body.errors).toBeUndefined();
    expect(uncounted.body.data!.dropoutRiskList.pageInfo.hasNextPage).toBe(true);
    const counted = await stack.post({ query: 'fragment Counted on DropoutRiskConnection { totalCount } { dropoutRiskList(first: 2) { ...Counted } }' }, { token });
    expect(counted.body.errors).toBeUndefined();
    expect(counted.body.data!.dropoutRiskList.totalCount).toBe(await stack.dbs.registry.dropoutRisk.count());
  });

  it('counts an empty page too: past the last row, and for a filter nobody matches', async () => {
    const token = await stack.token('SOCIAL');
    const total = await stack.dbs.registry.dropoutRisk.count();
    const ask = async (variables: Record<string, unknown>) => {
      const counts = { ...stack.queryCounts };
      const { body } = await stack.post({ query: 'query($a: String, $f: DropoutRiskFilter) { dropoutRiskList(first: 500, after: $a, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { score } } } }', variables }, { token });
      expect(body.errors).toBeUndefined();
      return { list: body.data!.dropoutRiskList, statements: stack.queryCounts.registry - counts.registry };
    };
    let page = await ask({});
    while (page.list.pageInfo.hasNextPage) page = await ask({ a: page.list.pageInfo.endCursor });
    const beyond = await ask({ a: page.list.pageInfo.endCursor });
    expect(beyond.list).toEqual({ totalCount: total, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    // The count rides on the rows (page and audit row: 2 statements); only an empty page asks it on its own.
    expect(page.statements).toBe(2);
    expect(beyond.statements).toBe(3);
    const listed = new Set((await stack.dbs.registry.dropoutRisk.findMany({ select: { communeCode: true } })).map((r) => r.communeCode));
    const quiet = communesOf('01').find((c) => !listed.has(c.code))!.code;
    const nobody = await ask({ f: { communeCode: quiet } });
    expect(nobody.list.edges.length).toBe(0);
    expect(nobody.list.totalCount).toBe(0);
  });

  it('filters by area, school, grade, level and reason, and scopes to the jurisdiction', async () => {
    const all = (await wholeList('SOCIAL')).rows;
    const sample = all.find((r) => r.level !== 'LOW' && r.reasons.length > 1)!;
    const byProvince = await wholeList('EDUCATION', { provinceCode: sample.provinceCode });
    expect(byProvince.rows.map((r) => r.child.id).sort()).toEqual(all.filter((r) => r.provinceCode === sample.provinceCode).map((r) => r.child.id).sort());
    const scoped = await wholeList('EDUCATION', {}, 500, `province:${sample.provinceCode}`);
    expect(scoped.totalCount).toBe(byProvince.totalCount);
    const commune = await wholeList('EDUCATION', { provinceCode: '01' }, 500, `commune:${sample.communeCode}`);
    expect(commune.rows.every((r) => r.communeCode === sample.communeCode && r.provinceCode === '01')).toBe(true);
    const narrow = await wholeList('EDUCATION', { schoolCode: sample.school.code, grade: sample.grade, minLevel: 'MEDIUM', schoolYear: sample.schoolYear, reasons: [sample.reasons[0].code] });
    expect(narrow.rows.map((r) => r.child.id)).toContain(sample.child.id);
    expect(narrow.rows.every((r) => r.school.code === sample.school.code && r.grade === sample.grade && r.level !== 'LOW' && r.reasons.some((x) => x.code === sample.reasons[0].code))).toBe(true);
  });

  it('answers bad filters with BAD_USER_INPUT and a message a person can act on', async () => {
    const token = await stack.token('EDUCATION');
    for (const [filter, message] of [
      [{ schoolCode: 'NO-SUCH-SCHOOL' }, /No school with code "NO-SUCH-SCHOOL"/],
      [{ minLevel: 'EXTREME' }, /EXTREME/],
      [{ grade: -1 }, /grade is 0 \(preschool\) to 12; got -1/],
      [{ provinceCode: '1' }, /two digits/],
      [{ schoolYear: '2025' }, /2025-2026/],
    ] as const) {
      const { status, body } = await stack.post({ query: 'query($f: DropoutRiskFilter) { dropoutRiskList(filter: $f) { totalCount } }', variables: { f: filter } }, { token });
      // An enum value that does not exist fails variable coercion: HTTP 400, before any resolver runs.
      expect({ filter, status, code: body.errors?.[0].extensions?.code }).toEqual({ filter, status: 'minLevel' in filter ? 400 : 200, code: 'BAD_USER_INPUT' });
      expect(body.errors![0].message).toMatch(message);
    }
  });

  it('only EDUCATION and SOCIAL read the lists, and each release is audited', async () => {
    for (const agency of ['POLICE', 'JUSTICE', 'HEALTH', 'ANALYTICS'] as const) {
      const { body } = await stack.post({ query: '{ dropoutRiskList(first: 1) { totalCount } outOfSchoolChildren(first: 1) { totalCount } }' }, { token: await stack.token(agency) });
      expect((body.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    const { body } = await stack.post({ query: 'query Worklist { dropoutRiskList(first: 3) { edges { node { child { id } } } } }' }, { token: await stack.token('EDUCATION') });
    const ids = body.data!.dropoutRiskList.edges.map((e: { node: ListRow }) => e.node.child.id).sort();
    const entry = await stack.dbs.registry.accessLog.findFirstOrThrow({ where: { operationName: 'Worklist' }, orderBy: { at: 'desc' } });
    expect(entry).toMatchObject({ agency: 'EDUCATION', fields: ['Query.dropoutRiskList'], childIds: ids });
  });

  it('leaves one audit row per request even when identical requests arrive at once (the gateway does not merge them)', async () => {
    const token = await stack.token('EDUCATION');
    const query = 'query SameWorklistAtOnce { dropoutRiskList(first: 200) { edges { node { child { id } score } } } }';
    const answers = await Promise.all(Array.from({ length: 4 }, () => stack.post({ query }, { token })));
    expect(answers.map((a) => a.body.data?.dropoutRiskList.edges.length)).toEqual([200, 200, 200, 200]);
    expect(await stack.dbs.registry.accessLog.count({ where: { operationName: 'SameWorklistAtOnce' } })).toBe(4);
  });

  it('follows a change in the education data layer after a refresh', async () => {
    const { rows } = await wholeList('SOCIAL', { minLevel: 'LOW' });
    const calm = rows.find((r) => r.score === 0)!;
    const pupil = await stack.dbs.education.pupil.findFirstOrThrow({ where: { childId: calm.child.id } });
    const enrollment = await stack.dbs.education.enrollment.findFirstOrThrow({ where: { pupilId: pupil.id, schoolYear: calm.schoolYear }, include: { attendance: true } });
    // The school records 30 more days of absence, and raises a dropout warning.
    await stack.dbs.education.attendanceSummary.update({ where: { id: enrollment.attendance[0].id }, data: { daysAbsent: enrollment.attendance[0].daysAbsent + 30 } });
    await stack.dbs.education.dropoutFlag.create({ data: { enrollmentId: enrollment.id, flaggedOn: new Date(), reason: 'CHRONIC_ABSENCE' } });
    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    const after = await stack.dbs.registry.dropoutRisk.findUniqueOrThrow({ where: { childId: calm.child.id } });
    expect(after.level).toBe('HIGH');
    expect(after.reasons).toEqual(expect.arrayContaining(['CHRONIC_ABSENCE', 'DROPOUT_WARNING']));
    // The pupil drops out: off the risk list, onto the out-of-school list.
    await stack.dbs.education.enrollment.update({ where: { id: enrollment.id }, data: { status: 'DROPPED_OUT', endedOn: new Date() } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.dropoutRisk.findUnique({ where: { childId: calm.child.id } })).toBeNull();
    expect(await stack.dbs.registry.outOfSchoolChild.findUniqueOrThrow({ where: { childId: calm.child.id } })).toMatchObject({ situation: 'DROPPED_OUT' });
    // Both incremental recomputes (a level changed, a row left) kept the tally behind totalCount exact.
    expect(await tallyDrift()).toEqual([]);
  });

  it('counts from the tally exactly what the rows hold, filter by filter; reasons are counted from the rows', async () => {
    expect(await tallyDrift()).toEqual([]);
    const all = (await wholeList('SOCIAL')).rows;
    const sample = all.find((r) => r.level !== 'LOW' && r.reasons.length > 0)!;
    for (const filter of [
      { provinceCode: sample.provinceCode },
      { communeCode: sample.communeCode },
      { schoolCode: sample.school.code, grade: sample.grade },
      { minLevel: 'MEDIUM', schoolYear: sample.schoolYear },
      { provinceCode: sample.provinceCode, reasons: [sample.reasons[0].code] },
    ]) {
      const { rows, totalCount } = await wholeList('EDUCATION', filter);
      expect({ filter, totalCount }).toEqual({ filter, totalCount: rows.length });
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('keeps the tally through every kind of change to the rows (insert, update, delete, truncate)', async () => {
    const rollback = new Error('rollback');
    await expect(
      stack.dbs.registry.$transaction(async (tx) => {
        const some = await tx.dropoutRisk.findMany({ take: 30, orderBy: { childId: 'asc' } });
        await tx.dropoutRisk.updateMany({ where: { childId: { in: some.slice(0, 10).map((r) => r.childId) } }, data: { level: 'HIGH', grade: 9 } });
        await tx.dropoutRisk.deleteMany({ where: { childId: { in: some.slice(10, 20).map((r) => r.childId) } } });
        await tx.dropoutRisk.createMany({ data: some.slice(10, 15).map(({ computedAt: _, ...row }) => ({ ...row, communeCode: '00004', provinceCode: '01' })) });
        expect(await tallyDrift(tx)).toEqual([]);
        await tx.$executeRawUnsafe('TRUNCATE "registry"."DropoutRisk"');
        expect(await tx.dropoutRiskTally.count()).toBe(0);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await tallyDrift()).toEqual([]);
  });
});

/** Groups where DropoutRiskTally disagrees with a fresh count of DropoutRisk (none when the triggers keep it). */
async function tallyDrift(db: Pick<TestStack['dbs']['registry'], '$queryRawUnsafe'> = stack.dbs.registry): Promise<unknown[]> {
  return db.$queryRawUnsafe(`
    SELECT * FROM (SELECT "provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level", count(*)::int AS n
                     FROM "registry"."DropoutRisk" GROUP BY 1, 2, 3, 4, 5, 6) r
    FULL JOIN "registry"."DropoutRiskTally" t USING ("provinceCode", "communeCode", "schoolCode", "schoolYear", "grade", "level")
    WHERE r.n IS DISTINCT FROM t."pupils"`);
}

describe('MIGRANT_FAMILY', () => {
  it('follows a temporary residence registered in another province, and shows EDUCATION only the code', async () => {
    // A calm pupil whose only residence is a permanent one.
    const calm = await stack.dbs.registry.dropoutRisk.findMany({ where: { score: 0 }, orderBy: { childId: 'asc' } });
    let chosen: { childId: string; personId: string; province: string } | null = null;
    for (const row of calm) {
      const person = await stack.dbs.identity.person.findFirst({ where: { childId: row.childId }, include: { residences: true } });
      const [only, ...others] = person?.residences ?? [];
      if (person && only?.kind === 'PERMANENT' && only.endedOn === null && others.length === 0) chosen = { childId: row.childId, personId: person.id, province: only.provinceCode };
      if (chosen) break;
    }
    expect(chosen).not.toBeNull();
    const { childId, personId, province } = chosen!;
    const elsewhere = province === '79' ? '01' : '79';
    const commune = communesOf(elsewhere)[0].code;
    // The police register the family's temporary residence in another province (tạm trú).
    const address = 'Phòng trọ số 17, hẻm 42';
    const temporary = await stack.dbs.identity.residence.create({
      data: { personId, kind: 'TEMPORARY', provinceCode: elsewhere, communeCode: commune, address, registeredOn: new Date('2025-10-01') },
    });
    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(await stack.dbs.registry.dropoutRisk.findUniqueOrThrow({ where: { childId } })).toMatchObject({ score: 10, level: 'LOW', reasons: ['MIGRANT_FAMILY'] });

    const { rows } = await wholeList('EDUCATION', { reasons: ['MIGRANT_FAMILY'] });
    const row = rows.find((r) => r.child.id === childId)!;
    expect(row.reasons).toEqual([{ code: 'MIGRANT_FAMILY', labelEn: 'Migrant family', labelVi: 'Gia đình di cư' }]);
    expect(row.provinceCode).toBe(province);
    const released = JSON.stringify(row);
    expect([address, commune, 'TEMPORARY', '2025-10-01'].filter((detail) => released.includes(detail))).toEqual([]);

    // The temporary residence ended before this school year opened: no longer a reason.
    await stack.dbs.identity.residence.update({ where: { id: temporary.id }, data: { registeredOn: new Date('2024-10-01'), endedOn: new Date('2025-06-30') } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.dropoutRisk.findUniqueOrThrow({ where: { childId } })).toMatchObject({ score: 0, reasons: [] });
  });
});

describe('outOfSchoolChildren', () => {
  it('lists compulsory-age residents without a current enrollment and this year\'s dropouts', async () => {
    const token = await stack.token('SOCIAL');
    const { body } = await stack.post({ query: '{ outOfSchoolChildren(first: 500) { totalCount edges { node { child { id } situation ageYears } } } }' }, { token });
    const rows = body.data!.outOfSchoolChildren.edges.map((e: { node: { child: { id: string }; situation: string; ageYears: number } }) => e.node);
    expect(body.data!.outOfSchoolChildren.totalCount).toBe(rows.length);
    const droppedOut = await stack.dbs.registry.schoolingFact.findMany({ where: { status: 'DROPPED_OUT', schoolYear: SCHOOL_YEAR } });
    expect(droppedOut.length).toBeGreaterThan(0);
    for (const { childId } of droppedOut) expect(rows.find((r: { child: { id: string } }) => r.child.id === childId)?.situation).toBe('DROPPED_OUT');
    const others = rows.filter((r: { situation: string }) => r.situation !== 'DROPPED_OUT');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r: { ageYears: number }) => r.ageYears >= 6 && r.ageYears <= 14)).toBe(true);
    const enrolled = new Set((await stack.dbs.registry.schoolingFact.findMany({ where: { schoolYear: '2025-2026', status: 'ENROLLED' } })).map((f) => f.childId));
    expect(others.filter((r: { child: { id: string } }) => enrolled.has(r.child.id))).toEqual([]);
  });

  it('pages by child id without repeats or holes, in one registry statement plus the audit row per page', async () => {
    const token = await stack.token('SOCIAL');
    const whole = await stack.post({ query: '{ outOfSchoolChildren(first: 500) { edges { node { child { id } } } } }' }, { token });
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const before = stack.queryCounts.registry;
      const { body } = await stack.post({ query: 'query($a: String) { outOfSchoolChildren(first: 8, after: $a) { pageInfo { hasNextPage endCursor } edges { node { child { id index { fullName } } } } } }', variables: { a: after } }, { token });
      expect(stack.queryCounts.registry - before).toBe(2);
      const list = body.data!.outOfSchoolChildren;
      ids.push(...list.edges.map((e: { node: { child: { id: string; index: { fullName: string } } } }) => e.node.child.id));
      expect(list.edges.every((e: { node: { child: { index: { fullName: string } } } }) => e.node.child.index.fullName.length > 0)).toBe(true);
      if (!list.pageInfo.hasNextPage) break;
      after = list.pageInfo.endCursor;
    }
    expect(ids).toEqual(whole.body.data!.outOfSchoolChildren.edges.map((e: { node: { child: { id: string } } }) => e.node.child.id));
    expect(ids.length).toBeGreaterThan(16);
  });
});

describe('downloads', () => {
  const download = async (pathAndQuery: string, agency: 'EDUCATION' | 'SOCIAL' | 'HEALTH') => {
    const response = await fetch(new URL(pathAndQuery, stack.gateway.url), { headers: { authorization: `Bearer ${await stack.token(agency)}` } });
    return { status: response.status, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
  };
  /** The CSV's records without the BOM, header first. */
  const records = (text: string): string[][] => parseCsv(text.slice(1));
  const LEVELS_VI = ['Cao', 'Trung bình', 'Thấp'];
  const SITUATIONS_VI: Record<string, string> = { DROPPED_OUT: 'Bỏ học trong năm học', NOT_ENROLLED_THIS_YEAR: 'Không nhập học năm học này', NEVER_ENROLLED: 'Chưa từng đi học' };

  it('exports both lists as CSV with Vietnamese headers, one line per row of the list, for EDUCATION and SOCIAL only', async () => {
    const province = (await stack.dbs.registry.dropoutRisk.findFirstOrThrow({ where: { level: 'HIGH' } })).provinceCode;
    for (const [name, rootField, count] of [
      ['dropout-risk', 'dropoutRiskList', await stack.dbs.registry.dropoutRisk.count({ where: { provinceCode: province } })],
      ['out-of-school', 'outOfSchoolChildren', await stack.dbs.registry.outOfSchoolChild.count({ where: { provinceCode: province } })],
    ] as const) {
      const csv = await download(`/exports/${name}.csv?provinceCode=${province}&lang=vi`, 'EDUCATION');
      expect({ name, rootField, status: csv.status }).toEqual({ name, rootField, status: 200 });
      expect(csv.text.startsWith('\ufeffMã trẻ,Họ và tên')).toBe(true);
      expect(csv.text.trimEnd().split('\n').length).toBe(count + 1);
      expect((await download(`/exports/${name}.csv`, 'HEALTH')).status).toBe(403);
    }
  });

  it("names every child from the master index, also pupils the police do not know", async () => {
    // Pupils linked to a child the population registry has no person for: the identity subgraph has no name for them.
    const pupils = await stack.dbs.education.pupil.findMany({ where: { childId: { not: null } }, select: { childId: true } });
    const known = new Set((await stack.dbs.identity.person.findMany({ where: { childId: { not: null } }, select: { childId: true } })).map((p) => p.childId));
    const unknownToPolice = new Set(pupils.map((p) => p.childId!).filter((id) => !known.has(id)));
    const masters = new Map((await stack.dbs.registry.masterChild.findMany()).map((m) => [m.id, m]));
    for (const name of ['dropout-risk', 'out-of-school']) {
      const [header, ...rows] = records((await download(`/exports/${name}.csv?lang=vi`, 'EDUCATION')).text);
      expect(header.slice(0, 4)).toEqual(['Mã trẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính']);
      expect({ name, blankNames: rows.filter((r) => r[1] === '').length }).toEqual({ name, blankNames: 0 });
      // Out-of-school children are mostly found by their residence, which the police hold: only the risk list has such pupils here.
      if (name === 'dropout-risk') expect(rows.filter((r) => unknownToPolice.has(r[0])).length).toBeGreaterThan(0);
      for (const [childId, fullName, birthDate, sex] of rows) {
        const master = masters.get(childId)!;
        expect({ childId, fullName, birthDate, sex }).toEqual({
          childId, fullName: master.fullName, birthDate: master.birthDate.toISOString().slice(0, 10), sex: master.sex === 'MALE' ? 'Nam' : 'Nữ',
        });
      }
    }
  });

  it('labels levels, reasons and situations in the caller\'s language, with the schema\'s own reason labels', async () => {
    const { rows: listed } = await wholeList('SOCIAL');
    const expectedVi = new Map(listed.map((r) => [r.child.id, r.reasons.map((reason) => reason.labelVi).join('; ')]));
    const expectedEn = new Map(listed.map((r) => [r.child.id, r.reasons.map((reason) => reason.labelEn).join('; ')]));
    const [headerVi, ...vi] = records((await download('/exports/dropout-risk.csv?lang=vi', 'SOCIAL')).text);
    const [headerEn, ...en] = records((await download('/exports/dropout-risk.csv?lang=en', 'SOCIAL')).text);
    const column = (header: string[], name: string) => header.indexOf(name);
    expect(new Set(vi.map((r) => r[column(headerVi, 'Mức nguy cơ')]))).toEqual(new Set(LEVELS_VI));
    expect(new Set(en.map((r) => r[column(headerEn, 'Risk level')]))).toEqual(new Set(['High', 'Medium', 'Low']));
    expect(vi.map((r) => [r[0], r[column(headerVi, 'Lý do')]])).toEqual(listed.map((r) => [r.child.id, expectedVi.get(r.child.id)]));
    expect(en.map((r) => [r[0], r[column(headerEn, 'Reasons')]])).toEqual(listed.map((r) => [r.child.id, expectedEn.get(r.child.id)]));
    expect(vi.some((r) => /CHRONIC_ABSENCE|HIGH|MALE/.test(r.join(',')))).toBe(false);
    // School and area codes keep their leading zeros in Excel's text form.
    expect(vi.every((r) => /^="\d{2}"$/.test(r[column(headerVi, 'Mã tỉnh')]) && /^="\d{5}"$/.test(r[column(headerVi, 'Mã xã')]))).toBe(true);
    expect(vi.every((r) => /^="\d{2}/.test(r[column(headerVi, 'Mã trường')]))).toBe(true);
    const [outHeader, ...out] = records((await download('/exports/out-of-school.csv?lang=vi', 'SOCIAL')).text);
    const situations = await stack.dbs.registry.outOfSchoolChild.findMany({ select: { situation: true } });
    expect(new Set(out.map((r) => r[column(outHeader, 'Tình trạng')]))).toEqual(new Set(situations.map((r) => SITUATIONS_VI[r.situation])));
    expect(out.length).toBe(situations.length);
  });

  it('writes an Excel workbook with a frozen header, an autofilter, date cells and codes as text', async () => {
    const response = await fetch(new URL('/exports/out-of-school.xlsx?lang=vi', stack.gateway.url), { headers: { authorization: `Bearer ${await stack.token('EDUCATION')}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const count = await stack.dbs.registry.outOfSchoolChild.count();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:N${count + 1}`);
    let leftOn = 0;
    sheet.eachRow((row, i) => {
      if (i === 1) return;
      expect(row.getCell(3).value).toBeInstanceOf(Date);
      expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
      expect({ province: row.getCell(5).type, format: row.getCell(5).numFmt }).toEqual({ province: ExcelJS.ValueType.String, format: '@' });
      expect(row.getCell(8).type).toBe(ExcelJS.ValueType.Number);
      if (row.getCell(14).value !== null) {
        leftOn += 1;
        expect(row.getCell(14).value).toBeInstanceOf(Date);
      }
    });
    expect(leftOn).toBeGreaterThan(0);
  });
});

describe('the school year the lists describe', () => {
  const recompute = async () => {
    for (const derivation of [dropoutRiskDerivation, outOfSchoolDerivation]) await derivation.recompute(stack.dbs.registry, { all: true });
  };
  const years = async () => ({
    risk: [...new Set((await stack.dbs.registry.dropoutRisk.findMany({ select: { schoolYear: true } })).map((r) => r.schoolYear))],
    outOfSchool: [...new Set((await stack.dbs.registry.outOfSchoolChild.findMany({ select: { schoolYear: true } })).map((r) => r.schoolYear))],
  });
  afterAll(async () => {
    process.env.CHILDGRAPH_AS_OF = isoDate(REFERENCE_DATE);
    await recompute();
  });

  it('is the school year of the hub\'s today, the latest reported one while that has no enrollments yet, and never a later one', async () => {
    expect(await years()).toEqual({ risk: [SCHOOL_YEAR], outOfSchool: [SCHOOL_YEAR] });
    const before = await stack.dbs.registry.dropoutRisk.count();
    process.env.CHILDGRAPH_AS_OF = '2027-10-01'; // 2027-2028: nothing reported yet
    await recompute();
    expect(await years()).toEqual({ risk: [SCHOOL_YEAR], outOfSchool: [SCHOOL_YEAR] });
    expect(await stack.dbs.registry.dropoutRisk.count()).toBe(before);
    process.env.CHILDGRAPH_AS_OF = '2026-03-01'; // 2025-2026: this world's previous year
    await recompute();
    expect(await years()).toEqual({ risk: ['2025-2026'], outOfSchool: ['2025-2026'] });
  });
});
