import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { RegistryDb } from '../subgraphs/registry/registry.db';
import { linkRecords, unlinkRecords } from '../linkage/link-records';
import { FieldError, headerKey, personalIdMismatch } from '../records/fields';
import { openRows, type ImportFormat, type SourceRow } from './formats';
import { ImportFileError } from './import-file-error';
import { ENTERED_RUN_PREFIX, type BatchCounts, type ImportDb, type ImportRunRow, type LinkCandidate, type RecordKind } from '../records/record-kind';
import { RejectsFile } from './rejects';
import { analyzeTables, maintainTables } from '../db/analyze';
import { logger } from '../shared/logger';
import { importRows } from '../server/metrics';
import type { TextEncoding } from './text-encoding';

export { ImportFileError };

/** Rows per transaction: a killed import loses at most the batch in flight, never half of one. */
export const BATCH_SIZE = 1000;

/** An import that wrote this many rows refreshes the planner's statistics on its subgraph's tables. */
const ANALYZE_AFTER_ROWS = 10_000;

export interface ImportOptions {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  operator: string;
  /** CSV only: the character between values; a comma when not given. */
  delimiter?: string;
  /** Accepted rows committed so far (inserted, updated or unchanged), after each batch and at the end; never called by a dry run. */
  onProgress?: (rowsCommitted: number) => void;
}

export interface ImportSummary {
  /**
   * REJECTED: every row was rejected, so nothing was written; the run is recorded FAILED with its
   * counts (and its rejects file written), and importing the same file again reports the same.
   */
  status: 'COMPLETED' | 'ALREADY_IMPORTED' | 'DRY_RUN' | 'REJECTED';
  runId: string | null;
  rowsRead: number;
  rowsRejected: number;
  /** Rows imported, but with a warning (a personal ID contradicting sex or birth year); not rejects. */
  rowsWithWarnings: number;
  inserted: number;
  updated: number;
  unchanged: number;
  linked: number;
  queuedForLinkage: number;
  rejectsFile: string;
  /** `<input>.warnings.csv`: the rows imported with a warning, with line, column and message. */
  warningsFile: string;
  /** The encoding a text file was read in (Windows-1258 when converted); null for a workbook. */
  encoding: TextEncoding | null;
}

/**
 * An import that stopped at a line it could not read after committing the rows before it: the run
 * is FAILED, what it wrote stays (and is in `summary`), and the message says where and what to do.
 */
export class ImportStoppedError extends Error {
  constructor(
    message: string,
    readonly summary: ImportSummary,
  ) {
    super(message);
  }
}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Imports one file of one record kind into its subgraph: validate every row, write accepted rows
 * in transactions of BATCH_SIZE together with the run's progress, report rejects next to the file,
 * then link what was written through the registry. Re-running a completed file changes nothing;
 * re-running an interrupted one resumes after its last committed batch.
 */
