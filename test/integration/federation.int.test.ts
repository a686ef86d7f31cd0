import type { ChildProfileQuery, ChildrenPageQuery } from '../generated/operations';
import { operation, startTestStack, type TestStack } from './harness';
import type { SubgraphName } from '../../src/shared/subgraph-names';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack('federation', 620);
});
afterAll(() => stack?.close());

/** A child the population gave a record in every subgraph. */
function childKnownEverywhere(): string {
  const { population: p } = stack;
  const has = (rows: { childId: string }[]) => new Set(rows.map((r) => r.childId));
  const registered = has(p.civil.birthRegistration);
  const enrolled = has(p.education.enrollment);
  const social = has(p.protection.specialCircumstance);
  const child = p.registry.masterChild.find((c) => c.personalId && registered.has(c.id) && enrolled.has(c.id) && social.has(c.id));
  if (!child) throw new Error('the test population has no child known to every agency');
  return child.id;
}

describe('one Child assembled from six subgraphs', () => {
  it('returns fields from every subgraph for one child, by id and by personal ID', async () => {
    const id = childKnownEverywhere();
    const master = stack.population.registry.masterChild.find((c) => c.id === id)!;
    const byId = await stack.post({ query: operation('ChildProfile'), variables: { id } });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    const child = (byId.body.data as ChildProfileQuery).child!;
    expect(child.index?.fullName).toBe(master.fullName); // registry
    expect(child.fullName).toBe(master.fullName); // identity
    expect(child.personalId).toBe(master.personalId);
    expect(child.residences[0].communeCode).toBe(master.communeCode);
    expect(child.birthRegistration?.registrationNumber).toEqual(expect.any(String)); // civil
    expect(child.enrollments[0].school.code).toEqual(expect.any(String)); // education
    expect(child.screenings.length).toBeGreaterThan(0); // health
    expect(child.insuranceCards.length).toBeGreaterThan(0);
    expect(child.specialCircumstances.length).toBeGreaterThan(0); // protection
    expect(new Set(child.links.map((l) => l.agency))).toEqual(new Set(['POLICE', 'JUSTICE', 'EDUCATION', 'HEALTH', 'SOCIAL']));

    const byPersonalId = await stack.post({ query: operation('ChildProfile'), variables: { personalId: master.personalId } });
    expect(byPersonalId.body.data).toEqual(byId.body.data);
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
    health: 'screenings { kind }',
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
    expect(total).toBe(stack.population.registry.masterChild.length);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters by province, commune and birth-year range', async () => {
    const all = stack.population.registry.masterChild;
    const sample = all[0];
    const inProvince = all.filter((c) => c.provinceCode === sample.provinceCode);
    expect((await page({ filter: { provinceCode: sample.provinceCode }, first: 500 })).totalCount).toBe(inProvince.length);
    const inCommune = all.filter((c) => c.communeCode === sample.communeCode);
    const communePage = await page({ filter: { communeCode: sample.communeCode }, first: 500 });
    expect(communePage.totalCount).toBe(inCommune.length);
    expect(communePage.edges.every((e) => e.node.index?.communeCode === sample.communeCode)).toBe(true);
    const years = all.filter((c) => c.birthYear >= 2015 && c.birthYear <= 2018);
    expect((await page({ filter: { birthYearFrom: 2015, birthYearTo: 2018 }, first: 500 })).totalCount).toBe(years.length);
  });

  it('finds names ignoring case, diacritics, đ and word order', async () => {
    const target = stack.population.registry.masterChild.find((c) => /Đ|đ/.test(c.fullName))!;
    const [family, , given] = target.fullName.split(' ');
    const folded = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toUpperCase();
    const result = await page({ filter: { name: `${folded(given)}   ${folded(family)}` }, first: 500 });
    expect(result.edges.map((e) => e.node.id)).toContain(target.id);
    for (const edge of result.edges) expect(folded(edge.node.index!.fullName)).toContain(folded(given));
  });
});

describe('N+1: database queries per page do not grow with the page size', () => {
  // Nested lists (adoptive parents, reception steps) are only fetched when a page holds such a
  // record; give the first ten children every kind so the small page exercises every loader too.
  beforeAll(async () => {
    const firstTen = stack.population.registry.masterChild.map((c) => c.id).sort().slice(0, 10);
    const day = new Date(Date.UTC(2024, 0, 2));
    for (const [i, childId] of firstTen.entries()) {
      const adoption = await stack.dbs.civil.adoption.create({
        data: { childId, status: 'APPLIED', kind: 'DOMESTIC', appliedOn: day, authorityCode: '01001' },
      });
      await stack.dbs.civil.adoptiveParent.create({ data: { adoptionId: adoption.id, fullName: 'Trần Thị Mai', nationality: 'VN' } });
      if (await stack.dbs.protection.abandonmentCase.findUnique({ where: { childId } })) continue;
      await stack.dbs.protection.abandonmentCase.create({
        data: {
          childId, foundAt: day, foundPlace: `Cổng chợ ${i}`, foundByName: 'Lê Văn Tư', foundByKind: 'RESIDENT', receivingCommuneCode: '01001',
          steps: { create: [{ step: 'RECEPTION', dueOn: day, completedOn: day }] },
        },
      });
    }
  });

  async function queriesFor(first: number): Promise<Record<string, number>> {
    const before = { ...stack.queryCounts };
    const { body } = await stack.post({ query: operation('ChildrenPage'), variables: { first } });
    expect(body.errors).toBeUndefined();
    expect((body.data as ChildrenPageQuery).children.edges).toHaveLength(first);
    return Object.fromEntries(Object.entries(stack.queryCounts).map(([name, n]) => [name, n - before[name as SubgraphName]]));
  }

  it('issues the same number of queries per subgraph for 10 rows and for 500 rows', async () => {
    const small = await queriesFor(10);
    const large = await queriesFor(500);
    expect(large).toEqual(small);
    for (const count of Object.values(small)) expect(count).toBeGreaterThan(0);
  });
});
