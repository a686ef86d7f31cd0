import type { SubgraphName } from '../subgraphs/subgraph-names';
import type { LinkRequest } from '../linkage/link-records';
import type { VersionedDelegate } from './optimistic';
import type { PrismaLike } from '../server/subgraph-module';
import type { FieldError } from './fields';

export interface ColumnSpec {
  key: string;
  /** Accepted header names, English and Vietnamese; matched after folding case and diacritics. */
  headers: readonly string[];
  required: boolean;
  description: string;
}

export interface BatchCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records the batch created that need a master child id. */
  toLink: LinkCandidate[];
}

/** A record an import wrote whose owner is not linked to a master child yet (the agency is the kind's). */
export type LinkCandidate = Omit<LinkRequest, 'agency'>;

/**
 * One kind of record an agency sends: its documented columns, how a row is validated, and how a
 * batch is written through the owning subgraph's data layer.
 */
export interface RecordKind<Parsed, Db, Reference> {
  subgraph: SubgraphName;
  name: string;
  /** The data-owning agency whose records these are. */
  agency: LinkRequest['agency'];
  /** The registry's name for this kind's subject records, e.g. education.Pupil. */
  subjectRecordKind: string;
  description: string;
  columns: readonly ColumnSpec[];
  loadReference(db: Db): Promise<Reference>;
  /** Returns the parsed row, or every problem found in it. */
  parse(cells: Record<string, string>, reference: Reference): Parsed | FieldError[];
  /**
   * The record a row is, as a key (e.g. a person's personal ID with the residence's kind and date),
   * and how a clerk names that key: a second row of one file with the same key is the same record
   * again, and is rejected rather than silently replacing the first.
   */
  rowKey: { of(row: Parsed): string; names: string };
  /** Writes one batch inside the given transaction client; `runId` tags what it wrote. */
  writeBatch(tx: Db, rows: Parsed[], runId: string): Promise<BatchCounts>;
  /** Records written by this run still waiting for a master child id, a page at a time (after `afterId`). */
  unlinked(db: Db, runId: string, afterId: string | null, limit: number): Promise<LinkCandidate[]>;
  /** Writes back master child ids decided by the registry. */
  applyLinks(db: Db, links: Map<string, string>): Promise<void>;
  /**
   * Undoes a run inside the given transaction: restores records it changed to the version before
   * it and deletes records it created. Returns the ids of deleted subject records (to unlink).
   */
  rollback(tx: Db, runId: string): Promise<{ restored: number; deleted: number; deletedSubjects: string[] }>;
  /** How an app enters one row at a time (a save mutation); absent for kinds only files bring. */
  entry?: EntryRecord<Parsed, Db>;
}

/** The record of a row a client reads, changes and sends back with its version. */
export interface EntryRecord<Parsed, Db> {
  /** e.g. Enrollment: what the mutation returns the id and version of. */
  name: string;
  find(db: Db, row: Parsed): Promise<{ id: string; version: number; childId: string | null } | null>;
  versioned(tx: Db): VersionedDelegate;
  /** The commune whose officers may write this row. */
  communeOf(row: Parsed): string;
  /**
   * Every existing record writing this row would change or attach to (the entry itself, its
   * subject, any other record the batch updates), read inside the save's transaction: a save is
   * allowed only where the caller's jurisdiction covers them (see TouchedRecord).
   */
  touched(tx: Db, row: Parsed): Promise<TouchedRecord[]>;
  /**
   * The column naming the commune the row's key lives in, when reading the row looks records up by
   * it (an adoption names a birth registration): checked before the row is read, so a row of
   * another area cannot tell which of that area's records exist.
   */
  keyCommuneColumn?: string;
}

/** An existing record a save reaches, and the communes whose officers keep it. */
export interface TouchedRecord {
  /** How a clerk names it by the key they sent, e.g. "health record 26732-00000001". */
  name: string;
  /** Most records are kept by one commune; a person, by each commune they currently live in. */
  communes: string[];
  /**
   * Whether the save changes the record itself (its fields, or which commune keeps it): then every
   * commune keeping it must be the caller's. Otherwise the save only adds to it, and one is enough.
   */
  changes: boolean;
}

/** The runs save mutations record (one per saved row) are named after the mutation. */
export const ENTERED_RUN_PREFIX = 'mutation ';

/** The import bookkeeping a subgraph keeps in its own database (ImportRun). */
export interface ImportRunRow {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'ROLLED_BACK' | 'FAILED';
  committedThroughLine: number;
  rowsRead: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
}

/** What a subgraph's client offers the import run and the save mutations: its import bookkeeping and transactions. */
export interface ImportDb extends Pick<PrismaLike, '$queryRawUnsafe' | '$executeRawUnsafe'> {
  importRun: {
    findUnique(args: { where: { kind_fileHash: { kind: string; fileHash: string } } | { id: string } }): Promise<ImportRunRow | null>;
    create(args: { data: Record<string, unknown> }): Promise<ImportRunRow>;
    update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<ImportRunRow>;
    findMany(args: { where: { kind: string; fileName: { startsWith: string } }; select: { id: true } }): Promise<{ id: string }[]>;
  };
  $transaction<T>(fn: (tx: never) => Promise<T>, options?: { timeout?: number }): Promise<T>;
}
