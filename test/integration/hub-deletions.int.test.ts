import { randomUUID } from 'node:crypto';
import { AGENCIES } from '../../src/auth/principal';
import { startTestStack, type TestStack } from './harness';

// Deadlines measured at the synthetic population's reference date, as in civil-status-gaps.
process.env.CHILDGRAPH_GAPS_AS_OF = '2026-11-01';

let stack: TestStack;
beforeAll(async () => {
  // Enough adoptions that the seeded world surely holds one to delete.
  stack = await startTestStack('hubdel', 150, { adoption: 0.05 });
  await stack.refreshHub();
});
afterAll(() => stack?.close());

const rowsOf = (summary: { feeds: { feed: string; rows: number }[] }, feed: string) => summary.feeds.find((f) => f.feed === feed)?.rows;

/** A linked birth registration with no adoption (an adoption's foreign key would refuse the delete). */
async function registrationToDelete(skip: string[] = []) {
  const gaps = await stack.dbs.registry.civilStatusGap.findMany({ where: { kinds: { has: 'NO_BIRTH_REGISTRATION' } }, select: { childId: true } });
  return stack.dbs.civil.birthRegistration.findFirstOrThrow({
    where: { childId: { not: null, notIn: [...skip, ...gaps.map((g) => g.childId)] }, adoptions: { none: {} }, birthDate: { lt: new Date('2025-01-01') } },
    orderBy: { id: 'asc' },
  });
}

