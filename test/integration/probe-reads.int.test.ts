// The harness first: it loads reflect-metadata, which the subgraphs' decorators need.
import { startTestStack, type GraphQLResponse, type TestStack } from './harness';
import { PROVINCES } from '../../src/domain/admin-units';

/**
 * Read-side holes found by probing the hub (issue 14, items 4, 6, 7, 8 and 20): each case sends the
 * probe that succeeded and checks that it no longer does.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('probereads', 400, { hiv: 0.05, sensitiveCircumstance: 0.03 });
}, 180_000);
afterAll(() => stack?.close());

const FORBIDDEN = 'UNAUTHORIZED_FIELD_OR_TYPE';
const UNKNOWN_CHILD = 'c_00000000-0000-4000-8000-000000000000';

interface Member {
  householdId: string;
  childId: string | null;
}

/** A household holding at least two children of the index and at least one adult. */
async function householdWithSiblingsAndAdults(): Promise<{ childId: string; siblingId: string }> {
  const members = (await stack.dbs.identity.householdMember.findMany({ orderBy: { id: 'asc' } })) as Member[];
  const byHousehold = new Map<string, Member[]>();
  for (const m of members) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
  for (const group of byHousehold.values()) {
    const children = group.filter((m) => m.childId).map((m) => m.childId!);
    if (children.length >= 2 && group.some((m) => !m.childId)) return { childId: children[0], siblingId: children[1] };
  }
  throw new Error('the seeded population has no household with two children and an adult');
}

const post = async (agency: Parameters<TestStack['token']>[0], body: unknown, options: { jurisdiction?: string; url?: string } = {}) =>
  stack.post(body, { token: await stack.token(agency, { jurisdiction: options.jurisdiction }), url: options.url });

