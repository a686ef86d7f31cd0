import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AGENCIES } from '../../src/auth/principal';
import { communeOf } from '../../src/domain/admin-units';
import { ReceptionStepKind } from '../../src/generated/prisma/protection/enums';
import { startTestStack, type TestStack } from './harness';

// The hub's today is the synthetic reference date (test/pin-as-of.ts): the planted files are the exact answer.
const TODAY = new Date(`${process.env.CHILDGRAPH_AS_OF}T00:00:00Z`);
const DAY = 86_400_000;
/** Steps due the same day come in the order of the process (the enum's). */
const STEP_ORDER = Object.keys(ReceptionStepKind);

const PAGE = `query Abandoned($filter: AbandonedChildFilter, $first: Int, $after: String) {
  abandonedChildren(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { caseId version child { id } foundAt communeCode provinceCode openSteps overdueSteps maxDaysOverdue steps { step dueOn completedOn daysOverdue } } }
  }
}`;

interface StepNode { step: string; dueOn: string; completedOn: string | null; daysOverdue: number }
interface FileNode {
  caseId: string; version: number; child: { id: string } | null; foundAt: string; communeCode: string; provinceCode: string | null;
  openSteps: number; overdueSteps: number; maxDaysOverdue: number; steps: StepNode[];
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('abandoned', 1500, { abandoned: 0.05 });
});
afterAll(() => stack?.close());

async function allFiles(filter: Record<string, unknown> = {}, token?: string, first = 500): Promise<{ nodes: FileNode[]; totalCount: number }> {
  const nodes: FileNode[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 1000; page++) {
    const { body } = await stack.post({ query: PAGE, variables: { filter, first, after } }, { token: token ?? (await stack.token('SOCIAL')) });
    expect(body.errors).toBeUndefined();
    const connection = body.data!.abandonedChildren;
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((e: { node: FileNode }) => e.node));
    after = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage) break;
  }
  return { nodes, totalCount };
}

const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** The expected list, recomputed in the test from the protection tables: each file as the query should print it. */
async function expectedFiles(where: (communeCode: string) => boolean = () => true): Promise<FileNode[]> {
  const files = await stack.dbs.protection.abandonmentCase.findMany({ include: { steps: true, profile: true } });
  const nodes = files.filter((f) => where(f.receivingCommuneCode)).map((f): FileNode => {
    const steps = [...f.steps]
      .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step))
      .map((s) => ({ step: s.step, dueOn: iso(s.dueOn)!, completedOn: iso(s.completedOn), daysOverdue: Math.max(0, ((s.completedOn ?? TODAY).getTime() - s.dueOn.getTime()) / DAY) }));
    const open = steps.filter((s) => s.completedOn === null);
    return {
      caseId: f.id, version: f.version, child: f.profile.childId ? { id: f.profile.childId } : null, foundAt: f.foundAt.toISOString(),
      communeCode: f.receivingCommuneCode, provinceCode: communeOf(f.receivingCommuneCode)?.provinceCode ?? null,
      openSteps: open.length, overdueSteps: open.filter((s) => s.daysOverdue > 0).length, maxDaysOverdue: Math.max(0, ...open.map((s) => s.daysOverdue)), steps,
    };
  });
  return nodes.sort((a, b) => b.maxDaysOverdue - a.maxDaysOverdue || a.foundAt.localeCompare(b.foundAt) || (a.caseId < b.caseId ? -1 : 1));
}

