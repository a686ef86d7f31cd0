import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { FIELD_RULES, mayRead, SENSITIVE_CIRCUMSTANCE_GROUPS, type RestrictedField } from '../../src/auth/policy';
import { AGENCIES, type Agency } from '../../src/auth/principal';
import type { SubgraphName } from '../../src/subgraphs/subgraph-names';
import type { AccessLogEntryRow } from '../../src/auth/audit';
import { accessLogWriter } from '../../src/auth/access-log';
import { startTestStack, type GraphQLResponse, type TestStack } from './harness';

let stack: TestStack;
let api: GraphQLSchema;
beforeAll(async () => {
  stack = await startTestStack('access', 400, { abandoned: 0.02, hiv: 0.01, adoption: 0.02, sensitiveCircumstance: 0.02 });
  api = buildSchema(readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
});
afterAll(() => stack?.close());

const FORBIDDEN = 'UNAUTHORIZED_FIELD_OR_TYPE';
const errorsAt = (body: GraphQLResponse, at: (string | number)[]) =>
  (body.errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify(at));

/** The subgraph that resolves a Child field, read off the committed supergraph. */
function ownerOf(field: string): SubgraphName {
  const supergraph = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
  const child = supergraph.slice(supergraph.indexOf('type Child'), supergraph.indexOf('}', supergraph.indexOf('type Child')));
  const line = child.split('\n').find((l) => new RegExp(`^\\s+${field}[(:]`).test(l))!;
  return /join__field\(graph: (\w+)/.exec(line)![1].toLowerCase() as SubgraphName;
}

/** `field` plus the smallest valid sub-selection. */
function selection(typeName: string, fieldName: string): string {
  const type = api.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  const args = field?.args.some((a) => a.name === 'groupBy') ? '(groupBy: PROVINCE)' : '';
  return isObjectType(getNamedType(field!.type)) ? `${fieldName}${args} { __typename }` : `${fieldName}${args}`;
}

const childFields = (Object.keys(FIELD_RULES) as RestrictedField[]).filter((f) => f.startsWith('Child.')).map((f) => f.slice('Child.'.length));
const matrix = AGENCIES.flatMap((agency) => childFields.map((field) => [agency, field] as [Agency, string]));

function someChild(): string {
  return stack.truth.find((t) => t.records.length === 5 && t.personalId)!.childId;
}

describe('permission matrix through the gateway: every agency x every Child field', () => {
  it.each(matrix)('%s reading Child.%s', async (agency, field) => {
    const id = someChild();
    const { status, body } = await stack.post({ query: `query($id: ID) { child(id: $id) { id ${selection('Child', field)} } }`, variables: { id } }, { token: await stack.token(agency) });
    expect(status).toBe(200);
    if (!mayRead(agency, 'Query.child')) {
      expect(body.data?.child ?? null).toBeNull();
      expect(errorsAt(body, ['child']).map((e) => e.extensions?.code)).toEqual([FORBIDDEN]);
    } else if (mayRead(agency, `Child.${field}` as RestrictedField)) {
      expect(body.errors ?? []).toEqual([]);
      expect(body.data?.child.id).toBe(id);
    } else {
      expect(body.data?.child.id).toBe(id);
      expect(body.data?.child[field] ?? null).toBeNull();
      expect(errorsAt(body, ['child', field]).map((e) => e.extensions?.code)).toEqual([FORBIDDEN]);
    }
  });
});

describe('permission matrix straight to each subgraph, as _entities: the resolvers enforce it themselves', () => {
  it.each(matrix)('%s reading Child.%s', async (agency, field) => {
    const id = someChild();
    const owner = ownerOf(field);
    const { status, body } = await stack.post(
      { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { ${selection('Child', field)} } } }`, variables: { r: [{ __typename: 'Child', id }] } },
      { token: await stack.token(agency), url: stack.subgraphs[owner].url },
    );
    expect(status).toBe(200);
    const errors = errorsAt(body, ['_entities', 0, field]);
    if (mayRead(agency, `Child.${field}` as RestrictedField)) expect(errors).toEqual([]);
    else {
      expect(errors.map((e) => e.extensions?.code)).toEqual([FORBIDDEN]);
      expect(body.data?._entities[0]?.[field] ?? null).toBeNull();
    }
  });
});

describe('root fields and the access log, per agency', () => {
  const roots: [RestrictedField, string][] = [
    ['Query.children', '{ children(first: 1) { totalCount } }'],
    ['Query.childCounts', '{ childCounts(groupBy: PROVINCE) { areaCode children } }'],
    ['Query.accessLog', 'ACCESS_LOG'],
  ];
  it.each(AGENCIES.flatMap((agency) => roots.map(([rule, query]) => [agency, rule, query] as [Agency, RestrictedField, string])))(
    '%s: %s, through the gateway and straight to the registry',
    async (agency, rule, query) => {
      const text = query === 'ACCESS_LOG' ? `{ accessLog(childId: "${someChild()}") { childId registry { at } } }` : query;
      const field = rule.slice('Query.'.length);
      for (const url of [stack.gateway.url, stack.subgraphs.registry.url]) {
        const { body } = await stack.post({ query: text }, { token: await stack.token(agency), url });
        const codes = errorsAt(body, [field]).map((e) => e.extensions?.code);
        if (mayRead(agency, rule)) expect({ url, codes }).toEqual({ url, codes: [] });
        else expect({ url, codes, value: body.data?.[field] ?? null }).toEqual({ url, codes: [FORBIDDEN], value: null });
      }
    },
  );

  it.each(['identity', 'civil', 'education', 'health', 'protection'] as SubgraphName[])(
    'only AUDITOR reads the %s log, even straight through _entities',
    async (subgraph) => {
      for (const agency of AGENCIES) {
        const { body } = await stack.post(
          { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on AccessLogReport { ${subgraph} { at } } } }`, variables: { r: [{ __typename: 'AccessLogReport', childId: someChild() }] } },
          { token: await stack.token(agency), url: stack.subgraphs[subgraph].url },
        );
        const codes = errorsAt(body, ['_entities', 0, subgraph]).map((e) => e.extensions?.code);
        expect({ agency, codes }).toEqual({ agency, codes: agency === 'AUDITOR' ? [] : [FORBIDDEN] });
      }
    },
  );
});

