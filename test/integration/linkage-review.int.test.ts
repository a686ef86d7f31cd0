import { communesOf } from '../../src/domain/admin-units';
import { runPendingLinkage, writeBackLinks } from '../../src/linkage/run-link';
import { linkRecords, type LinkRequest } from '../../src/linkage/link-records';
import { startTestStack, type TestStack } from './harness';

const QUEUE = `query Queue($first: Int, $after: String) { linkReviewQueue(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id recordKind sourceRecordId score status record { fullName birthDate communeCode motherName personalId } candidates { childId score fields { field level weight } } } } } }`;
const RESOLVE = `mutation Resolve($input: ResolveLinkReviewInput!) { resolveLinkReview(input: $input) { id status decision decidedChildId decidedBy decidedByAgency decidedAt } }`;
const MERGE = `mutation Merge($input: MergeChildrenInput!) { mergeChildren(input: $input) { kind fromChildId toChildId recordsMoved decidedBy decidedByAgency } }`;
const UNLINK = `mutation Unlink($input: UnlinkRecordInput!) { unlinkRecord(input: $input) { kind fromChildId toChildId recordsMoved } }`;

/** Swaps two letters inside the last word: the typo agency exports make. */
const typo = (name: string) => name.replace(/(\S)(\S)(\S*)$/, '$2$1$3');

