import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/registry/client';
import type { SubgraphDbs } from '../subgraphs';
import { decideLink, type ScoredCandidate } from './decide';
import { birthYearWindow, loadMasterIndex } from './master-index';
import { heldApartOf, recordKey } from './link-holds';
import { newMasterFrom } from './new-master';
import { normaliseIdentity } from './normalise';
import { RECORD_KINDS } from '../subgraphs/record-kinds';

const CHUNK = 1000;

export interface LinkRunSummary {
  processed: number;
  linkedByPersonalId: number;
  linkedProbabilistic: number;
  review: number;
  newChildren: number;
  /** Agency records whose childId was written back in this run. */
  writtenBack: number;
  /** Links whose agency record cannot be written back yet (no import kind knows its table). */
  awaitingWriteBack: number;
  seconds: number;
}

/**
 * `childgraph link` (and `childgraph import`, for its run's records only): takes the registry's PendingLink queue (records imports could not link by
 * personal ID) through the linkage engine, one birth year at a time and 1,000 records per
 * transaction: links (PERSONAL_ID, PROBABILISTIC with its score), review items, or new master
 * children (which later records of the same run can link to). Then writes the decided master id
 * back to each agency record through its import kind. Re-running continues where it stopped.
 */
export async function runPendingLinkage(dbs: SubgraphDbs, onProgress?: (processed: number) => void, only: { importRunId?: string } = {}): Promise<LinkRunSummary> {
  const started = performance.now();
  const registry = dbs.registry;
  const summary: LinkRunSummary = { processed: 0, linkedByPersonalId: 0, linkedProbabilistic: 0, review: 0, newChildren: 0, writtenBack: 0, awaitingWriteBack: 0, seconds: 0 };
  // `childgraph import` links only what its own run queued; `childgraph link` takes the whole queue.
  const queue = only.importRunId ? { importRunId: only.importRunId } : {};
  const years = only.importRunId
    ? await registry.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "birthDate")::int AS year FROM "registry"."PendingLink" WHERE "importRunId" = ${only.importRunId}::uuid ORDER BY 1`
    : await registry.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "birthDate")::int AS year FROM "registry"."PendingLink" ORDER BY 1`;
  for (const { year } of years) {
    const window = birthYearWindow(year);
    const index = await loadMasterIndex(registry, window.from, window.to);
    const span = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
    for (;;) {
      const pending = await registry.pendingLink.findMany({ where: { birthDate: span, ...queue }, orderBy: [{ recordKind: 'asc' }, { sourceRecordId: 'asc' }], take: CHUNK });
      if (pending.length === 0) break;
      const links: Prisma.RecordLinkCreateManyInput[] = [];
      const reviews: Prisma.LinkReviewCreateManyInput[] = [];
      const masters: ReturnType<typeof newMasterFrom>[] = [];
      const takenIds = new Set(
        (await registry.masterChild.findMany({ where: { personalId: { in: pending.flatMap((p) => (p.personalId ? [p.personalId] : [])) } }, select: { personalId: true } })).map((m) => m.personalId),
      );
      // A person's decision stands: a child the record was held apart from is never its match.
      const held = await heldApartOf(registry, pending);
      for (const record of pending) {
        const identity = normaliseIdentity(record);
        const decision = decideLink(identity, index, held.get(recordKey(record)));
        const link = { agency: record.agency, recordKind: record.recordKind, sourceRecordId: record.sourceRecordId };
        if (decision.kind === 'PERSONAL_ID') {
          links.push({ id: randomUUID(), childId: decision.childId, ...link, method: 'PERSONAL_ID' });
          summary.linkedByPersonalId++;
        } else if (decision.kind === 'PROBABILISTIC') {
          links.push({ id: randomUUID(), childId: decision.childId, ...link, method: 'PROBABILISTIC', score: decision.score });
          summary.linkedProbabilistic++;
        } else if (decision.kind === 'REVIEW') {
          reviews.push({
            id: randomUUID(), ...link, personalId: record.personalId, fullName: record.fullName, birthDate: record.birthDate, sex: record.sex,
            communeCode: record.communeCode, provinceCode: identity.provinceCode ?? record.communeCode.slice(0, 2), motherName: record.motherName,
            score: decision.score, candidates: decision.candidates as unknown as Prisma.InputJsonValue,
          });
          summary.review++;
        } else {
          const personalId = identity.personalId && !takenIds.has(identity.personalId) ? identity.personalId : null;
          if (personalId) takenIds.add(personalId);
          const master = newMasterFrom(record, personalId);
          masters.push(master);
          index.add({ id: master.id, identity: normaliseIdentity(master) });
          links.push({ id: randomUUID(), childId: master.id, ...link, method: 'NEW_CHILD', score: decision.score });
          summary.newChildren++;
        }
      }
      await registry.$transaction([
        registry.masterChild.createMany({ data: masters, skipDuplicates: true }),
        registry.recordLink.createMany({ data: links, skipDuplicates: true }),
        registry.linkReview.createMany({ data: reviews, skipDuplicates: true }),
        registry.pendingLink.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } }),
      ]);
      summary.processed += pending.length;
      onProgress?.(summary.processed);
    }
  }
  Object.assign(summary, await writeBackLinks(dbs));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * One import kind per subject record kind, to write that subject's master ids back (`applyLinks`).
 * Several kinds hang their rows off one subject (persons and households off identity.Person); each
 * writes the subject's links the same way, so the first listed stands for all and none replaces it.
 */
export const writableKinds = () => {
  const kinds = new Map<string, (typeof RECORD_KINDS)[number]>();
  for (const kind of RECORD_KINDS) if (!kinds.has(kind.subjectRecordKind)) kinds.set(kind.subjectRecordKind, kind);
  return kinds;
};

/**
 * Sets each agency record's childId to its link's child where that changed (new links, reviews
 * resolved, merges and splits), through the owning subgraph's data layer.
 */
export async function writeBackLinks(dbs: SubgraphDbs): Promise<{ writtenBack: number; awaitingWriteBack: number }> {
  const kinds = writableKinds();
  let writtenBack = 0;
  for (;;) {
    const links = await dbs.registry.recordLink.findMany({ where: { syncedAt: null, recordKind: { in: [...kinds.keys()] } }, orderBy: { id: 'asc' }, take: CHUNK, select: { id: true, recordKind: true, sourceRecordId: true, childId: true } });
    if (links.length === 0) break;
    for (const [recordKind, kind] of kinds) {
      const mine = links.filter((l) => l.recordKind === recordKind);
      if (mine.length) await kind.applyLinks(dbs[kind.subgraph], new Map(mine.map((l) => [l.sourceRecordId, l.childId])));
    }
    await dbs.registry.recordLink.updateMany({ where: { id: { in: links.map((l) => l.id) } }, data: { syncedAt: new Date() } });
    writtenBack += links.length;
  }
  const awaitingWriteBack = await dbs.registry.recordLink.count({ where: { syncedAt: null } });
  return { writtenBack, awaitingWriteBack };
}
