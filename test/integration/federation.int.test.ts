import type { ChildProfileQuery, ChildrenPageQuery } from '../generated/operations';
import { operation, startTestStack, type TestStack } from './harness';
import type { SubgraphName } from '../../src/subgraphs/subgraph-names';
import type { Agency } from '../../src/auth/principal';
import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../src/auth/policy';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('federation', 620);
});
afterAll(() => stack?.close());

/** A child the population gave a record in every subgraph, special circumstances included. */
function childKnownEverywhere(): string {
  const everyAgency = ['POLICE', 'JUSTICE', 'EDUCATION', 'HEALTH', 'SOCIAL'];
  const child = stack.truth.find(
    (c) => c.personalId && c.specialCircumstances.some((g) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g)) && everyAgency.every((agency) => c.records.some((r) => r.agency === agency)),
  );
  if (!child) throw new Error('the test population has no child known to every agency');
  return child.childId;
}

describe('one Child assembled from six subgraphs', () => {
  it('returns fields from every subgraph for one child, by id and by personal ID', async () => {
    const id = childKnownEverywhere();
    const master = stack.truth.find((c) => c.childId === id)!;
    const byId = await stack.post({ query: operation('ChildProfile'), variables: { id } });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    const child = (byId.body.data as ChildProfileQuery).child!;
    expect(child.index?.fullName).toBe(master.fullName); // registry
    expect(child.fullName).toBe(master.fullName); // identity
    expect(child.personalId).toBe(master.personalId);
    expect(child.residences?.[0].communeCode).toBe(master.communeCode);
    expect(child.birthRegistration?.registrationNumber).toEqual(expect.any(String)); // civil
    expect(child.enrollments?.[0].school.code).toEqual(expect.any(String)); // education
    expect(child.lastScreenedOn).toEqual(expect.any(String)); // health
    expect(child.insuranceCards?.length).toBeGreaterThan(0);
    expect(child.specialCircumstances?.length).toBeGreaterThan(0); // protection
    expect(new Set(child.links.map((l) => l.agency))).toEqual(new Set(['POLICE', 'JUSTICE', 'EDUCATION', 'HEALTH', 'SOCIAL']));

    const byPersonalId = await stack.post({ query: operation('ChildProfile'), variables: { personalId: master.personalId } });
    expect(byPersonalId.body.data).toEqual(byId.body.data);
  });

  it('reads each agency subgraph in one statement (relations joined), plus the access-log row it writes', async () => {
    const id = childKnownEverywhere();
    const before = { ...stack.queryCounts };
    const { body } = await stack.post({ query: operation('ChildProfile'), variables: { id } });
    expect(body.errors).toBeUndefined();
    const spent = Object.fromEntries(Object.entries(stack.queryCounts).map(([subgraph, n]) => [subgraph, n - before[subgraph as SubgraphName]]));
    // The registry reads the index entry with its links and logs nothing sensitive.
    expect(spent).toEqual({ registry: 1, identity: 2, civil: 2, education: 2, health: 2, protection: 2 });
  });

  it('returns null, not an error, for an unknown child', async () => {
    const { body } = await stack.post({ query: '{ child(personalId: "001200999999") { id fullName } }' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.child).toBeNull();
  });

  it('follows household members back into the graph', async () => {
    const id = childKnownEverywhere();
    const { body } = await stack.post({ query: operation('ChildProfile'), variables: { id } });
    const members = (body.data as ChildProfileQuery).child!.household!.members;
    expect(members.some((m) => m.child?.id === id)).toBe(true);
  });
});

describe('_entities on every subgraph (the Child @key)', () => {
  const fieldOf: Record<SubgraphName, string> = {
    registry: 'index { fullName }',
    identity: 'fullName',
    civil: 'birthRegistration { registrationNumber }',
    education: 'enrollments { grade }',
    health: 'lastScreenedOn',
    protection: 'specialCircumstances { group }',
  };
  it.each(Object.entries(fieldOf))('%s resolves Child references in order, unknown ids included', async (name, selection) => {
    const id = childKnownEverywhere();
    const unknown = 'c_00000000-0000-4000-8000-000000000000';
    const { status, body } = await stack.post(
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id ${selection} } } }`,
        variables: { r: [{ __typename: 'Child', id }, { __typename: 'Child', id: unknown }] },
      },
      { url: stack.subgraphs[name as SubgraphName].url },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const [known, missing] = body.data!._entities;
    expect(known.id).toBe(id);
    const value = Object.values(known).find((v) => v !== id);
    expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
    expect(missing.id).toBe(unknown);
  });
});

describe('children(filter, first, after)', () => {
  const page = async (variables: Record<string, unknown>) => {
    const { body } = await stack.post({ query: operation('ChildrenPage'), variables });
    expect(body.errors).toBeUndefined();
    return (body.data as ChildrenPageQuery).children;
  };

  it('walks every child exactly once with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const result: ChildrenPageQuery['children'] = await page({ first: 200, after });
      total = result.totalCount;
      seen.push(...result.edges.map((e) => e.node.id));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor! : null;
    } while (after);
    expect(total).toBe(stack.truth.length);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters by province, commune and birth-year range', async () => {
    const all = stack.truth;
    const sample = all[0];
    const inProvince = all.filter((c) => c.provinceCode === sample.provinceCode);
    expect((await page({ filter: { provinceCode: sample.provinceCode }, first: 500 })).totalCount).toBe(inProvince.length);
    const inCommune = all.filter((c) => c.communeCode === sample.communeCode);
    const communePage = await page({ filter: { communeCode: sample.communeCode }, first: 500 });
    expect(communePage.totalCount).toBe(inCommune.length);
    expect(communePage.edges.every((e) => e.node.index?.communeCode === sample.communeCode)).toBe(true);
    const years = all.filter((c) => Number(c.birthDate.slice(0, 4)) >= 2015 && Number(c.birthDate.slice(0, 4)) <= 2018);
    expect((await page({ filter: { birthYearFrom: 2015, birthYearTo: 2018 }, first: 500 })).totalCount).toBe(years.length);
  });

  it('finds names ignoring case, diacritics, đ and word order', async () => {
    const target = stack.truth.find((c) => /Đ|đ/.test(c.fullName))!;
    const [family, , given] = target.fullName.split(' ');
    const folded = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toUpperCase();
    const result = await page({ filter: { name: `${folded(given)}   ${folded(family)}` }, first: 500 });
    expect(result.edges.map((e) => e.node.id)).toContain(target.childId);
    for (const edge of result.edges) expect(folded(edge.node.index!.fullName)).toContain(folded(given));
  });
});

describe('N+1: database queries per page do not grow with the page size', () => {
  // Nested lists (adoptive parents, reception steps) are only fetched when a page holds such a
  // record; give the first ten children every kind so the small page exercises every loader too.
  beforeAll(async () => {
    const firstTen = stack.truth.slice(0, 10).map((c) => c.childId);
    const day = new Date(Date.UTC(2024, 0, 2));
    for (const [i, childId] of firstTen.entries()) {
      const registration = await stack.dbs.civil.birthRegistration.findUnique({ where: { childId } });
      if (registration) {
        const adoption = await stack.dbs.civil.adoption.create({
          data: { birthRegistrationId: registration.id, status: 'APPLIED', kind: 'DOMESTIC', appliedOn: day, authorityCode: '01001' },
        });
        await stack.dbs.civil.adoptiveParent.create({ data: { adoptionId: adoption.id, fullName: 'Trần Thị Mai', nationality: 'VN' } });
      }
      const profile = await stack.dbs.protection.childProfile.findFirst({ where: { childId, abandonmentCase: null } });
      if (!profile) continue;
      await stack.dbs.protection.abandonmentCase.create({
        data: {
          profileId: profile.id, foundAt: day, foundPlace: `Cổng chợ ${i}`, foundByName: 'Lê Văn Tư', foundByKind: 'RESIDENT', receivingCommuneCode: '01001',
          steps: { create: [{ step: 'RECEPTION', dueOn: day, completedOn: day }] },
        },
      });
    }
  });

  async function queriesFor(name: string, agency: Agency, first: number): Promise<Record<string, number>> {
    const token = await stack.token(agency);
    const before = { ...stack.queryCounts };
    const { body } = await stack.post({ query: operation(name), variables: { first } }, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.children.edges).toHaveLength(first);
    return Object.fromEntries(Object.entries(stack.queryCounts).map(([subgraph, n]) => [subgraph, n - before[subgraph as SubgraphName]]));
  }

  // Each agency's page reaches loaders the others may not (HIV status, adoption detail).
  it.each([
    ['ChildrenPage', 'SOCIAL'],
    ['ChildrenHealthPage', 'HEALTH'],
    ['ChildrenCivilPage', 'JUSTICE'],
  ] as [string, Agency][])('%s as %s: the same number of queries per subgraph for 10 rows and for 500 rows', async (name, agency) => {
    const small = await queriesFor(name, agency, 10);
    const large = await queriesFor(name, agency, 500);
    expect(large).toEqual(small);
    expect(Object.values(small).filter((count) => count > 0).length).toBeGreaterThanOrEqual(3);
  });
});
