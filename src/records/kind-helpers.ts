import { pgArray, type BulkColumn, type RawExecutor } from '../db/bulk-insert';
import type { BatchCounts, ColumnSpec, LinkCandidate } from './record-kind';
import { historyDate, rollbackTables, type HistoryRow, type RollbackTable, type UpsertResult } from './upsert';

/** The child's identity columns as every agency export carries them (read by rowReader().childIdentity). */
export const CHILD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'fullName', headers: ['full_name', 'Họ và tên', 'Họ tên'], required: true, description: 'family name first' },
  { key: 'birthDate', headers: ['birth_date', 'Ngày sinh'], required: true, description: 'dd/mm/yyyy, yyyy-mm-dd or an Excel date; not in the future' },
  { key: 'sex', headers: ['sex', 'Giới tính'], required: true, description: 'Nam / Nữ (MALE / FEMALE)' },
  { key: 'personalId', headers: ['personal_id', 'Số định danh cá nhân', 'Số định danh', 'Mã định danh cá nhân', 'CCCD'], required: false, description: '12 digits; one that contradicts sex or birth year is kept and flagged IDENTITY_MISMATCH, not used to link' },
  { key: 'communeCode', headers: ['commune_code', 'Mã xã', 'Mã xã/phường'], required: true, description: 'commune of residence, five digits (Decision 19/2025)' },
  { key: 'motherName', headers: ['mother_name', 'Họ tên mẹ'], required: false, description: "the mother's full name" },
];

/** The child's identity as a row of an agency export gives it (the fields CHILD_COLUMNS read). */
export interface ChildIdentity {
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  communeCode: string;
  motherName: string | null;
}

/** The child-identity fields of an agency's own record of the child whose change makes a re-sent row an update. */
export const CHILD_IDENTITY_COMPARED = ['fullName', 'birthDate', 'sex', 'personalId', 'communeCode', 'motherName'] as const;

/**
 * The child-identity columns of an agency's own record of the child (a patient, a child profile),
 * for its upsert; `schema` names the agency's database schema, whose own enum types the sex.
 */
export const childIdentityColumns = (schema: string): readonly BulkColumn[] => [
  { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: `"${schema}"."Sex"` },
  { name: 'personalId', type: 'varchar(12)' }, { name: 'communeCode', type: 'varchar(5)' }, { name: 'motherName', type: 'text' },
];

export const YES_NO = { YES: ['Có', 'yes', 'true', '1', 'x'], NO: ['Không', 'no', 'false', '0'] } as const;

/** Columns of a subject table that carry the child's identity, as a link request needs them. */
export type ChildIdentityFields = { id: string } & Pick<LinkCandidate, 'personalId' | 'fullName' | 'birthDate' | 'sex' | 'communeCode' | 'motherName'>;

export const linkCandidateOf =
  (recordKind: string) =>
  (p: ChildIdentityFields): LinkCandidate => ({
    recordKind, sourceRecordId: p.id, personalId: p.personalId, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, communeCode: p.communeCode, motherName: p.motherName,
  });

/**
 * Writes master child ids back into a subject table's `childId` column, in one statement. Where the
 * column is unique (one birth registration, one person per child), a second record of the same child
 * (e.g. a child registered twice) keeps no child id rather than failing the import: the registry
 * still lists both records under the child, for a person to resolve.
 */
export const applyLinksTo = (table: string, options: { uniqueChild?: boolean } = {}) => async (db: RawExecutor, links: Map<string, string>) => {
  if (links.size === 0) return;
  const source = `unnest($1::text[], $2::text[]) AS u(id, child_id)`;
  // A record whose child changes is a changed record: its updatedAt moves, so the hub's change
  // feeds carry it (and its facts follow it to the new child) however late the link was decided.
  const set = `SET "childId" = v.child_id, "updatedAt" = now()`;
  const changed = `AND p."childId" IS DISTINCT FROM v.child_id`;
  const query = options.uniqueChild
    ? `UPDATE ${table} AS p ${set} FROM (SELECT DISTINCT ON (child_id) id, child_id FROM ${source} ORDER BY child_id, id) AS v
       WHERE p.id = v.id::uuid ${changed} AND NOT EXISTS (SELECT 1 FROM ${table} AS q WHERE q."childId" = v.child_id)`
    : `UPDATE ${table} AS p ${set} FROM (SELECT id, child_id FROM ${source}) AS v WHERE p.id = v.id::uuid ${changed}`;
  await db.$executeRawUnsafe(query, pgArray([...links.keys()]), pgArray([...links.values()]));
};

