import { startTestStack, type TestStack } from './harness';

/** A commune officer records an abandoned child's reception steps as they are done. */
describe('completeReceptionStep', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('mutations', 300, { abandoned: 0.05 });
  });
  afterAll(() => stack?.close());

  const MUTATION = `mutation Complete($input: CompleteReceptionStepInput!) {
    completeReceptionStep(input: $input) { id version steps { step completedOn note } }
  }`;
  const fileOf = async () => {
    const abandoned = stack.truth.find((t) => t.planted.abandoned)!;
    const file = await stack.dbs.protection.abandonmentCase.findFirstOrThrow({ where: { profile: { childId: abandoned.childId } } });
    return { ...file, childId: abandoned.childId, communeCode: abandoned.communeCode };
  };
  const input = (file: { id: string; version: number; foundAt: Date }, overrides: Record<string, unknown> = {}) => ({
    caseId: file.id, step: 'HEALTH_INSURANCE', completedOn: '2026-11-01', note: 'Thẻ BHYT đã cấp', expectedVersion: file.version, ...overrides,
  });

  it('records the step, bumps the version and leaves an audit entry', async () => {
    const file = await fileOf();
    const { body } = await stack.post({ query: MUTATION, variables: { input: input(file) }, operationName: 'Complete' }, { token: await stack.token('SOCIAL', { jurisdiction: `commune:${file.communeCode}` }) });
    expect(body.errors).toBeUndefined();
    expect(body.data?.completeReceptionStep.version).toBe(file.version + 1);
    expect(body.data?.completeReceptionStep.steps).toContainEqual({ step: 'HEALTH_INSURANCE', completedOn: '2026-11-01', note: 'Thẻ BHYT đã cấp' });
    const log = await stack.dbs.protection.$queryRawUnsafe<{ fields: string[]; childIds: string[]; operationName: string }[]>(
      `SELECT "fields", "childIds", "operationName" FROM "protection"."AccessLog" WHERE 'Mutation.completeReceptionStep' = ANY("fields")`,
    );
    expect(log).toContainEqual({ fields: ['Mutation.completeReceptionStep'], childIds: [file.childId], operationName: 'Complete' });
  });

  it('refuses a stale version with a clear error and changes nothing', async () => {
    const file = await fileOf();
    const { body } = await stack.post({ query: MUTATION, variables: { input: input(file, { expectedVersion: file.version - 1, note: 'stale' }) } }, { token: await stack.token('SOCIAL') });
    expect(body.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    expect(body.errors?.[0].message).toMatch(/changed by someone else \(now version \d+, you sent \d+\); reload it/);
    const after = await stack.dbs.protection.receptionStep.findFirstOrThrow({ where: { caseId: file.id, step: 'HEALTH_INSURANCE' } });
    expect(after.note).not.toBe('stale');
    expect((await stack.dbs.protection.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } })).version).toBe(file.version);
  });

  it('lets only SOCIAL write, and only within its jurisdiction', async () => {
    const file = await fileOf();
    const education = await stack.post({ query: MUTATION, variables: { input: input(file) } }, { token: await stack.token('EDUCATION') });
    expect(education.body.errors?.[0].extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const otherCommune = stack.truth.find((t) => t.communeCode !== file.communeCode)!.communeCode;
    const elsewhere = await stack.post({ query: MUTATION, variables: { input: input(file) } }, { token: await stack.token('SOCIAL', { jurisdiction: `commune:${otherCommune}` }) });
    expect(elsewhere.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/no reception file .* in your jurisdiction/) });
    expect((await stack.dbs.protection.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } })).version).toBe(file.version);
  });

  it.each([
    [{ completedOn: '2099-01-01' }, /in the future/],
    [{ completedOn: '1990-01-01' }, /before the child was found/],
    [{ caseId: 'not-a-file' }, /no reception file/],
    [{ step: 'TEA_PARTY' }, /TEA_PARTY/],
  ])('rejects bad input %j with a clear error', async (overrides, message) => {
    const file = await fileOf();
    const { body } = await stack.post({ query: MUTATION, variables: { input: input(file, overrides) } }, { token: await stack.token('SOCIAL') });
    expect(body.errors?.[0].message).toMatch(message);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