describe('childgraph link: the pending queue, the review queue and corrections', () => {
  let stack: TestStack;
  const patients: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack('linkreview', 300);
    const masters = await stack.dbs.registry.masterChild.findMany({ where: { motherName: { not: null }, personalId: { not: null } }, orderBy: { id: 'asc' }, take: 50 });
    // b's given name is long enough for a swap of two letters to read as a typo (two-letter names are never typos).
    const [a, b] = [masters[0], masters.slice(1).find((m) => m.fullName.split(' ').at(-1)!.length >= 4)!];
    const otherCommune = communesOf(a.provinceCode).find((c) => c.code !== a.communeCode)!.code;
    // What a health station's import would write: records without personal ID, not linked yet.
    const records = {
      typoOfB: { fullName: typo(b.fullName), birthDate: b.birthDate, sex: b.sex, communeCode: b.communeCode, motherName: b.motherName },
      namesakeOfA: { fullName: a.fullName, birthDate: a.birthDate, sex: a.sex, communeCode: otherCommune, motherName: null },
      newChild: { fullName: 'Khổng Minh Triết', birthDate: new Date('2021-02-03'), sex: 'MALE' as const, communeCode: a.communeCode, motherName: 'Mạc Thị Huệ' },
      newChildAgain: { fullName: 'KHONG  minh TRIET', birthDate: new Date('2021-02-03'), sex: 'MALE' as const, communeCode: a.communeCode, motherName: 'Mac Thi Hue' },
    };
    const requests: LinkRequest[] = [];
    for (const [key, fields] of Object.entries(records)) {
      const row = await stack.dbs.health.patient.create({ data: { recordNumber: `TEST-${key}`, personalId: null, ...fields } });
      patients[key] = row.id;
      requests.push({ agency: 'HEALTH', recordKind: 'health.Patient', sourceRecordId: row.id, personalId: null, ...fields });
    }
    expect((await linkRecords(stack.dbs.registry, requests)).size).toBe(0);
    expect(await stack.dbs.registry.pendingLink.count()).toBe(4);
    patients.a = a.id;
    patients.b = b.id;
  }, 120_000);

  afterAll(() => stack?.close());

  it('links, queues for review or makes new children, and writes the child id back', async () => {
    const summary = await runPendingLinkage(stack.dbs);
    expect(summary).toMatchObject({ processed: 4, linkedProbabilistic: 2, review: 1, newChildren: 1 });
    expect(await stack.dbs.registry.pendingLink.count()).toBe(0);
    const links = new Map((await stack.dbs.registry.recordLink.findMany({ where: { recordKind: 'health.Patient', sourceRecordId: { in: Object.values(patients) } } })).map((l) => [l.sourceRecordId, l]));
    expect(links.get(patients.typoOfB)).toMatchObject({ childId: patients.b, method: 'PROBABILISTIC', score: expect.any(Number) });
    // Whichever of the two records of the unknown child comes first makes it; the other links to it.
    const pair = [links.get(patients.newChild)!, links.get(patients.newChildAgain)!];
    expect(pair.map((l) => l.method).sort()).toEqual(['NEW_CHILD', 'PROBABILISTIC']);
    const fresh = pair.find((l) => l.method === 'NEW_CHILD');
    expect(pair[0].childId).toBe(pair[1].childId);
    expect(links.has(patients.namesakeOfA)).toBe(false);
    const written = await stack.dbs.health.patient.findMany({ where: { id: { in: [patients.typoOfB, patients.newChild] } } });
    expect(written.map((p) => p.childId).sort()).toEqual([patients.b, fresh!.childId].sort());
    expect(await stack.dbs.registry.masterChild.findUnique({ where: { id: fresh!.childId } })).toMatchObject({ fullName: expect.stringMatching(/Khổng|KHONG/), motherName: expect.any(String) });
  });

  it('shows the review queue to JUSTICE and SOCIAL with candidates and the comparison, not to EDUCATION', async () => {
    const justice = await stack.post({ query: QUEUE, variables: { first: 10 } }, { token: await stack.token('JUSTICE') });
    expect(justice.body.errors).toBeUndefined();
    const queue = justice.body.data!.linkReviewQueue;
    expect(queue.totalCount).toBe(1);
    const item = queue.edges[0].node;
    expect(item).toMatchObject({ sourceRecordId: patients.namesakeOfA, status: 'OPEN', record: { motherName: null } });
    expect(item.candidates[0].childId).toBe(patients.a);
    expect(item.candidates[0].fields).toEqual(expect.arrayContaining([{ field: 'commune', level: 'SAME_PROVINCE', weight: -3 }, { field: 'birthDate', level: 'EXACT', weight: 12 }]));
    const education = await stack.post({ query: QUEUE }, { token: await stack.token('EDUCATION') });
    expect(education.body.errors?.[0].extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const elsewhere = await stack.post({ query: QUEUE }, { token: await stack.token('JUSTICE', { jurisdiction: `province:${item.record.communeCode.startsWith('01') ? '79' : '01'}` }) });
    expect(elsewhere.body.data!.linkReviewQueue.totalCount).toBe(0);
  });

  it('records who resolved a review item, once', async () => {
    const social = await stack.token('SOCIAL');
    const [review] = await stack.dbs.registry.linkReview.findMany();
    const resolved = await stack.post({ query: RESOLVE, variables: { input: { reviewId: review.id, decision: 'NEW_CHILD', note: 'other mother, other commune' } } }, { token: social });
    expect(resolved.body.errors).toBeUndefined();
    expect(resolved.body.data!.resolveLinkReview).toMatchObject({ status: 'RESOLVED', decision: 'NEW_CHILD', decidedBy: 'test-social', decidedByAgency: 'SOCIAL', decidedAt: expect.any(String) });
    const childId = resolved.body.data!.resolveLinkReview.decidedChildId;
    expect(childId).not.toBe(patients.a);
    expect(await stack.dbs.registry.recordLink.findUnique({ where: { recordKind_sourceRecordId: { recordKind: 'health.Patient', sourceRecordId: patients.namesakeOfA } } })).toMatchObject({ childId, method: 'MANUAL' });
    // The decision stands: the record is held apart from the candidate the person turned down.
    expect(await stack.dbs.registry.linkHold.findMany({ where: { sourceRecordId: patients.namesakeOfA } })).toEqual([expect.objectContaining({ childId: patients.a, decidedBy: 'test-social', reason: 'other mother, other commune' })]);
    const again = await stack.post({ query: RESOLVE, variables: { input: { reviewId: review.id, decision: 'LINK', childId: patients.a } } }, { token: social });
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/already decided/) });
    const bad = await stack.post({ query: RESOLVE, variables: { input: { reviewId: 'nope', decision: 'LINK' } } }, { token: social });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('merges two master children and splits a record off again without losing any record', async () => {
    const justice = await stack.token('JUSTICE');
    const fresh = (await stack.dbs.health.patient.findUniqueOrThrow({ where: { id: patients.newChild } })).childId!;
    const before = await stack.dbs.registry.recordLink.count();
    const keepLinks = await stack.dbs.registry.recordLink.count({ where: { childId: patients.a } });
    const merged = await stack.post({ query: MERGE, variables: { input: { keepChildId: patients.a, mergeChildId: fresh, note: 'same child, confirmed by the commune' } } }, { token: justice });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data!.mergeChildren).toMatchObject({ kind: 'MERGE', fromChildId: fresh, toChildId: patients.a, recordsMoved: 2, decidedBy: 'test-justice', decidedByAgency: 'JUSTICE' });
    expect(await stack.dbs.registry.masterChild.findUnique({ where: { id: fresh } })).toBeNull();
    expect(await stack.dbs.registry.recordLink.count()).toBe(before);
    expect(await stack.dbs.registry.recordLink.count({ where: { childId: patients.a } })).toBe(keepLinks + 2);

    const split = await stack.post({ query: UNLINK, variables: { input: { recordKind: 'health.Patient', sourceRecordId: patients.newChildAgain, childId: patients.b } } }, { token: justice });
    expect(split.body.errors).toBeUndefined();
    expect(split.body.data!.unlinkRecord).toMatchObject({ kind: 'SPLIT', fromChildId: patients.a, toChildId: patients.b, recordsMoved: 1 });
    expect(await stack.dbs.registry.recordLink.count()).toBe(before);

    await writeBackLinks(stack.dbs);
    const rows = new Map((await stack.dbs.health.patient.findMany({ where: { id: { in: [patients.newChild, patients.newChildAgain] } } })).map((p) => [p.id, p.childId]));
    expect(rows.get(patients.newChild)).toBe(patients.a);
    expect(rows.get(patients.newChildAgain)).toBe(patients.b);

    const education = await stack.post({ query: MERGE, variables: { input: { keepChildId: patients.a, mergeChildId: patients.b } } }, { token: await stack.token('EDUCATION') });
    expect(education.body.errors?.[0].extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const conflicting = await stack.post({ query: MERGE, variables: { input: { keepChildId: patients.a, mergeChildId: patients.b } } }, { token: justice });
    expect(conflicting.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/different personal ID numbers/) });
  });
});
