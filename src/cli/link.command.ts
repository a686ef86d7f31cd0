import { existsSync, writeFileSync } from 'node:fs';
import { evaluateLinkage } from '../linkage/evaluate';
import { readLinkageTruth } from '../linkage/linkage-truth';
import { describeEvaluation } from './link-evaluation';
import { runPendingLinkage, type LinkRunSummary } from '../linkage/run-link';
import { openStorageFromEnv } from '../db/storage-from-env';
import { withSubgraphDbs } from '../subgraphs/open-dbs';
import { progressReporter } from './progress';
import { UsageError } from './usage-error';

export interface LinkCommandOptions {
  evaluate?: boolean;
  truth?: string;
  /** Also write the evaluation's figures here, as JSON. */
  json?: string;
}

/** What a run of the linkage engine did, as `childgraph link` and `childgraph import` report it. */
export function describeLinkRun(summary: LinkRunSummary): string {
  return (
    `Linked ${summary.processed} pending records in ${summary.seconds.toFixed(1)} s: ${summary.linkedByPersonalId} by personal ID, ${summary.linkedProbabilistic} probabilistic, ` +
    `${summary.review} to review (linkReviewQueue), ${summary.newChildren} new children; ${summary.writtenBack} agency records updated` +
    (summary.awaitingWriteBack ? `, ${summary.awaitingWriteBack} links wait for an import kind that can write their table.` : '.')
  );
}

/** `childgraph link`: the pending queue through the engine, or `--evaluate --truth FILE`. */
export async function link(options: LinkCommandOptions): Promise<void> {
  if (options.evaluate && !options.truth) throw new UsageError('--evaluate needs --truth FILE (written by childgraph seed --truth)');
  if (options.truth && !existsSync(options.truth)) throw new UsageError(`no such file: ${options.truth}`);
  await withSubgraphDbs(await openStorageFromEnv(), async (dbs) => {
    if (options.evaluate) {
      const truth = await readLinkageTruth(options.truth!);
      const progress = (year: number, records: number) => process.stderr.write(`born ${year}: ${records} records linked\n`);
      const evaluation = await evaluateLinkage(dbs, truth, progress);
      process.stdout.write(`${describeEvaluation(evaluation)}\n`);
      if (options.json) writeFileSync(options.json, JSON.stringify(evaluation, null, 2));
      return;
    }
    const summary = await runPendingLinkage(dbs, progressReporter('pending records linked', await dbs.registry.pendingLink.count()));
    process.stdout.write(`${describeLinkRun(summary)}\n`);
  });
}