describe('no side door', () => {
  it('the gateway exposes neither _entities nor _service', async () => {
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Child", id: "x" }]) { __typename } }']) {
      const { body } = await stack.post({ query }, { token: await stack.token('SOCIAL') });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  const asAgency = async (agency: Agency, query: string, variables: Record<string, unknown> = {}, url?: string) =>
    (await stack.post({ query, variables }, { token: await stack.token(agency), url })).body;

  it('aliases, fragments and __typename do not get around a rule', async () => {
    const id = someChild();
    for (const query of [
      `query($id: ID) { child(id: $id) { x: hivStatus { s: status } } }`,
      `query($id: ID) { child(id: $id) { ...F } } fragment F on Child { hivStatus { status } }`,
      `query($id: ID) { child(id: $id) { ... on Child { __typename hivStatus { __typename } } } }`,
    ]) {
      const body = await asAgency('EDUCATION', query, { id });
      expect((body.errors ?? []).map((e) => e.extensions?.code)).toContain(FORBIDDEN);
      expect(JSON.stringify(body.data)).not.toMatch(/POSITIVE|EXPOSED|NEGATIVE/);
    }
  });

  it('a nested path reaches the same rule: household members lead back to Child.hivStatus', async () => {
    const withHousehold = stack.truth.find((t) => t.records.some((r) => r.agency === 'POLICE') && t.records.length >= 4)!;
    const body = await asAgency('SOCIAL', `query($id: ID) { child(id: $id) { household { members { child { id hivStatus { status } } } } } }`, { id: withHousehold.childId });
    const denied = (body.errors ?? []).filter((e) => e.extensions?.code === FORBIDDEN);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((e) => e.path?.at(-1) === 'hivStatus')).toBe(true);
    expect(body.data?.child.household.members.some((m: { child: { id: string } | null }) => m.child?.id === withHousehold.childId)).toBe(true);
  });

  it('sensitive Article 10 groups never appear among the groups JUSTICE and HEALTH read', async () => {
    const sensitive = stack.truth.filter((t) => t.specialCircumstances.some((g) => SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g)));
    expect(sensitive.length).toBeGreaterThan(0);
    for (const agency of ['JUSTICE', 'HEALTH'] as Agency[]) {
      for (const child of sensitive) {
        const body = await asAgency(agency, `query($id: ID) { child(id: $id) { specialCircumstances { group } } }`, { id: child.childId });
        const groups = (body.data?.child?.specialCircumstances ?? []).map((g: { group: string }) => g.group);
        expect(groups.filter((g: string) => SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g))).toEqual([]);
      }
    }
    const asSocial = await asAgency('SOCIAL', `query($id: ID) { child(id: $id) { sensitiveCircumstances { group } } }`, { id: sensitive[0].childId });
    expect(asSocial.data?.child.sensitiveCircumstances.length).toBeGreaterThan(0);
  });
});

