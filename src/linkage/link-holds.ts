import { randomUUID } from 'node:crypto';
import type { RegistryDb } from '../subgraphs/registry/registry.db';

/** What reads and writes holds: the registry's client or one of its transactions. */
type HoldStore = Pick<RegistryDb, 'linkHold'>;

/** An agency record as linkage names it. */
export interface RecordRef {
  recordKind: string;
  sourceRecordId: string;
}

export const recordKey = (r: RecordRef): string => `${r.recordKind}|${r.sourceRecordId}`;

/** A filter for these records (a superset: kinds times ids) that the (recordKind, sourceRecordId) indexes serve. */
export const recordsWhere = (records: readonly RecordRef[]) => ({
  recordKind: { in: [...new Set(records.map((r) => r.recordKind))] },
  sourceRecordId: { in: [...new Set(records.map((r) => r.sourceRecordId))] },
});

/**
 * The master children a person held each of these records apart from (LinkHold), by recordKey:
 * every linkage path leaves those pairs alone, whatever the evidence says.
 */
export async function heldApartOf(db: HoldStore, records: readonly RecordRef[]): Promise<Map<string, Set<string>>> {
  const held = new Map<string, Set<string>>();
  if (records.length === 0) return held;
  const rows = await db.linkHold.findMany({
    where: recordsWhere(records),
    select: { recordKind: true, sourceRecordId: true, childId: true },
  });
  for (const row of rows) {
    const key = recordKey(row);
    if (!held.has(key)) held.set(key, new Set());
    held.get(key)!.add(row.childId);
  }
  return held;
}

export interface HoldDecision {
  decidedBy: string;
  decidedByAgency: string;
  reason: string;
}

/** Records a person's decision that `record` is none of `childIds`. */
export async function holdApart(db: HoldStore, record: RecordRef, childIds: readonly string[], decision: HoldDecision): Promise<void> {
  if (childIds.length === 0) return;
  await db.linkHold.createMany({
    data: childIds.map((childId) => ({ id: randomUUID(), recordKind: record.recordKind, sourceRecordId: record.sourceRecordId, childId, ...decision })),
    skipDuplicates: true,
  });
}

/** A person linked these records to `childId` explicitly: what held them apart from it no longer stands. */
export async function liftHolds(db: HoldStore, records: readonly RecordRef[], childId: string): Promise<void> {
  if (records.length === 0) return;
  await db.linkHold.deleteMany({ where: { childId, OR: records.map((r) => ({ recordKind: r.recordKind, sourceRecordId: r.sourceRecordId })) } });
}