export async function runImport<Parsed, Db extends ImportDb, Reference>(
  kind: RecordKind<Parsed, Db, Reference>,
  db: Db,
  registry: RegistryDb,
  options: ImportOptions,
): Promise<ImportSummary> {
  const fileHash = await fileSha256(options.file);
  const previous = options.dryRun ? null : await db.importRun.findUnique({ where: { kind_fileHash: { kind: `${kind.subgraph}.${kind.name}`, fileHash } } });
  const summary: ImportSummary = { status: options.dryRun ? 'DRY_RUN' : 'COMPLETED', runId: previous?.id ?? null, rowsRead: 0, rowsRejected: 0, rowsWithWarnings: 0, inserted: 0, updated: 0, unchanged: 0, linked: 0, queuedForLinkage: 0, rejectsFile: RejectsFile.pathFor(options.file), warningsFile: RejectsFile.pathFor(options.file, 'warnings'), encoding: null };
  // The files of the run that imported this file stay as they are: they still describe it.
  if (previous?.status === 'COMPLETED') return { ...summary, status: 'ALREADY_IMPORTED', rowsRead: previous.rowsRead, rowsRejected: previous.rowsRejected };
  const rejects = new RejectsFile(options.file);
  const warnings = new RejectsFile(options.file, 'warnings');
  const reference = await kind.loadReference(db);
  const run = await openRun(kind, db, options, fileHash, previous);
  summary.runId = run?.id ?? null;
  const resumeAfter = run?.committedThroughLine ?? 0;
  if (run && resumeAfter > 0) Object.assign(summary, { inserted: run.rowsInserted, updated: run.rowsUpdated, unchanged: run.rowsUnchanged });
  const writer = new BatchWriter(kind, db, registry, run, summary, resumeAfter);
  if (run && resumeAfter > 0) {
    const { linked, queued } = await linkRun(kind, db, registry, run.id);
    summary.linked += linked;
    summary.queuedForLinkage += queued;
  }
  try {
    await readRows(kind, reference, options, { rejects, warnings }, writer);
  } catch (error) {
    // Whatever stopped it, the run does not stay RUNNING: FAILED, with what it committed before.
    // A database that failed the import may fail this too: the error that stopped it is the one to report.
    if (run) {
      await db.importRun.update({ where: { id: run.id }, data: { status: 'FAILED', finishedAt: new Date() } }).catch((cause: unknown) => logger.warn({ err: cause, runId: run.id }, 'could not mark the import run FAILED'));
    }
    throw error;
  } finally {
    await Promise.all([rejects.close(), warnings.close()]);
  }
  if (!options.dryRun) {
    importRows.inc({ kind: `${kind.subgraph}.${kind.name}`, outcome: 'accepted' }, summary.rowsRead - summary.rowsRejected);
    importRows.inc({ kind: `${kind.subgraph}.${kind.name}`, outcome: 'rejected' }, summary.rowsRejected);
  }
  // A file of nothing but rejects is not imported: a job that runs imports must see it fail.
  const everyRowRejected = summary.rowsRead > 0 && summary.rowsRejected === summary.rowsRead;
  if (run) {
    await db.importRun.update({ where: { id: run.id }, data: { status: everyRowRejected ? 'FAILED' : 'COMPLETED', finishedAt: new Date(), rowsRead: summary.rowsRead, rowsRejected: summary.rowsRejected } });
    if (summary.inserted + summary.updated >= ANALYZE_AFTER_ROWS) await maintainTables(`ANALYZE ${kind.subgraph}`, () => analyzeTables(db, kind.subgraph));
    options.onProgress?.(rowsCommitted(summary));
    if (everyRowRejected) summary.status = 'REJECTED';
  }
  return summary;
}

const rowsCommitted = (summary: ImportSummary) => summary.inserted + summary.updated + summary.unchanged;

/**
 * The run this import records its progress in (none for a dry run). A rolled-back file starts over
 * as a new attempt of the same run; a failed one resumes after its last committed batch, as an
 * interrupted one does.
 */
async function openRun<Parsed, Db extends ImportDb, Reference>(kind: RecordKind<Parsed, Db, Reference>, db: Db, options: ImportOptions, fileHash: string, previous: ImportRunRow | null): Promise<ImportRunRow | null> {
  const restarted = previous?.status === 'ROLLED_BACK'
    ? await db.importRun.update({ where: { id: previous.id }, data: { status: 'RUNNING', committedThroughLine: 0, rowsRead: 0, rowsRejected: 0, rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 0, startedAt: new Date(), finishedAt: null } })
    : previous?.status === 'FAILED'
      ? await db.importRun.update({ where: { id: previous.id }, data: { status: 'RUNNING', finishedAt: null } })
      : previous;
  return (
    restarted ??
    (options.dryRun
      ? null
      : await db.importRun.create({
          data: { id: randomUUID(), kind: `${kind.subgraph}.${kind.name}`, fileName: path.basename(options.file), fileHash, agency: kind.agency, operator: options.operator, status: 'RUNNING', startedAt: new Date() },
        }))
  );
}

/** Accepted rows, written in transactions of BATCH_SIZE together with the run's progress, then linked. */
class BatchWriter<Parsed, Db extends ImportDb, Reference> {
  private batch: Parsed[] = [];
  /** The last line read, committed with the next batch: a resumed run starts after it. */
  lastLine = 0;

  constructor(
    private readonly kind: RecordKind<Parsed, Db, Reference>,
    private readonly db: Db,
    private readonly registry: RegistryDb,
    private readonly run: ImportRunRow | null,
    readonly summary: ImportSummary,
    readonly resumeAfter: number,
  ) {}

  /** Adds an accepted row; true when that filled a batch and it was written. A dry run keeps no rows. */
  async add(row: Parsed): Promise<boolean> {
    if (!this.run) return false;
    this.batch.push(row);
    if (this.batch.length < BATCH_SIZE) return false;
    await this.flush();
    return true;
  }

