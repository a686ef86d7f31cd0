import { existsSync } from 'node:fs';
import { evaluateLinkage, readLinkageTruth, type LinkageTally } from '../linkage/evaluate';
import { runPendingLinkage, type LinkRunSummary } from '../linkage/run-link';
import { openStorageFromEnv } from '../db/storage-from-env';
import { withSubgraphDbs } from '../subgraphs/open-dbs';
import { progressReporter } from './progress';
import { UsageError } from './usage-error';

export interface LinkCommandOptions {
  evaluate?: boolean;
  truth?: string;
}

const tallyLine = (label: string, t: LinkageTally) =>
  `  ${label}: ${t.records} records, ${t.linked} linked (${t.correctLinks} right), ${t.review} to review (${t.reviewWithTrueCandidate} with the right child listed), ${t.newChild} new; precision ${t.precision.toFixed(4)}, recall ${t.recall.toFixed(4)}`;

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
      const result = await evaluateLinkage(dbs, truth, (year, records) => process.stderr.write(`born ${year}: ${records} records linked\n`));
      process.stdout.write(
        [
          `Evaluated linkage against ${options.truth} in ${result.seconds.toFixed(1)} s (the stored crosswalk and childId columns were not used):`,
          tallyLine('all records', result.overall),
          tallyLine('without personal ID', result.withoutPersonalId),
          `  namesake records linked to the other namesake: ${result.namesakeMerges}`,
        ].join('\n') + '\n',
      );
      return;
    }
    const summary = await runPendingLinkage(dbs, progressReporter('pending records linked', await dbs.registry.pendingLink.count()));
    process.stdout.write(`${describeLinkRun(summary)}\n`);
  });
}
