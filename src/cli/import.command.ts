import { existsSync } from 'node:fs';
import { ACCEPTED_SEPARATORS, separatorNamed } from '../imports/csv-separator';
import { formatOf, type ImportFormat } from '../imports/formats';
import { findKind, RECORD_KINDS } from '../subgraphs/record-kinds';
import { runPendingLinkage, type LinkRunSummary } from '../linkage/run-link';
import { ImportFileError, ImportStoppedError, linkEnteredRecords, rollbackImport, runImport, type ImportOptions, type ImportSummary } from '../imports/run-import';
import type { SubgraphDbs } from '../subgraphs';
import { openStorageFromEnv } from '../db/storage-from-env';
import { withSubgraphDbs } from '../subgraphs/open-dbs';
import { describeLinkRun } from './link.command';
import { progressReporter } from './progress';
import { UsageError } from './usage-error';

export interface ImportCommandOptions {
  format?: string;
  /** CSV only: the separator between values, e.g. ';' or tab. */
  delimiter?: string;
  dryRun?: boolean;
  operator?: string;
  rollback?: string;
  /** false with --no-link: leave the run's queued records to a later `childgraph link`. */
  link?: boolean;
}

type RecordKindOf = NonNullable<ReturnType<typeof findKind>>;

const kindList = () => RECORD_KINDS.map((k) => `${k.subgraph} ${k.name}`).join(', ');

/** Documents a kind's columns, English and Vietnamese names. */
export function describeColumns(subgraph: string, name: string): string {
  const kind = findKind(subgraph, name);
  if (!kind) throw new UsageError(`unknown record kind "${subgraph} ${name}"; known: ${kindList()}`);
  return [
    `${kind.subgraph} ${kind.name}: ${kind.description}`,
    ...kind.columns.map((c) => `  ${c.required ? '*' : ' '} ${c.key.padEnd(12)} ${c.headers.join(' | ')}: ${c.description}`),
    '  (* required; headers match ignoring case and diacritics; UTF-8 with or without BOM, or Windows-1258 (converted); dates dd/mm/yyyy, ISO or Excel)',
  ].join('\n');
}

/** Opens every subgraph database for one command of a known kind, and closes them after. */
async function withKind(subgraph: string, name: string, work: (kind: RecordKindOf, dbs: SubgraphDbs) => Promise<void>): Promise<void> {
  const kind = findKind(subgraph, name);
  if (!kind) throw new UsageError(`unknown record kind "${subgraph} ${name}"; known: ${kindList()}`);
  await withSubgraphDbs(await openStorageFromEnv(), (dbs) => work(kind, dbs));
}

/** `--link-entered`: records entered through save mutations go to the registry's linkage. */
export function linkEntered(subgraph: string, name: string): Promise<void> {
  return withKind(subgraph, name, async (kind, dbs) => {
    const result = await linkEnteredRecords(kind, dbs[kind.subgraph], dbs.registry);
    process.stdout.write(`Records entered through ${result.runs} saves: ${result.linked} linked by personal ID, ${result.queued} queued for linkage.\n`);
  });
}

/** `--rollback <run id>`: undo an import (finished or interrupted). */
export function rollbackRun(subgraph: string, name: string, runId: string): Promise<void> {
  return withKind(subgraph, name, async (kind, dbs) => {
    const result = await rollbackImport(kind, dbs[kind.subgraph], dbs.registry, runId).catch((error: unknown) => {
      if (error instanceof ImportFileError) throw new UsageError(error.message);
      throw error;
    });
    process.stdout.write(`Rolled back run ${result.runId}: ${result.restored} records restored to their previous version, ${result.deleted} removed.\n`);
  });
}

export interface ImportRunOptions extends Omit<ImportOptions, 'format'> {
  format: ImportFormat;
  /** false: leave the run's queued records to a later `childgraph link`. */
  link: boolean;
  onLinkProgress?: (total: number) => ((processed: number) => void) | undefined;
}

/**
 * `childgraph import` without its terminal: the file into its subgraph, then the linkage engine
 * over the records the run queued, as `childgraph link` would take them (so their master child ids
 * are written back). A run stopped at an unreadable line links what it kept before throwing.
 */
export async function importAndLink(kind: RecordKindOf, dbs: SubgraphDbs, options: ImportRunOptions): Promise<{ summary: ImportSummary; linkage: LinkRunSummary | null }> {
  const linkRun = async (summary: ImportSummary) =>
    summary.runId && options.link ? runPendingLinkage(dbs, options.onLinkProgress?.(summary.queuedForLinkage), { importRunId: summary.runId }) : null;
  let summary: ImportSummary;
  try {
    summary = await runImport(kind, dbs[kind.subgraph], dbs.registry, options);
  } catch (error) {
    if (error instanceof ImportStoppedError && error.summary.status === 'COMPLETED') await linkRun(error.summary);
    throw error;
  }
  return { summary, linkage: summary.status === 'COMPLETED' ? await linkRun(summary) : null };
}