describe('abandoned children reception timeline', () => {
  it('lists every file with its steps, due dates and days overdue, overdue first, as recomputed from the protection tables', async () => {
    const { nodes, totalCount } = await allFiles({}, undefined, 7);
    const expected = await expectedFiles();
    expect(expected.length).toBeGreaterThan(30);
    expect(totalCount).toBe(expected.length);
    // The uuid order of Postgres and of JavaScript strings agree for lower-case uuids: the whole list, in order.
    expect(nodes).toEqual(expected);
    expect(nodes[0].maxDaysOverdue).toBeGreaterThan(0);
    expect(nodes.at(-1)!.maxDaysOverdue).toBe(0);
  });

  it('agrees with the planted truth: every abandoned child has a file, stuck steps are open and overdue, late ones done late', async () => {
    const byChild = new Map((await allFiles()).nodes.map((n) => [n.child?.id, n]));
    const abandoned = stack.truth.filter((t) => t.planted.abandoned);
    expect(abandoned.length).toBeGreaterThan(30);
    for (const t of abandoned) expect({ child: t.childId, listed: byChild.has(t.childId) }).toEqual({ child: t.childId, listed: true });
    const troubled = abandoned.filter((t) => t.planted.abandonedIncompleteFile);
    expect(troubled.some((t) => t.planted.abandonedIncompleteFile!.stage === 'STUCK')).toBe(true);
    expect(troubled.some((t) => t.planted.abandonedIncompleteFile!.stage === 'LATE')).toBe(true);
    for (const t of troubled) {
      const { stage, step } = t.planted.abandonedIncompleteFile!;
      const s = byChild.get(t.childId)!.steps.find((x) => x.step === step)!;
      const daysPastDue = (TODAY.getTime() - Date.parse(s.dueOn)) / DAY;
      if (stage === 'STUCK') expect({ step, completedOn: s.completedOn, daysOverdue: s.daysOverdue }).toEqual({ step, completedOn: null, daysOverdue: daysPastDue });
      else if (s.completedOn !== null) expect((Date.parse(s.completedOn) - Date.parse(s.dueOn)) / DAY).toBe(s.daysOverdue);
      if (stage === 'LATE' && s.completedOn !== null) expect(s.daysOverdue).toBeGreaterThanOrEqual(20);
    }
    // Files with no planted trouble are on time: nothing overdue, nothing done late.
    const planted = new Set(troubled.map((t) => t.childId));
    for (const [childId, node] of byChild) {
      if (!planted.has(childId!)) expect({ childId, late: node.steps.filter((s) => s.daysOverdue > 0) }).toEqual({ childId, late: [] });
    }
  });

  it('filters by province, commune and overdue', async () => {
    const all = await expectedFiles();
    const some = all[0];
    const { nodes: province } = await allFiles({ provinceCode: some.provinceCode });
    expect(province).toEqual(all.filter((n) => n.provinceCode === some.provinceCode));
    const { nodes: commune } = await allFiles({ communeCode: some.communeCode });
    expect(commune).toEqual(all.filter((n) => n.communeCode === some.communeCode));
    const { nodes: overdue, totalCount } = await allFiles({ overdue: true });
    expect(overdue).toEqual(all.filter((n) => n.overdueSteps > 0));
    expect(totalCount).toBe(overdue.length);
    expect(overdue.length).toBeGreaterThan(0);
    const { nodes: onTime } = await allFiles({ overdue: false });
    expect(onTime).toEqual(all.filter((n) => n.overdueSteps === 0));
  });

  it('says what is wrong with a bad filter, page size or cursor', async () => {
    const token = await stack.token('JUSTICE');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filter: { provinceCode: '99' } }, /not one of the 34 province codes/],
      [{ filter: { communeCode: '1' } }, /not a commune code/],
      [{ first: 501 }, /between 1 and 500/],
      [{ after: 'bm90LWEtY3Vyc29y' }, /not a cursor this list issued/],
      [{ after: Buffer.from(JSON.stringify([1, "x'); DROP TABLE x; --", 'y'])).toString('base64url') }, /not a cursor this list issued/],
    ];
    for (const [variables, message] of cases) {
      const { body } = await stack.post({ query: PAGE, variables }, { token });
      expect({ variables, code: body.errors?.[0].extensions?.code }).toEqual({ variables, code: 'BAD_USER_INPUT' });
      expect(body.errors?.[0].message).toMatch(message);
    }
  });

  it("is SOCIAL's and JUSTICE's only, at the gateway and straight at the protection subgraph", async () => {
    const query = '{ abandonedChildren(first: 2) { totalCount edges { node { caseId } } } }';
    for (const agency of AGENCIES) {
      for (const url of [stack.gateway.url, stack.subgraphs.protection.url]) {
        const { body } = await stack.post({ query }, { token: await stack.token(agency), url });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (agency === 'JUSTICE' || agency === 'SOCIAL') expect({ agency, url, codes, rows: body.data?.abandonedChildren.edges.length }).toEqual({ agency, url, codes: [], rows: 2 });
        else expect({ agency, url, codes, data: body.data?.abandonedChildren ?? null }).toEqual({ agency, url, codes: ['UNAUTHORIZED_FIELD_OR_TYPE'], data: null });
      }
    }
  });

  it("scopes a province officer to the province, a commune officer to the commune, and audits every released child", async () => {
    const all = await expectedFiles();
    const some = all.find((n) => n.child)!;
    const token = await stack.token('SOCIAL', { jurisdiction: `province:${some.provinceCode}` });
    const { nodes, totalCount } = await allFiles({}, token);
    expect(nodes).toEqual(all.filter((n) => n.provinceCode === some.provinceCode));
    expect(totalCount).toBe(nodes.length);
    const outside = all.find((n) => n.provinceCode !== some.provinceCode && n.child)!;
    expect(nodes.map((n) => n.child?.id)).not.toContain(outside.child!.id);
    expect((await allFiles({ provinceCode: outside.provinceCode }, token)).totalCount).toBe(0);
    const communeToken = await stack.token('JUSTICE', { jurisdiction: `commune:${some.communeCode}` });
    expect((await allFiles({}, communeToken)).nodes).toEqual(all.filter((n) => n.communeCode === some.communeCode));
    const log = await stack.dbs.protection.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "protection"."AccessLog" WHERE 'Query.abandonedChildren' = ANY("fields") AND "agency" = 'SOCIAL' AND "childIds" @> ARRAY[$1]::text[]`,
      some.child!.id,
    );
    expect(log[0].n).toBeGreaterThan(0);
  });

  describe('download endpoint', () => {
    const download = async (pathAndQuery: string, token: string | null) => {
      const response = await fetch(new URL(pathAndQuery, stack.gateway.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    /** The steps as a Vietnamese and an English clerk read them. */
    const STEP_LABELS: Record<string, { vi: string; en: string }> = {
      RECEPTION: { vi: 'Tiếp nhận', en: 'Reception' }, FIRST_AID: { vi: 'Sơ cứu', en: 'First aid' }, HEALTH_SCREENING: { vi: 'Khám sức khỏe', en: 'Health screening' },
      HANDOVER: { vi: 'Bàn giao', en: 'Handover' }, PUBLIC_NOTICE: { vi: 'Thông báo tìm người thân', en: 'Public notice' },
      BIRTH_REGISTRATION: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, RESIDENCE_REGISTRATION: { vi: 'Đăng ký cư trú', en: 'Residence registration' },
      HEALTH_INSURANCE: { vi: 'Cấp thẻ BHYT', en: 'Health insurance card' }, ALTERNATIVE_CARE: { vi: 'Chăm sóc thay thế', en: 'Alternative care' },
    };
    /** The query's answer as export rows: one per step, in list order. */
    const stepRows = (nodes: FileNode[], step: (code: string) => string = (code) => code) =>
      nodes.flatMap((n) => n.steps.map((s) => [n.caseId, n.child?.id ?? '', n.communeCode, step(s.step), s.dueOn, s.completedOn ?? '', String(s.daysOverdue)]));

    it('exports one CSV row per step, equal to the query, with Vietnamese headers, step labels and codes as text', async () => {
      const token = await stack.token('JUSTICE');
      const { nodes } = await allFiles({ overdue: true }, token);
      const csv = await download('/exports/abandoned-children.csv?overdue=true&lang=vi', token);
      expect(csv.status).toBe(200);
      const [header, ...cells] = parseCsv(csv.bytes.toString('utf8').slice(1)) as string[][];
      expect(header.join(',')).toBe('Mã hồ sơ tiếp nhận,Mã trẻ em,Họ và tên,Ngày sinh,Mã tỉnh,Mã xã tiếp nhận,Ngày phát hiện,Số bước quá hạn của hồ sơ,Bước,Hạn hoàn thành,Ngày hoàn thành,Số ngày quá hạn');
      const commune = (cell: string) => /^="(\d{5})"$/.exec(cell)?.[1];
      expect(cells.map((c) => [c[0], c[1], commune(c[5]), c[8], c[9], c[10], c[11]])).toEqual(stepRows(nodes, (code) => STEP_LABELS[code].vi));
      expect(cells.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c[6]) && /^="\d{2}"$/.test(c[4]))).toBe(true);
    });

    it("names every linked child from the master index, though foundlings are rarely known to the police", async () => {
      const token = await stack.token('SOCIAL');
      const [, ...cells] = parseCsv((await download('/exports/abandoned-children.csv', token)).bytes.toString('utf8').slice(1)) as string[][];
      const linked = cells.filter((c) => c[1] !== '');
      expect(linked.length).toBeGreaterThan(0);
      const masters = new Map((await stack.dbs.registry.masterChild.findMany({ where: { id: { in: linked.map((c) => c[1]) } } })).map((m) => [m.id, m]));
      const known = new Set((await stack.dbs.identity.person.findMany({ where: { childId: { in: linked.map((c) => c[1]) } }, select: { childId: true } })).map((p) => p.childId));
      expect(linked.some((c) => !known.has(c[1]))).toBe(true);
      for (const [, childId, fullName, birthDate] of linked) {
        const master = masters.get(childId)!;
        expect({ childId, fullName, birthDate }).toEqual({ childId, fullName: master.fullName, birthDate: master.birthDate.toISOString().slice(0, 10) });
      }
    });

    it('exports the same rows as an Excel workbook: dates as dates, codes as text, a frozen header and an autofilter', async () => {
      const token = await stack.token('SOCIAL');
      const some = (await expectedFiles())[0];
      const { nodes } = await allFiles({ provinceCode: some.provinceCode }, token);
      const xlsx = await download(`/exports/abandoned-children.xlsx?provinceCode=${some.provinceCode}`, token);
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(10).value).toBe('Due on');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const rows: string[][] = [];
      sheet.eachRow((row, i) => {
        if (i === 1) return;
        const text = (col: number) => {
          const value = row.getCell(col).value;
          return value instanceof Date ? iso(value)! : value === null ? '' : String(value);
        };
        expect(row.getCell(10).value).toBeInstanceOf(Date);
        expect(row.getCell(10).numFmt).toBe('yyyy-mm-dd');
        expect({ commune: row.getCell(6).type, format: row.getCell(6).numFmt }).toEqual({ commune: ExcelJS.ValueType.String, format: '@' });
        expect(row.getCell(12).type).toBe(ExcelJS.ValueType.Number);
        rows.push([1, 2, 6, 9, 10, 11, 12].map(text));
      });
      expect(rows).toEqual(stepRows(nodes, (code) => STEP_LABELS[code].en));
      expect(sheet.autoFilter).toBe(`A1:L${rows.length + 1}`);
    });

    it('refuses agencies the list is closed to', async () => {
      for (const agency of ['EDUCATION', 'HEALTH', 'ANALYTICS'] as const) {
        const response = await download('/exports/abandoned-children.csv', await stack.token(agency));
        expect({ agency, status: response.status }).toEqual({ agency, status: 403 });
        const body = JSON.parse(response.bytes.toString('utf8')) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      }
    });
  });
});
