import { pgArray } from '../../../db/bulk-insert';
import type { SubgraphName } from '../../subgraph-names';
import type { HubFeed, RegistryTx } from './refresh';
import { replaceFactsOf } from './replace-facts';

interface DeletionRow {
  recordKind: string;
  recordId: string;
  childId: string | null;
  deletedAt: string;
}

/** Where the registry keeps its copy of one kind of agency record. */
interface RecordCopy {
  /** The fact table with one row per record ("recordId", "sourceUpdatedAt"). */
  table: string;
  /** The table keys its rows by (recordKind, recordId): SubjectRecordFact. */
  keyedByKind?: boolean;
  /** How a row names its child, when not by a "childId" column. */
  childOf?: string;
  /** Facts of the record's related records, keyed by the record's id in `column` (a pupil's enrollments). */
  related?: { column: string; tables: { table: string; hasChildId: boolean }[] };
}

const SUBJECT = '"registry"."SubjectRecordFact"';

/**
 * Every kind of record the hub copies and where. Residences come before persons: a residence's
 * child is found through its person's fact, which a person deleted in the same page removes.
 * Related records (a pupil's enrollments, a patient's insurance cards) leave no tombstone of their
 * own: deleting one touches its subject, whose next feed row replaces them all; they go here only
 * with their subject.
 */
const COPIES: Record<string, RecordCopy> = {
  'civil.BirthRegistration': { table: '"registry"."CivilRegistrationFact"' },
  'civil.Adoption': { table: '"registry"."AdoptionFact"' },
  'identity.Residence': {
    table: '"registry"."ResidenceFact"',
    childOf: `(SELECT s."childId" FROM ${SUBJECT} s WHERE s."recordKind" = 'identity.Person' AND s."recordId" = f."personRecordId")`,
  },
  'identity.Person': { table: SUBJECT, keyedByKind: true },
  'education.Pupil': {
    table: SUBJECT,
    keyedByKind: true,
    related: { column: 'pupilId', tables: [{ table: '"registry"."SchoolingFact"', hasChildId: true }, { table: '"registry"."AttendanceFact"', hasChildId: false }] },
  },
  'health.Patient': {
    table: SUBJECT,
    keyedByKind: true,
    related: { column: 'patientId', tables: [{ table: '"registry"."HealthFact"', hasChildId: true }, { table: '"registry"."InsuranceCardFact"', hasChildId: true }] },
  },
  'protection.ChildProfile': { table: SUBJECT, keyedByKind: true, related: { column: 'profileId', tables: [{ table: '"registry"."SocialFact"', hasChildId: true }] } },
  'protection.AbandonmentCase': { table: '"registry"."AbandonmentFileFact"' },
};

/**
 * Drops the copies of deleted records of one kind. A record created again with the same id forgets
 * its tombstones in the same transaction (a trigger of its subgraph), so a tombstone the feed lists
 * was not yet followed by a re-creation when it was read, and the copy goes whatever its timestamps
 * say; a re-creation committed later comes through its own feed afterwards. Returns the children
 * whose facts went.
 */
async function dropCopies(tx: RegistryTx, kind: string, copy: RecordCopy, rows: readonly DeletionRow[]): Promise<string[]> {
  const kindMatch = copy.keyedByKind ? ` AND f."recordKind" = $2` : '';
  const dropped = await tx.$queryRawUnsafe<{ recordId: string; childId: string | null }[]>(
    `DELETE FROM ${copy.table} f USING unnest($1::text[]::uuid[]) AS d("recordId")
      WHERE f."recordId" = d."recordId"${kindMatch}
      RETURNING f."recordId"::text AS "recordId", ${copy.childOf ?? 'f."childId"'} AS "childId"`,
    pgArray(rows.map((r) => r.recordId)),
    ...(copy.keyedByKind ? [kind] : []),
  );
  const children = dropped.flatMap((d) => (d.childId ? [d.childId] : []));
  if (copy.related && dropped.length > 0) {
    const tables = copy.related.tables.map((t) => ({ ...t, columns: [], rows: [] }));
    children.push(...(await replaceFactsOf(tx, { column: copy.related.column, ids: dropped.map((d) => d.recordId) }, tables)));
  }
  return children;
}

/**
 * Drops the linkage rows of deleted records: their crosswalk links (so `Child.links` stops listing
 * them), links still queued for `childgraph link` (which would write a child id back to a record
 * that is gone) and open reviews. Rows made after the deletion (the id re-created and linked again)
 * stay, as with the copies; decided reviews stay as the record of what a person decided.
 * Returns the children that lost a link.
 */
async function dropLinkage(tx: RegistryTx, rows: readonly DeletionRow[]): Promise<string[]> {
  const deleted = `unnest($1::text[], $2::text[], $3::text[]::timestamp(3)[]) AS d("recordKind", "recordId", "deletedAt")`;
  const values = [pgArray(rows.map((r) => r.recordKind)), pgArray(rows.map((r) => r.recordId)), pgArray(rows.map((r) => new Date(r.deletedAt)))];
  const links = await tx.$queryRawUnsafe<{ childId: string }[]>(
    `DELETE FROM "registry"."RecordLink" l USING ${deleted}
      WHERE l."recordKind" = d."recordKind" AND l."sourceRecordId" = d."recordId" AND l."linkedAt" <= d."deletedAt"
      RETURNING l."childId"`,
    ...values,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM "registry"."PendingLink" p USING ${deleted}
      WHERE p."recordKind" = d."recordKind" AND p."sourceRecordId" = d."recordId" AND p."queuedAt" <= d."deletedAt"`,
    ...values,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM "registry"."LinkReview" r USING ${deleted}
      WHERE r."recordKind" = d."recordKind" AND r."sourceRecordId" = d."recordId" AND r."status" = 'OPEN' AND r."createdAt" <= d."deletedAt"`,
    ...values,
  );
  return links.map((l) => l.childId);
}

/**
 * The deletion feed of one agency subgraph (src/change-feed/deletion-feed.ts): drops the registry's
 * copies of the records deleted there. HUB_FEEDS lists it after that subgraph's other feeds, so a
 * record created and deleted between two refreshes ends deleted.
 */
export function deletionsFeed(subgraph: SubgraphName): HubFeed<DeletionRow> {
  return {
    name: `${subgraph}.deletions`,
    subgraph,
    field: `${subgraph}DeletionFeed`,
    rowSelection: 'recordKind recordId childId deletedAt',
    async apply(tx, rows) {
      const children = new Set(rows.flatMap((r) => (r.childId ? [r.childId] : [])));
      for (const [kind, copy] of Object.entries(COPIES)) {
        const ofKind = rows.filter((r) => r.recordKind === kind);
        if (ofKind.length > 0) for (const id of await dropCopies(tx, kind, copy, ofKind)) children.add(id);
      }
      for (const id of await dropLinkage(tx, rows)) children.add(id);
      return [...children];
    },
  };
}