describe('jurisdiction: a child outside it is not found, in lookups, lists, counts and totals', () => {
  const province = () => stack.truth[0].provinceCode;
  const commune = () => stack.truth[0].communeCode;

  it('a province officer lists and counts only the province', async () => {
    const token = await stack.token('SOCIAL', { jurisdiction: `province:${province()}` });
    const inside = stack.truth.filter((t) => t.provinceCode === province());
    const { body } = await stack.post({ query: '{ children(first: 500) { totalCount edges { node { id index { provinceCode } } } } }' }, { token });
    expect(body.data?.children.totalCount).toBe(inside.length);
    expect(body.data?.children.edges.every((e: { node: { index: { provinceCode: string } } }) => e.node.index.provinceCode === province())).toBe(true);
    const counts = await stack.post({ query: '{ childCounts(groupBy: PROVINCE) { areaCode children } }' }, { token });
    expect(counts.body.data?.childCounts.map((c: { areaCode: string }) => c.areaCode)).toEqual([province()]);
  });

  it('a commune officer finds a child of the commune, and not one of another commune, by id or personal ID', async () => {
    const token = await stack.token('SOCIAL', { jurisdiction: `commune:${commune()}` });
    const outside = stack.truth.find((t) => t.communeCode !== commune() && t.personalId)!;
    const lookups = [
      [stack.truth[0].childId, { id: stack.truth[0].childId }],
      [null, { id: outside.childId }],
      [null, { personalId: outside.personalId }],
    ] as const;
    for (const [expected, variables] of lookups) {
      const { body } = await stack.post({ query: 'query($id: ID, $personalId: String) { child(id: $id, personalId: $personalId) { id } }', variables }, { token });
      expect(body.errors).toBeUndefined();
      expect(body.data?.child?.id ?? null).toBe(expected);
    }
    const { body } = await stack.post({ query: '{ children(first: 500) { totalCount } }' }, { token });
    expect(body.data?.children.totalCount).toBe(stack.truth.filter((t) => t.communeCode === commune()).length);
  });

  it('straight to a subgraph, _entities of a child outside the jurisdiction is null', async () => {
    const outside = stack.truth.find((t) => t.communeCode !== commune() && t.records.some((r) => r.agency === 'HEALTH'))!;
    const token = await stack.token('HEALTH', { jurisdiction: `commune:${commune()}` });
    const { body } = await stack.post(
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id hivStatus { status } } } }', variables: { r: [{ __typename: 'Child', id: outside.childId }] } },
      { token, url: stack.subgraphs.health.url },
    );
    expect(body.data?._entities).toEqual([null]);
  });
});

