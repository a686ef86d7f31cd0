import type { LinkageEvaluations } from '../linkage/evaluate';
import type { LinkageTally } from '../linkage/evaluate-seeded-index';
import type { ScratchTally } from '../linkage/evaluate-from-records';

const HEADER = ['records', 'known', 'linked', 'precision', 'recall', 'review', 'reviewRate', 'rightInReview', 'lookalikeMerges', 'duplicates'];

const WIDTHS = [9, 9, 9, 9, 9, 7, 10, 13, 15, 10];

const row = (label: string, t: ScratchTally) =>
  [label.padEnd(24), ...[t.records, t.known, t.linked, t.precision.toFixed(4), t.recall.toFixed(4), t.review, t.reviewRate.toFixed(4), t.reviewOfKnown ? t.rightChildInReview.toFixed(4) : '-', t.lookalikeMerges, t.duplicates]
    .map((cell, i) => String(cell).padStart(WIDTHS[i]))].join(' ');

const seededLine = (label: string, t: LinkageTally) =>
  `  ${label}: ${t.records} records, ${t.linked} linked (${t.correctLinks} right), ${t.review} to review (${t.reviewWithTrueCandidate} with the right child listed), ${t.newChild} new; precision ${t.precision.toFixed(4)}, recall ${t.recall.toFixed(4)}`;

/** `childgraph link --evaluate`'s report: linkage from scratch by hard case, then the seeded-index figure. */
export function describeEvaluation({ fromRecords: scratch, againstSeededIndex: seeded, seconds }: LinkageEvaluations): string {
  const cases = Object.entries(scratch.byHardCase).sort(([a], [b]) => a.localeCompare(b));
  return [
    `Evaluated in ${seconds.toFixed(1)} s, reading every agency record once.`,
    `Linked from scratch (${scratch.seconds.toFixed(1)} s of linking): every agency record, the population registry's first, against master children made from the records (${scratch.masterChildren} made; the truth and the seeded index unused).`,
    '  precision = right automatic links / automatic links; recall = (right automatic links + review items listing the right child) / records whose child was already known;',
    '  lookalikeMerges = automatic links to the twin, namesake or lookalike the child was planted beside; duplicates = new master children for a child already known.',
    `${''.padEnd(24)} ${HEADER.map((h, i) => h.padStart(WIDTHS[i])).join(' ')}`,
    row('all records', scratch.overall),
    row('without personal ID', scratch.withoutPersonalId),
    ...cases.map(([label, t]) => row(label, t!)),
    `Against the seeded master index (${seeded.seconds.toFixed(1)} s) (the generator's one master child per true child: measures comparison and blocking, not an index built from records):`,
    seededLine('all records', seeded.overall),
    seededLine('without personal ID', seeded.withoutPersonalId),
    `  records linked to the lookalike they were planted beside: ${seeded.lookalikeMerges}`,
  ].join('\n');
}