export async function saveHistory(tx: { recordHistory: { createMany(args: { data: HistoryRow[] }): Promise<unknown> } }, history: HistoryRow[]) {
  if (history.length) await tx.recordHistory.createMany({ data: history.map((h) => ({ ...h, data: JSON.parse(JSON.stringify(h.data, withoutChangeStamp)) })) });
}

/**
 * A version kept in history is the record's content: the transaction stamp the change feeds order
 * by (changeXid, a bigint JSON cannot hold) is not part of it, and a restored version gets a new one.
 */
const withoutChangeStamp = (key: string, value: unknown) => (key === 'changeXid' ? undefined : value);

/**
 * Counts a batch by its rows' detail records: inserted when the detail record is new, updated when
 * it or its subject changed. `subjectOf` maps each detail key to its subject's key.
 */
export function countRows(subjectOf: Map<string, string>, subjects: UpsertResult, details: UpsertResult, toLink: LinkCandidate[]): BatchCounts {
  const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, toLink };
  for (const [key, subjectKey] of subjectOf) {
    if (details.inserted.has(key)) counts.inserted++;
    else if (details.updated.has(key) || subjects.updated.has(subjectKey)) counts.updated++;
    else counts.unchanged++;
  }
  return counts;
}

/** Counts a batch written into one table (no subject table): a row is its record. */
export function countRecords(written: UpsertResult, rows: number, toLink: LinkCandidate[] = []): BatchCounts {
  return { inserted: written.inserted.size, updated: written.updated.size, unchanged: rows - written.inserted.size - written.updated.size, toLink };
}

/** What rollback needs of a Prisma model delegate (every model's delegate accepts these calls). */
export interface RollbackDelegate {
  update(args: { where: { id: string }; data: never }): Promise<unknown>;
  findMany(args: { where: { importRunId: string; id: { notIn: string[] } }; select: { id: true } }): Promise<{ id: string }[]>;
  deleteMany(args: { where: { id: { in: string[] } } }): Promise<unknown>;
}

/**
 * How rollback restores one table from history: `fields` are copied back as they were (dates among
 * them listed in `dates`, since history keeps JSON), with the version and run of that time.
 */
export function rollbackTableOf(name: string, delegate: RollbackDelegate, fields: readonly string[], dates: readonly string[] = []): RollbackTable {
  return {
    name,
    restore: (id, v) => {
      const data: Record<string, unknown> = { version: v.version, importRunId: v.importRunId ?? null };
      for (const field of fields) data[field] = dates.includes(field) ? historyDate(v[field]) : (v[field] ?? null);
      return delegate.update({ where: { id }, data: data as never });
    },
    deleteCreated: async (runId, keep) => {
      const rows = await delegate.findMany({ where: { importRunId: runId, id: { notIn: keep } }, select: { id: true } });
      await delegate.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      return rows.map((r) => r.id);
    },
  };
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface HistoryStore {
  recordHistory: {
    findMany(args: { where: { importRunId: string }; orderBy: { changedAt: 'asc' } }): Promise<{ tableName: string; recordId: string; data: unknown }[]>;
    deleteMany(args: { where: { importRunId: string } }): Promise<unknown>;
  };
}

/**
 * A kind's whole rollback: tables given children first, the subject table (whose deleted records
 * the registry must forget) named by `subject`.
 */
export async function rollbackRun(tx: HistoryStore, runId: string, tables: readonly RollbackTable[], subject: string) {
  const history = await tx.recordHistory.findMany({ where: { importRunId: runId }, orderBy: { changedAt: 'asc' } });
  const { restored, deleted } = await rollbackTables(history, runId, tables);
  await tx.recordHistory.deleteMany({ where: { importRunId: runId } });
  return { restored, deleted: Object.values(deleted).reduce((n, ids) => n + ids.length, 0), deletedSubjects: deleted[subject] ?? [] };
}