describe('audit trail', () => {
  const sensitiveRead = (id: string) => ({ query: 'query Review($id: ID) { child(id: $id) { specialCircumstances { group } } }', variables: { id }, operationName: 'Review' });
  const logOf = async (id: string, agency: Agency = 'AUDITOR') =>
    stack.post({ query: `query($id: ID!) { accessLog(childId: $id) { protection { agency subject purpose operationName fields } registry { agency } } }`, variables: { id } }, { token: await stack.token(agency) });

  it('records a SOCIAL officer reading special circumstances, and shows it to an AUDITOR', async () => {
    const id = stack.truth[2].childId;
    const read = await stack.post(sensitiveRead(id), { token: await stack.token('SOCIAL') });
    expect(read.body.errors).toBeUndefined();
    const { body } = await logOf(id);
    expect(body.errors).toBeUndefined();
    expect(body.data?.accessLog.protection).toContainEqual({
      agency: 'SOCIAL', subject: 'test-social', purpose: 'integration test', operationName: 'Review', fields: ['Child.specialCircumstances'],
    });
  });

  it('keeps the log from EDUCATION', async () => {
    const { body } = await logOf(stack.truth[2].childId, 'EDUCATION');
    expect(body.data?.accessLog ?? null).toBeNull();
    expect(errorsAt(body, ['accessLog']).map((e) => e.extensions?.code)).toEqual([FORBIDDEN]);
  });

  it('refuses to change or delete a log entry, even for the subgraph itself', async () => {
    await expect(stack.dbs.protection.$executeRawUnsafe(`UPDATE "protection"."AccessLog" SET "purpose" = 'nothing to see'`)).rejects.toThrow(/append-only/);
    await expect(stack.dbs.protection.$executeRawUnsafe(`DELETE FROM "protection"."AccessLog"`)).rejects.toThrow(/append-only/);
  });

  it('commits concurrent requests\' rows together: every row written, far fewer statements than requests', async () => {
    const token = await stack.token('SOCIAL');
    const ids = stack.truth.slice(10, 40).map((c) => c.childId);
    const countRows = async () =>
      Number((await stack.dbs.protection.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "protection"."AccessLog" WHERE "operationName" = 'Review'`))[0].n);
    const rowsBefore = await countRows();
    const statementsBefore = stack.queryCounts.protection;
    const reads = await Promise.all(ids.map((id) => stack.post(sensitiveRead(id), { token })));
    for (const read of reads) expect(read.body.errors).toBeUndefined();
    expect(await countRows()).toBe(rowsBefore + ids.length);
    // 30 profile reads and 30 log rows would be 60 statements one by one. The embedded database runs
    // each statement on this thread, so requests never overlap there and nothing waits to be grouped.
    if (process.env.DATABASE_URL) expect(stack.queryCounts.protection - statementsBefore).toBeLessThan(2 * ids.length);
  });

  it('withholds only the response whose own log row fails when rows are committed together', async () => {
    const write = accessLogWriter(stack.dbs.protection, 'protection');
    const row = (i: number): AccessLogEntryRow => ({ id: randomUUID(), at: new Date(), agency: 'SOCIAL', subject: 'group-commit', purpose: 'test', operationName: `Batch${i}`, fields: ['Child.specialCircumstances'], childIds: [`c_${i}`] });
    const broken = { ...row(99), id: 'not-a-uuid' } as unknown as AccessLogEntryRow;
    const results = await Promise.allSettled([row(1), row(2), broken, row(3), row(4)].map(write));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const written = await stack.dbs.protection.$queryRawUnsafe<{ operationName: string }[]>(`SELECT "operationName" FROM "protection"."AccessLog" WHERE "subject" = 'group-commit' ORDER BY 1`);
    expect(written.map((r) => r.operationName)).toEqual(['Batch1', 'Batch2', 'Batch3', 'Batch4']);
  });

  it('returns an error instead of unlogged data when the audit write fails', async () => {
    const id = stack.truth[3].childId;
    await stack.dbs.protection.$executeRawUnsafe(`ALTER TABLE "protection"."AccessLog" RENAME TO "AccessLog_unavailable"`);
    try {
      const { body } = await stack.post(sensitiveRead(id), { token: await stack.token('SOCIAL') });
      expect(body.data?.child?.specialCircumstances ?? null).toBeNull();
      expect(JSON.stringify(body.errors)).toMatch(/audit/i);
    } finally {
      await stack.dbs.protection.$executeRawUnsafe(`ALTER TABLE "protection"."AccessLog_unavailable" RENAME TO "AccessLog"`);
    }
  });
});