  async flush(): Promise<void> {
    const { run, summary, kind, lastLine } = this;
    if (!run || (this.batch.length === 0 && lastLine <= this.resumeAfter)) return;
    const rows = this.batch;
    this.batch = [];
    const counts: BatchCounts = await this.db.$transaction(
      async (tx: never) => {
        const result = await kind.writeBatch(tx as unknown as Db, rows, run.id);
        await (tx as unknown as Db).importRun.update({
          where: { id: run.id },
          data: {
            committedThroughLine: lastLine,
            rowsRead: summary.rowsRead,
            rowsRejected: summary.rowsRejected,
            rowsInserted: summary.inserted + result.inserted,
            rowsUpdated: summary.updated + result.updated,
            rowsUnchanged: summary.unchanged + result.unchanged,
          },
        });
        return result;
      },
      { timeout: 120_000 },
    );
    summary.inserted += counts.inserted;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    // Linking happens after the batch commits (the registry is another database); a run killed in
    // between is caught up by linkRun when it resumes.
    const { linked, queued } = await linkCandidates(kind, this.db, this.registry, counts.toLink, run.id);
    summary.linked += linked;
    summary.queuedForLinkage += queued;
  }
}

/** Reads, validates and hands every row to the writer; rejects go to the rejects file, warnings of rows accepted to the warnings file. */
async function readRows<Parsed, Db extends ImportDb, Reference>(kind: RecordKind<Parsed, Db, Reference>, reference: Reference, options: ImportOptions, files: { rejects: RejectsFile; warnings: RejectsFile }, writer: BatchWriter<Parsed, Db, Reference>): Promise<void> {
  const { rejects } = files;
  const { summary } = writer;
  let columnOf: Map<string, string> | null = null;
  // The first line of each record key, to reject a row that repeats an earlier one (in any batch).
  const firstLineOf = new Map<string, number>();
  let stop: SourceRow | null = null;
  const source = await openRows(options.file, options.format, { delimiter: options.delimiter });
  summary.encoding = source.encoding;
  for await (const row of source.rows) {
    if (row.stop) {
      stop = row;
      break;
    }
    const { line, cells } = row;
    if (!columnOf) columnOf = mapHeaders(kind, Object.keys(cells));
    summary.rowsRead++;
    writer.lastLine = line;
    const problems = cells.__error ? [new FieldError('(row)', cells.__error)] : null;
    const parsed = problems ?? kind.parse(renameCells(cells, columnOf), reference);
    if (Array.isArray(parsed)) {
      summary.rowsRejected++;
      // Problems of one row in the file's column order, as a clerk reads the row.
      const order = (column: string) => kind.columns.findIndex((c) => c.key === column);
      for (const problem of [...parsed].sort((a, b) => order(a.column) - order(b.column))) {
        await rejects.add(options.file, { line, column: headerOf(kind, columnOf, problem.column), message: problem.message });
      }
      continue;
    }
    const key = kind.rowKey.of(parsed);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      summary.rowsRejected++;
      await rejects.add(options.file, { line, column: '(row)', message: `is the same record as line ${first} (same ${kind.rowKey.names}); a file may hold each record once, so this row was not imported` });
      continue;
    }
    firstLineOf.set(key, line);
    // A row that disagrees with itself is still the agency's record of a child: imported, and said so.
    const warning = personalIdMismatch(parsed);
    if (warning) {
      summary.rowsWithWarnings++;
      await files.warnings.add(options.file, { line, column: headerOf(kind, columnOf, warning.column), message: warning.message });
    }
    if (line <= writer.resumeAfter) continue;
    if (await writer.add(parsed)) options.onProgress?.(rowsCommitted(summary));
  }
  if (!columnOf && !stop) throw new ImportFileError(source.blank ? 'the file is empty; nothing was imported' : 'the file has a header line but no rows; nothing was imported');
  // Rows before a line the file cannot be read past are whole and valid: they are kept.
  await writer.flush();
  if (stop) {
    await rejects.add(options.file, { line: stop.line, column: '(file)', message: stop.stop! });
    throw new ImportStoppedError(stoppedMessage(options.file, stop, summary), { ...summary });
  }
}

function stoppedMessage(file: string, stop: SourceRow, summary: ImportSummary): string {
  const kept = summary.runId
    ? `Run ${summary.runId} stopped there (FAILED) and kept the rows before it: ${summary.rowsRead} read, ${summary.rowsRejected} rejected, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged`
    : `The dry run stopped there: ${summary.rowsRead} rows read before it, ${summary.rowsRejected} rejected`;
  return `${path.basename(file)} line ${stop.line}: ${stop.stop}. ${kept}; correct the file and import it again (rows already imported stay as they are)`;
}