export async function importFile(subgraph: string, name: string, file: string, options: ImportCommandOptions): Promise<void> {
  const kind = findKind(subgraph, name);
  if (!kind) throw new UsageError(`unknown record kind "${subgraph} ${name}"; known: ${kindList()}`);
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  let format: ImportFormat;
  try {
    format = formatOf(file, options.format);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const delimiter = delimiterOf(format, options.delimiter);
  await withSubgraphDbs(await openStorageFromEnv(), async (dbs) => {
    const { summary, linkage } = await importAndLink(kind, dbs, {
      file,
      format,
      delimiter,
      dryRun: Boolean(options.dryRun),
      operator: options.operator ?? process.env.USER ?? 'unknown',
      onProgress: progressReporter('rows committed', 0),
      link: options.link !== false,
      onLinkProgress: (total) => progressReporter('pending records linked', total),
    }).catch((error: unknown) => {
      // A file refused before any row was written is a mistake in what was given (exit 2); a run
      // stopped part-way wrote rows (exit 1, the message says which).
      if (error instanceof ImportFileError) throw new UsageError(error.message);
      throw error;
    });
    process.stdout.write(`${describeImport(file, summary).join('\n')}\n`);
    if (summary.status === 'REJECTED' || (summary.status === 'DRY_RUN' && everyRowRejected(summary))) {
      // Exit 1: the run (its record and rejects file) happened, and imported nothing.
      throw new Error(
        `${summary.status === 'DRY_RUN' ? 'every row would be rejected' : 'every row was rejected, so nothing was imported'}: ` +
          `correct the rows listed in ${summary.rejectsFile} (or check that ${file} holds ${kind.subgraph} ${kind.name}) and import it again`,
      );
    }
    if (linkage) process.stdout.write(`  ${describeLinkRun(linkage)}\n`);
    else if (summary.status === 'COMPLETED' && summary.queuedForLinkage > 0) {
      process.stdout.write(`  ${summary.queuedForLinkage} records wait in the linkage queue: run childgraph link.\n`);
    }
  });
}

/** `--delimiter`: CSV only, one of the separators childgraph reads. */
function delimiterOf(format: ImportFormat, option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  if (format !== 'csv') throw new UsageError(`--delimiter applies to CSV files only; this file is read as ${format}`);
  const separator = separatorNamed(option);
  if (!separator) throw new UsageError(`--delimiter takes ${ACCEPTED_SEPARATORS}; got "${option}"`);
  return separator;
}

const everyRowRejected = (summary: ImportSummary) => summary.rowsRead > 0 && summary.rowsRejected === summary.rowsRead;

/** What an import did, in lines for the terminal: one summary, worded for what actually happened. */
function describeImport(file: string, summary: ImportSummary): string[] {
  if (summary.status === 'ALREADY_IMPORTED') return [`${file} was already imported (run ${summary.runId}); nothing changed.`];
  const warned = summary.rowsWithWarnings;
  const accepted = summary.rowsRead - summary.rowsRejected;
  const counts =
    summary.status === 'DRY_RUN'
      ? [`Dry run: would commit ${accepted} rows${warned ? ` (${warned} with a warning)` : ''}, ${summary.rowsRejected} rejected; nothing written.`]
      : summary.status === 'REJECTED'
        ? [`Nothing imported (run ${summary.runId}, recorded FAILED): all ${summary.rowsRead} rows read were rejected.`]
        : [
            `Imported (run ${summary.runId}): ${summary.rowsRead} rows read, ${summary.rowsRejected} rejected${warned ? `, ${warned} imported with a warning` : ''}.`,
            `  ${summary.inserted} new, ${summary.updated} updated (previous versions kept), ${summary.unchanged} unchanged; ${summary.linked} linked by personal ID, ${summary.queuedForLinkage} queued for linkage.`,
          ];
  return [
    ...(summary.encoding && summary.encoding !== 'UTF-8' ? [`${file} is not UTF-8: read as ${summary.encoding} and converted to Unicode.`] : []),
    ...counts,
    ...(summary.rowsRejected ? [`  Rejected rows, with line, column and reason: ${summary.rejectsFile}`] : []),
    ...(warned ? [`  Rows ${summary.status === 'DRY_RUN' ? 'that would be imported' : 'imported'} with a warning, with line, column and reason: ${summary.warningsFile}`] : []),
  ];
}