describe('item 4: the access log is scoped by the auditor’s jurisdiction', () => {
  const REPORT = 'query($id: ID!) { accessLog(childId: $id) { childId registry { at } identity { at agency fields } civil { at } education { at } health { at } protection { at } } }';

  it('a province auditor reads an out-of-area child’s log exactly as an unknown id’s, at the gateway and straight at a subgraph', async () => {
    const child = stack.truth.find((t) => t.records.some((r) => r.agency === 'POLICE'))!;
    const otherProvince = PROVINCES.find((p) => p.code !== child.provinceCode)!.code;
    // A release to log: POLICE reads the child's household.
    const read = await post('POLICE', { query: 'query Probe4($id: ID) { child(id: $id) { fullName household { headName } } }', variables: { id: child.childId } });
    expect(read.body.errors).toBeUndefined();

    const inArea = await post('AUDITOR', { query: REPORT, variables: { id: child.childId } }, { jurisdiction: `province:${child.provinceCode}` });
    expect(inArea.body.data?.accessLog.identity.length).toBeGreaterThan(0);

    const outside = await post('AUDITOR', { query: REPORT, variables: { id: child.childId } }, { jurisdiction: `province:${otherProvince}` });
    const unknown = await post('AUDITOR', { query: REPORT, variables: { id: UNKNOWN_CHILD } }, { jurisdiction: `province:${otherProvince}` });
    const withoutId = (r: { status: number; body: GraphQLResponse }) => JSON.stringify(r).split(child.childId).join('<id>').split(UNKNOWN_CHILD).join('<id>');
    expect(withoutId(outside)).toBe(withoutId(unknown));
    expect(outside.body.data?.accessLog.identity).toEqual([]);

    for (const subgraph of ['registry', 'identity', 'civil', 'education', 'health', 'protection'] as const) {
      const entities = (id: string) =>
        post(
          'AUDITOR',
          { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on AccessLogReport { ${subgraph} { at agency fields } } } }`, variables: { r: [{ __typename: 'AccessLogReport', childId: id }] } },
          { jurisdiction: `province:${otherProvince}`, url: stack.subgraphs[subgraph].url },
        );
      const [direct, directUnknown] = [await entities(child.childId), await entities(UNKNOWN_CHILD)];
      expect({ subgraph, answer: JSON.stringify(direct) }).toEqual({ subgraph, answer: JSON.stringify(directUnknown) });
    }
  });
});

describe('item 6: every child whose audited data a response carries is logged', () => {
  it('reading a household logs the siblings whose names and birth years it releases', async () => {
    const { childId, siblingId } = await householdWithSiblingsAndAdults();
    const read = await post('POLICE', { query: 'query Probe6Household($id: ID) { child(id: $id) { household { members { fullName birthYear child { id } } } } }', variables: { id: childId } });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.child.household.members.some((m: { child: { id: string } | null }) => m.child?.id === siblingId)).toBe(true);

    const log = await post('AUDITOR', { query: 'query($id: ID!) { accessLog(childId: $id) { identity { agency operationName fields } } }', variables: { id: siblingId } });
    const entries = log.body.data?.accessLog.identity.filter((e: { operationName: string | null }) => e.operationName === 'Probe6Household');
    expect(entries).toEqual([{ agency: 'POLICE', operationName: 'Probe6Household', fields: ['Child.household'] }]);
  });
});

describe('item 7: childCounts suppression survives subtraction', () => {
  const counts = async (groupBy: 'PROVINCE' | 'COMMUNE', filter?: Record<string, unknown>) => {
    const { body } = await post('ANALYTICS', { query: 'query($g: CountGrouping!, $f: ChildCountFilter) { childCounts(groupBy: $g, filter: $f) { areaCode children } }', variables: { g: groupBy, f: filter ?? null } });
    return body;
  };

  it('refuses open and multi-year ranges, whose nested cells differed by a suppressed count', async () => {
    for (const filter of [{ birthYearFrom: 2021 }, { birthYearTo: 2021 }, { birthYearFrom: 2015, birthYearTo: 2018 }]) {
      const body = await counts('COMMUNE', filter);
      expect({ filter, data: body.data ?? null, codes: body.errors?.map((e) => e.extensions?.code) }).toEqual({ filter, data: null, codes: ['BAD_USER_INPUT'] });
      expect(body.errors?.[0].message).toMatch(/fixed cells/);
    }
  });

  it('no two allowed answers differ by a group under 5, though such groups exist', async () => {
    const index = (await stack.dbs.registry.masterChild.findMany({ select: { provinceCode: true, communeCode: true, birthYear: true } })) as { provinceCode: string; communeCode: string; birthYear: number }[];
    const years = [...new Set(index.map((c) => c.birthYear))].sort();
    const provinceOf = new Map(index.map((c) => [c.communeCode, c.provinceCode]));
    // The groups the attack is after: a commune's children of one birth year, fewer than 5 but not none.
    const trueCells = new Map<string, number>();
    for (const c of index) trueCells.set(`${c.communeCode}/${c.birthYear}`, (trueCells.get(`${c.communeCode}/${c.birthYear}`) ?? 0) + 1);
    const small = [...trueCells].filter(([, n]) => n < 5);
    expect(small.length).toBeGreaterThan(0);

    const published = new Map<string, number | null>();
    for (const groupBy of ['PROVINCE', 'COMMUNE'] as const) {
      for (const year of [null, ...years]) {
        const body = await counts(groupBy, year === null ? undefined : { birthYearFrom: year, birthYearTo: year });
        expect(body.errors).toBeUndefined();
        for (const { areaCode, children } of body.data!.childCounts as { areaCode: string; children: number | null }[]) published.set(`${areaCode}/${year ?? 'all'}`, children);
      }
    }
    expect([...published.values()].filter((v) => v !== null && (v < 5 || v % 5 !== 0))).toEqual([]);
    // Every pair of cells one of which holds the other: an area's all years and one year, a province and one of its communes.
    const differences: { outer: string; inner: string; difference: number }[] = [];
    for (const [inner, value] of published) {
      if (value === null) continue;
      const [area, year] = inner.split('/');
      for (const outer of [year !== 'all' ? `${area}/all` : null, area.length === 5 ? `${provinceOf.get(area)}/${year}` : null]) {
        const total = outer ? published.get(outer) : null;
        if (outer && total != null) differences.push({ outer, inner, difference: total - value });
      }
    }
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.filter((d) => d.difference > 0 && d.difference < 5)).toEqual([]);
    // Nor is a suppressed commune-year the commune's total less its other published years.
    const revealed = small.filter(([cell, n]) => {
      const [commune, year] = cell.split('/');
      const total = published.get(`${commune}/all`);
      const others = years.filter((y) => String(y) !== year).reduce((sum, y) => sum + (published.get(`${commune}/${y}`) ?? 0), 0);
      return total != null && total - others === n;
    });
    expect(revealed).toEqual([]);
  });
});

describe('item 8: the group living with HIV is HEALTH’s and SOCIAL’s only', () => {
  const QUERY = 'query($id: ID) { child(id: $id) { sensitiveCircumstances { group } } }';

  it('POLICE does not read LIVING_WITH_HIV through sensitiveCircumstances; HEALTH and SOCIAL do', async () => {
    const child = stack.truth.find((t) => t.specialCircumstances.includes('LIVING_WITH_HIV'))!;
    expect(child).toBeDefined();
    const groups = async (agency: 'POLICE' | 'HEALTH' | 'SOCIAL', url?: string) => {
      const { body } =
        url === undefined
          ? await post(agency, { query: QUERY, variables: { id: child.childId } })
          : await post(agency, { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { sensitiveCircumstances { group } } } }`, variables: { r: [{ __typename: 'Child', id: child.childId }] } }, { url });
      expect(body.errors).toBeUndefined();
      return ((url === undefined ? body.data?.child : body.data?._entities[0]).sensitiveCircumstances as { group: string }[]).map((c) => c.group);
    };
    for (const url of [undefined, stack.subgraphs.protection.url]) {
      expect(await groups('POLICE', url)).not.toContain('LIVING_WITH_HIV');
      expect(await groups('SOCIAL', url)).toContain('LIVING_WITH_HIV');
      expect(await groups('HEALTH', url)).toEqual(child.specialCircumstances.filter((g) => g === 'LIVING_WITH_HIV'));
    }
  });

  it('POLICE still reads the other sensitive groups', async () => {
    const child = stack.truth.find((t) => t.specialCircumstances.some((g) => ['IN_CONFLICT_WITH_LAW', 'TRAFFICKED', 'SEXUALLY_ABUSED', 'EXPLOITED', 'SEVERELY_HARMED_BY_VIOLENCE', 'DRUG_ADDICTED'].includes(g)));
    if (!child) return;
    const { body } = await post('POLICE', { query: QUERY, variables: { id: child.childId } });
    expect(body.data?.child.sensitiveCircumstances.length).toBeGreaterThan(0);
  });
});

