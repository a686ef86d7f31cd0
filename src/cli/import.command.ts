import { existsSync } from 'node:fs';
import { openSubgraphDbs } from '../gateway/stack';
import { formatOf, type ImportFormat } from '../imports/formats';
import { findKind, RECORD_KINDS } from '../imports/kinds';
import { runPendingLinkage } from '../imports/linkage/run-link';
import { ImportFileError, linkEnteredRecords, rollbackImport, runImport } from '../imports/run-import';
import { openStorageFromEnv } from '../shared/db/storage-from-env';
import type { PrismaLike } from '../shared/subgraph-module';
import { describeLinkRun } from './link.command';
import { progressReporter } from './progress';
import { UsageError } from './usage-error';

export interface ImportCommandOptions {
  format?: string;
  dryRun?: boolean;
  operator?: string;
  rollback?: string;
  /** false with --no-link: leave the run's queued records to a later `childgraph link`. */
  link?: boolean;
}

const kindList = () => RECORD_KINDS.map((k) => `${k.subgraph} ${k.name}`).join(', ');

/** Documents a kind's columns, English and Vietnamese names. */
export function describeColumns(subgraph: string, name: string): string {
  const kind = findKind(subgraph, name);
  if (!kind) throw new UsageError(`unknown record kind "${subgraph} ${name}"; known: ${kindList()}`);
  return [
    `${kind.subgraph} ${kind.name}: ${kind.description}`,
    ...kind.columns.map((c) => `  ${c.required ? '*' : ' '} ${c.key.padEnd(12)} ${c.headers.join(' | ')}: ${c.description}`),
    '  (* required; headers match ignoring case and diacritics; UTF-8 with or without BOM; dates dd/mm/yyyy, ISO or Excel)',
  ].join('\n');
}

/** Opens every subgraph database for one command of a known kind, and closes them after. */
async function withKind(subgraph: string, name: string, work: (kind: NonNullable<ReturnType<typeof findKind>>, dbs: Awaited<ReturnType<typeof openSubgraphDbs>>) => Promise<void>): Promise<void> {
  const kind = findKind(subgraph, name);
  if (!kind) throw new UsageError(`unknown record kind "${subgraph} ${name}"; known: ${kindList()}`);
  const storage = await openStorageFromEnv();
  const dbs = await openSubgraphDbs(storage);
  try {
    await work(kind, dbs);
  } finally {
    await Promise.all(Object.values(dbs).map((db: PrismaLike) => db.$disconnect()));
    await storage.close();
  }
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
  const storage = await openStorageFromEnv();
  const dbs = await openSubgraphDbs(storage);
  try {
    const summary = await runImport(kind, dbs[kind.subgraph], dbs.registry, {
      file,
      format,
      dryRun: Boolean(options.dryRun),
      operator: options.operator ?? process.env.USER ?? 'unknown',
      onProgress: progressReporter('rows committed', 0),
    }).catch((error: unknown) => {
      if (error instanceof ImportFileError) throw new UsageError(error.message);
      throw error;
    });
    const lines =
      summary.status === 'ALREADY_IMPORTED'
        ? [`${file} was already imported (run ${summary.runId}); nothing changed.`]
        : [
            `${summary.status === 'DRY_RUN' ? 'Dry run (nothing written)' : `Imported (run ${summary.runId})`}: ${summary.rowsRead} rows read, ${summary.rowsRejected} rejected.`,
            ...(summary.status === 'DRY_RUN' ? [] : [`  ${summary.inserted} new, ${summary.updated} updated (previous versions kept), ${summary.unchanged} unchanged; ${summary.linked} linked by personal ID, ${summary.queuedForLinkage} queued for linkage.`]),
            ...(summary.rowsRejected ? [`  Rejected rows, with line, column and reason: ${summary.rejectsFile}`] : []),
          ];
    process.stdout.write(`${lines.join('\n')}\n`);
    // The records the run could not link by personal ID go through the engine now, as `childgraph link` would take them.
    if (summary.status === 'COMPLETED' && summary.runId && options.link !== false) {
      const linkage = await runPendingLinkage(dbs, progressReporter('pending records linked', summary.queuedForLinkage), { importRunId: summary.runId });
      process.stdout.write(`  ${describeLinkRun(linkage)}\n`);
    } else if (summary.status === 'COMPLETED' && summary.queuedForLinkage > 0) {
      process.stdout.write(`  ${summary.queuedForLinkage} records wait in the linkage queue: run childgraph link.\n`);
    }
  } finally {
    await Promise.all(Object.values(dbs).map((db: PrismaLike) => db.$disconnect()));
    await storage.close();
  }
}