describe('deleted agency records reach the hub', () => {
  it('a deleted pupil leaves the dropout-risk list at the next refresh, an incremental one', async () => {
    const registry = stack.dbs.registry;
    const risks = await registry.dropoutRisk.findMany({ orderBy: { childId: 'asc' } });
    let target: { childId: string; pupilId: string } | undefined;
    for (const risk of risks) {
      const pupils = await stack.dbs.education.pupil.findMany({ where: { childId: risk.childId }, select: { id: true } });
      if (pupils.length === 1) target = { childId: risk.childId, pupilId: pupils[0].id };
      if (target) break;
    }
    expect(target).toBeDefined();
    const { childId, pupilId } = target!;
    expect(await registry.schoolingFact.count({ where: { pupilId } })).toBeGreaterThan(0);
    // What an import rollback does: the pupil's enrollments (attendance and warnings cascade), then the pupil.
    await stack.dbs.education.$transaction([stack.dbs.education.enrollment.deleteMany({ where: { pupilId } }), stack.dbs.education.pupil.delete({ where: { id: pupilId } })]);
    expect(await stack.dbs.education.deletedRecord.findMany({ where: { recordId: pupilId }, select: { recordKind: true, childId: true } })).toEqual([{ recordKind: 'education.Pupil', childId }]);

    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(rowsOf(summary, 'education.deletions')).toBeGreaterThanOrEqual(1);
    expect(await registry.subjectRecordFact.count({ where: { recordKind: 'education.Pupil', recordId: pupilId } })).toBe(0);
    expect(await registry.schoolingFact.count({ where: { pupilId } })).toBe(0);
    expect(await registry.attendanceFact.count({ where: { pupilId } })).toBe(0);
    expect(await registry.dropoutRisk.findUnique({ where: { childId } })).toBeNull();
    const { body } = await stack.post({ query: '{ dropoutRiskList(first: 500) { edges { node { child { id } } } } }' }, { token: await stack.token('EDUCATION') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.dropoutRiskList.edges.map((e: { node: { child: { id: string } } }) => e.node.child.id)).not.toContain(childId);
  });

  it('a deleted birth registration shows its child without one in civilStatusGaps', async () => {
    const record = await registrationToDelete();
    const childId = record.childId!;
    await stack.dbs.civil.birthRegistration.delete({ where: { id: record.id } });

    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(0);
    const { body } = await stack.post(
      { query: 'query($after: String) { civilStatusGaps(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { child { id } kinds } } } }' },
      { token: await stack.token('JUSTICE') },
    );
    expect(body.errors).toBeUndefined();
    const node = body.data!.civilStatusGaps.edges.map((e: { node: { child: { id: string }; kinds: string[] } }) => e.node).find((n: { child: { id: string } }) => n.child.id === childId);
    expect(node?.kinds).toContain('NO_BIRTH_REGISTRATION');
  });

  it('keeps a record re-created with the same id after its deletion, and drops one deleted again', async () => {
    const record = await registrationToDelete();
    await stack.dbs.civil.birthRegistration.delete({ where: { id: record.id } });
    // The clerk enters it again, same id: the tombstone is older than the new record.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { updatedAt: _stamped, ...data } = record;
    await stack.dbs.civil.birthRegistration.create({ data });
    await stack.refreshHub();
    const fact = await stack.dbs.registry.civilRegistrationFact.findUnique({ where: { recordId: record.id } });
    expect(fact?.childId).toBe(record.childId);
    expect(await stack.dbs.registry.civilStatusGap.count({ where: { childId: record.childId!, kinds: { has: 'NO_BIRTH_REGISTRATION' } } })).toBe(0);

    await stack.dbs.civil.birthRegistration.delete({ where: { id: record.id } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.civilRegistrationFact.count({ where: { recordId: record.id } })).toBe(0);
  });

  it('drops a residence, a patient with its health facts and an adoption the same way', async () => {
    const registry = stack.dbs.registry;
    const residence = await registry.residenceFact.findFirstOrThrow({ orderBy: { recordId: 'asc' } });
    const patient = await registry.healthFact.findFirstOrThrow({ orderBy: { patientId: 'asc' } });
    const adoption = await registry.adoptionFact.findFirstOrThrow({ orderBy: { recordId: 'asc' } });
    await stack.dbs.identity.residence.delete({ where: { id: residence.recordId } });
    await stack.dbs.health.$transaction(async (tx) => {
      for (const table of ['Screening', 'Disability', 'InsuranceCard', 'HivStatus']) await tx.$executeRawUnsafe(`DELETE FROM "health"."${table}" WHERE "patientId" = $1::uuid`, patient.patientId);
      await tx.patient.delete({ where: { id: patient.patientId } });
    });
    await stack.dbs.civil.$transaction([stack.dbs.civil.adoptiveParent.deleteMany({ where: { adoptionId: adoption.recordId } }), stack.dbs.civil.adoption.delete({ where: { id: adoption.recordId } })]);

    const summary = await stack.refreshHub();
    expect(summary.fullRecompute).toBe(false);
    expect(await registry.residenceFact.count({ where: { recordId: residence.recordId } })).toBe(0);
    expect(await registry.healthFact.count({ where: { patientId: patient.patientId } })).toBe(0);
    expect(await registry.subjectRecordFact.count({ where: { recordKind: 'health.Patient', recordId: patient.patientId } })).toBe(0);
    expect(await registry.adoptionFact.count({ where: { recordId: adoption.recordId } })).toBe(0);
  });

  it('drops the link, the queued link and the open review of a deleted record', async () => {
    const registry = stack.dbs.registry;
    const health = stack.dbs.health;
    const linked = await registry.recordLink.findMany({ where: { recordKind: 'health.Patient' }, orderBy: { sourceRecordId: 'desc' }, take: 20 });
    let link: (typeof linked)[number] | undefined;
    for (const candidate of linked) if (await health.patient.findUnique({ where: { id: candidate.sourceRecordId } })) link = link ?? candidate;
    expect(link).toBeDefined();
    const { childId, sourceRecordId } = link!;
    const identity = { agency: 'HEALTH' as const, recordKind: 'health.Patient', sourceRecordId, fullName: 'Nguyễn Văn A', birthDate: new Date('2015-01-01'), sex: 'MALE' as const, communeCode: '00004' };
    await registry.pendingLink.create({ data: { id: randomUUID(), ...identity } });
    await registry.linkReview.create({ data: { id: randomUUID(), ...identity, provinceCode: '01', score: 10, candidates: [] } });
    await health.$transaction(async (tx) => {
      for (const table of ['Screening', 'Disability', 'InsuranceCard', 'HivStatus']) await tx.$executeRawUnsafe(`DELETE FROM "health"."${table}" WHERE "patientId" = $1::uuid`, sourceRecordId);
      await tx.patient.delete({ where: { id: sourceRecordId } });
    });

    await stack.refreshHub();
    expect(await registry.recordLink.count({ where: { recordKind: 'health.Patient', sourceRecordId } })).toBe(0);
    expect(await registry.pendingLink.count({ where: { sourceRecordId } })).toBe(0);
    expect(await registry.linkReview.count({ where: { sourceRecordId } })).toBe(0);
    const { body } = await stack.post({ query: `{ child(id: "${childId}") { links { recordKind sourceRecordId } } }` }, { token: await stack.token('SOCIAL') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.child.links).not.toContainEqual({ recordKind: 'health.Patient', sourceRecordId });
    expect(body.data!.child.links.length).toBeGreaterThan(0);
  });

  it('a reception step added or deleted reaches the hub through its file, whichever code wrote it', async () => {
    const profile = await stack.dbs.protection.childProfile.findFirstOrThrow({ where: { childId: { not: null }, abandonmentCase: null }, orderBy: { id: 'asc' } });
    const day = new Date(Date.UTC(2026, 0, 5));
    const file = await stack.dbs.protection.abandonmentCase.create({
      data: { profileId: profile.id, foundAt: day, foundPlace: 'Cổng chùa', foundByName: 'Lê Văn Tư', foundByKind: 'RESIDENT', receivingCommuneCode: '01001' },
    });
    await stack.refreshHub();
    expect(await stack.dbs.registry.abandonmentFileFact.findUniqueOrThrow({ where: { recordId: file.id } })).toMatchObject({ birthRegistrationDoneOn: null });
    // The file was last written an hour ago: only a touch (a write to the file) brings it back to its feed.
    await stack.dbs.protection.$executeRawUnsafe(`UPDATE "protection"."AbandonmentCase" SET "updatedAt" = "updatedAt" - interval '1 hour' WHERE "id" = $1::uuid`, file.id);
    // Steps written straight into the step table (as the reception-steps import and its rollback do), not through the file.
    const step = await stack.dbs.protection.receptionStep.create({ data: { caseId: file.id, step: 'BIRTH_REGISTRATION', dueOn: day, completedOn: day } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.abandonmentFileFact.findUniqueOrThrow({ where: { recordId: file.id } })).toMatchObject({ birthRegistrationDoneOn: day });
    await stack.dbs.protection.receptionStep.delete({ where: { id: step.id } });
    await stack.refreshHub();
    expect(await stack.dbs.registry.abandonmentFileFact.findUniqueOrThrow({ where: { recordId: file.id } })).toMatchObject({ birthRegistrationDueOn: null, birthRegistrationDoneOn: null });
  });

  it('pages through a deletion feed with its cursor, without gaps or repeats', async () => {
    await stack.dbs.civil.birthRegistration.delete({ where: { id: (await registrationToDelete()).id } });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { body } = await stack.post(
        { query: 'query($after: String) { civilDeletionFeed(first: 1, after: $after) { rows { recordId recordKind deletedAt } endCursor hasMore } }', variables: { after } },
        { token: await stack.token('HUB'), url: stack.subgraphs.civil.url },
      );
      expect(body.errors).toBeUndefined();
      const feed = body.data!.civilDeletionFeed;
      seen.push(...feed.rows.map((r: { recordId: string; deletedAt: string }) => `${r.recordId}@${r.deletedAt}`));
      after = feed.endCursor;
      if (!feed.hasMore) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await stack.dbs.civil.deletedRecord.count());
  });

  it('only the hub reads a deletion feed, and it refuses a forged cursor or an oversized page', async () => {
    for (const agency of AGENCIES) {
      for (const url of [stack.gateway.url, stack.subgraphs.education.url]) {
        const { body } = await stack.post({ query: '{ educationDeletionFeed(first: 5) { rows { recordId } } }' }, { token: await stack.token(agency), url });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (agency === 'HUB') expect({ agency, url, codes, rows: body.data?.educationDeletionFeed.rows.length }).toEqual({ agency, url, codes: [], rows: expect.any(Number) });
        else expect({ agency, url, codes, data: body.data?.educationDeletionFeed ?? null }).toEqual({ agency, url, codes: ['UNAUTHORIZED_FIELD_OR_TYPE'], data: null });
      }
    }
    const token = await stack.token('HUB');
    for (const [args, message] of [['after: "bm90LWEtY3Vyc29y"', /not a cursor/], ['first: 5001', /between 1 and 5000/]] as const) {
      const { body } = await stack.post({ query: `{ protectionDeletionFeed(${args}) { endCursor } }` }, { token, url: stack.subgraphs.protection.url });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(message);
    }
  });
});
