import { randomUUID } from 'node:crypto';
import type { Agency } from '../generated/prisma/registry/enums';
import { insertRows } from '../db/bulk-insert';
import { linkablePersonalId } from '../domain/personal-id';
import type { RegistryDb } from '../subgraphs/registry/registry.db';
import { heldApartOf, recordKey, recordsWhere } from './link-holds';
import type { LinkIdentity } from './normalise';

const LINK_COLUMNS = [
  { name: 'id', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'agency', type: '"registry"."Agency"' },
  { name: 'recordKind', type: 'text' }, { name: 'sourceRecordId', type: 'text' }, { name: 'method', type: '"registry"."LinkMethod"' },
];
const PENDING_COLUMNS = [
  { name: 'id', type: 'uuid' }, { name: 'agency', type: '"registry"."Agency"' }, { name: 'recordKind', type: 'text' }, { name: 'sourceRecordId', type: 'text' },
  { name: 'personalId', type: 'varchar(12)' }, { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"registry"."Sex"' },
  { name: 'communeCode', type: 'varchar(5)' }, { name: 'motherName', type: 'text' }, { name: 'importRunId', type: 'uuid' },
];

/** An agency record to link: which record it is, and the identity linkage compares. */
export interface LinkRequest extends LinkIdentity {
  agency: Agency;
  recordKind: string;
  sourceRecordId: string;
  /** The import run that wrote the record, if any (`childgraph import` links its own run's queue). */
  importRunId?: string | null;
}

/**
 * The registry's linkage, first stage: an agency record with a personal ID that the master index
 * knows is linked to that child (method PERSONAL_ID); every other record waits in PendingLink for
 * the probabilistic stage or a person. Not by a number that contradicts the record's own sex or
 * birth year (it may be another child's), nor to a child a person held the record apart from
 * (LinkHold). A record already linked keeps its link (a re-import never re-queues it). Idempotent:
 * a record is linked or queued once. Returns the links, made or kept, by source record id.
 */
export async function linkRecords(db: RegistryDb, requests: LinkRequest[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (requests.length === 0) return links;
  const existing = await db.recordLink.findMany({ where: recordsWhere(requests), select: { recordKind: true, sourceRecordId: true, childId: true } });
  const current = new Map(existing.map((l) => [recordKey(l), l.childId]));
  const fresh = requests.filter((r) => !current.has(recordKey(r)));
  const evidence = (r: LinkRequest) => linkablePersonalId(r.personalId, r.sex, r.birthDate.getUTCFullYear());
  const withId = fresh.filter((r) => evidence(r));
  const masters = new Map(
    (await db.masterChild.findMany({ where: { personalId: { in: withId.map((r) => r.personalId!) } }, select: { id: true, personalId: true } })).map((m) => [m.personalId!, m.id]),
  );
  const held = await heldApartOf(db, withId);
  const masterOf = (r: LinkRequest) => {
    const childId = masters.get(evidence(r) ?? '');
    return childId && !held.get(recordKey(r))?.has(childId) ? childId : undefined;
  };
  const linked = withId.filter((r) => masterOf(r));
  await insertRows(
    db,
    '"registry"."RecordLink"',
    LINK_COLUMNS,
    linked.map((r) => ({ id: randomUUID(), childId: masterOf(r)!, agency: r.agency, recordKind: r.recordKind, sourceRecordId: r.sourceRecordId, method: 'PERSONAL_ID' })),
    { skipDuplicates: true },
  );
  for (const r of requests) {
    const childId = current.get(recordKey(r));
    if (childId) links.set(r.sourceRecordId, childId);
  }
  for (const r of linked) links.set(r.sourceRecordId, masterOf(r)!);
  const queued = fresh.filter((r) => !links.has(r.sourceRecordId));
  await insertRows(
    db,
    '"registry"."PendingLink"',
    PENDING_COLUMNS,
    queued.map((r) => ({ id: randomUUID(), agency: r.agency, recordKind: r.recordKind, sourceRecordId: r.sourceRecordId, personalId: r.personalId, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, communeCode: r.communeCode, motherName: r.motherName, importRunId: r.importRunId ?? null })),
    { skipDuplicates: true },
  );
  return links;
}

/** Forgets links and queued links of agency records that no longer exist (e.g. a rolled-back import). */
export async function unlinkRecords(db: RegistryDb, recordKind: string, sourceRecordIds: string[]): Promise<void> {
  if (sourceRecordIds.length === 0) return;
  await db.recordLink.deleteMany({ where: { recordKind, sourceRecordId: { in: sourceRecordIds } } });
  await db.pendingLink.deleteMany({ where: { recordKind, sourceRecordId: { in: sourceRecordIds } } });
  await db.linkHold.deleteMany({ where: { recordKind, sourceRecordId: { in: sourceRecordIds } } });
}