describe('item 20: a forbidden field under a list leaves the query’s shape, with indexed paths', () => {
  type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

  /** Where `key` appears under `value`, the paths to it (what graphql-js would report for it). */
  function withNulled(value: Json, key: string, path: (string | number)[] = [], paths: (string | number)[][] = []): { value: Json; paths: (string | number)[][] } {
    if (Array.isArray(value)) return { value: value.map((item, i) => withNulled(item, key, [...path, i], paths).value), paths };
    if (value === null || typeof value !== 'object') return { value, paths };
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === key) {
        out[k] = null;
        paths.push([...path, k]);
      } else out[k] = withNulled(v, key, [...path, k], paths).value;
    }
    return { value: out, paths };
  }

  /** The answer POLICE gets to `denied`, against the one it gets to `allowed` (the same query with `placeholder` in place of the forbidden field). */
  async function compare(allowedQuery: string, deniedQuery: string, id: string) {
    const allowed = await post('POLICE', { query: allowedQuery, variables: { id } });
    const denied = await post('POLICE', { query: deniedQuery, variables: { id } });
    expect(allowed.body.errors).toBeUndefined();
    const expected = withNulled(allowed.body.data as Json, 'PLACEHOLDER');
    const asDenied = JSON.parse(JSON.stringify(expected.value).replace(/"PLACEHOLDER"/g, '"hivStatus"')) as Json;
    expect(denied.status).toBe(200);
    expect(denied.body.data).toEqual(asDenied);
    const paths = expected.paths.map((p) => JSON.stringify(p.map((k) => (k === 'PLACEHOLDER' ? 'hivStatus' : k))));
    expect((denied.body.errors ?? []).map((e) => ({ code: e.extensions?.code, path: JSON.stringify(e.path) })).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(
      paths.sort().map((path) => ({ code: FORBIDDEN, path })),
    );
    return denied.body;
  }

  it('household members: adults keep child null, each child gets hivStatus null with its own index', async () => {
    const { childId } = await householdWithSiblingsAndAdults();
    const body = await compare(
      'query($id: ID) { child(id: $id) { household { members { fullName child { id PLACEHOLDER: __typename } } } } }',
      'query($id: ID) { child(id: $id) { household { members { fullName child { id hivStatus { status } } } } } }',
      childId,
    );
    const members = body.data!.child.household.members as { child: unknown }[];
    expect(members.some((m) => m.child === null)).toBe(true);
    expect(body.errors!.every((e) => typeof e.path?.[3] === 'number')).toBe(true);
  });

  it('the forbidden field alone under the list: no object is made up for an adult', async () => {
    const { childId } = await householdWithSiblingsAndAdults();
    await compare(
      'query($id: ID) { child(id: $id) { household { members { child { PLACEHOLDER: __typename } } } } }',
      'query($id: ID) { child(id: $id) { household { members { child { hivStatus { status } } } } } }',
      childId,
    );
  });

  it('inside a named fragment, at the top and under the list, the field stays where the fragment put it', async () => {
    const { childId } = await householdWithSiblingsAndAdults();
    await compare(
      'query($id: ID) { child(id: $id) { ...F household { members { child { ...F } } } } } fragment F on Child { id PLACEHOLDER: __typename }',
      'query($id: ID) { child(id: $id) { ...F household { members { child { ...F } } } } } fragment F on Child { id hivStatus { status } }',
      childId,
    );
  });

  it('under a null parent nothing is reported', async () => {
    const { body } = await post('POLICE', { query: 'query($id: ID) { child(id: $id) { hivStatus { status } } }', variables: { id: UNKNOWN_CHILD } });
    expect(body).toEqual({ data: { child: null } });
  });
});