interface LinkCounts {
  linked: number;
  queued: number;
}

/** Sends records to the registry's linkage and writes back the master child ids it decided. */
async function linkCandidates<Parsed, Db, Reference>(kind: RecordKind<Parsed, Db, Reference>, db: Db, registry: RegistryDb, candidates: LinkCandidate[], importRunId: string): Promise<LinkCounts> {
  const links = await linkRecords(registry, candidates.map((c) => ({ ...c, agency: kind.agency, importRunId })));
  await kind.applyLinks(db, links);
  return { linked: links.size, queued: candidates.length - links.size };
}

/** Links every record of one run still without a master child id, a page at a time. */
async function linkRun<Parsed, Db, Reference>(kind: RecordKind<Parsed, Db, Reference>, db: Db, registry: RegistryDb, runId: string): Promise<LinkCounts> {
  const counts = { linked: 0, queued: 0 };
  for (let afterId: string | null = null; ; ) {
    const page = await kind.unlinked(db, runId, afterId, BATCH_SIZE);
    if (page.length === 0) return counts;
    const { linked, queued } = await linkCandidates(kind, db, registry, page, runId);
    counts.linked += linked;
    counts.queued += queued;
    afterId = page[page.length - 1].sourceRecordId;
  }
}

/**
 * Records entered through save mutations are written by a subgraph that cannot reach the registry;
 * this sends those still unlinked to the registry's linkage, as an import does after each batch.
 */
export async function linkEnteredRecords<Parsed, Db extends ImportDb, Reference>(kind: RecordKind<Parsed, Db, Reference>, db: Db, registry: RegistryDb): Promise<LinkCounts & { runs: number }> {
  const runs = await db.importRun.findMany({ where: { kind: `${kind.subgraph}.${kind.name}`, fileName: { startsWith: ENTERED_RUN_PREFIX } }, select: { id: true } });
  const counts = { linked: 0, queued: 0, runs: runs.length };
  for (const run of runs) {
    const { linked, queued } = await linkRun(kind, db, registry, run.id);
    counts.linked += linked;
    counts.queued += queued;
  }
  return counts;
}

/** Maps the file's headers to the kind's column keys; a missing required column stops the import before anything is written. */
function mapHeaders<Parsed, Db, Reference>(kind: RecordKind<Parsed, Db, Reference>, headers: string[]): Map<string, string> {
  const byFolded = new Map(headers.map((h) => [headerKey(h), h]));
  const mapping = new Map<string, string>();
  for (const column of kind.columns) {
    const header = [column.key, ...column.headers].map(headerKey).map((k) => byFolded.get(k)).find(Boolean);
    if (header) mapping.set(column.key, header);
    else if (column.required) {
      throw new ImportFileError(`the file has no "${column.headers[0]}" column (also accepted: ${column.headers.slice(1).join(', ')}); nothing was imported`);
    }
  }
  return mapping;
}

function renameCells(cells: Record<string, string>, columnOf: Map<string, string>): Record<string, string> {
  const renamed: Record<string, string> = {};
  for (const [key, header] of columnOf) renamed[key] = cells[header] ?? '';
  return renamed;
}

function headerOf<Parsed, Db, Reference>(kind: RecordKind<Parsed, Db, Reference>, columnOf: Map<string, string>, key: string): string {
  return columnOf.get(key) ?? kind.columns.find((c) => c.key === key)?.headers[0] ?? key;
}

export interface RollbackSummary {
  runId: string;
  restored: number;
  deleted: number;
}

/**
 * Undoes an import run (finished or interrupted) in one transaction: records it changed get their
 * previous version back, records it created are removed, and the registry forgets their links.
 */
export async function rollbackImport<Parsed, Db extends ImportDb, Reference>(
  kind: RecordKind<Parsed, Db, Reference>,
  db: Db,
  registry: RegistryDb,
  runId: string,
): Promise<RollbackSummary> {
  const result = await db.$transaction(
    async (tx: never) => {
      const store = tx as unknown as Db;
      if (!(await store.importRun.findUnique({ where: { id: runId } }))) throw new ImportFileError(`no import run ${runId} in ${kind.subgraph}`);
      await store.importRun.update({ where: { id: runId }, data: { status: 'ROLLED_BACK', finishedAt: new Date() } });
      return kind.rollback(store, runId);
    },
    { timeout: 600_000 },
  );
  await unlinkRecords(registry, kind.subjectRecordKind, result.deletedSubjects);
  return { runId, restored: result.restored, deleted: result.deleted };
}
