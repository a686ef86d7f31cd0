import type { IndexedMaster, MasterIndex } from './blocking';
import { compareIdentities, scoreIdentities, type Comparison } from './compare';
import { LINKAGE_LIMITS, LINKAGE_THRESHOLDS } from './config';
import type { NormalisedIdentity } from './normalise';

export interface ScoredCandidate {
  childId: string;
  score: number;
  comparison: Comparison;
}

/** What the engine decided for one record. */
export type LinkDecision =
  | { kind: 'PERSONAL_ID'; childId: string }
  | { kind: 'PROBABILISTIC'; childId: string; score: number; candidates: ScoredCandidate[] }
  | { kind: 'REVIEW'; score: number; candidates: ScoredCandidate[] }
  | { kind: 'NEW_CHILD'; score: number | null; candidates: ScoredCandidate[] };

/** The child a decision linked the record to without a person (by personal ID or score), else null. */
export const automaticLinkOf = (decision: LinkDecision): string | null =>
  decision.kind === 'PERSONAL_ID' || decision.kind === 'PROBABILISTIC' ? decision.childId : null;

const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Exact on a valid personal ID the index knows; otherwise the best-scoring candidate of the
 * record's blocks is linked when it reaches the upper threshold and no other candidate comes
 * within the margin; a best score between the thresholds (or two close candidates) goes to a
 * person; below the lower threshold the record is a child the index does not know yet.
 * `heldApart`: master children a person decided this record does not belong to; never proposed.
 */
export function decideLink(record: NormalisedIdentity, index: MasterIndex, heldApart?: ReadonlySet<string>): LinkDecision {
  if (record.personalId) {
    const master = index.byPersonalIdNumber(record.personalId);
    if (master && !heldApart?.has(master.id)) return { kind: 'PERSONAL_ID', childId: master.id };
  }
  const { upper, lower, margin } = LINKAGE_THRESHOLDS;
  // Only candidates that could matter (at or above the lower threshold, or the runner-up) are
  // kept and explained; most of a block scores far below.
  const kept: { score: number; id: string; master: IndexedMaster }[] = [];
  let best = -Infinity;
  for (const master of index.candidates(record)) {
    // A person decided this record is not that child (a split, or a review resolved NEW_CHILD).
    if (heldApart?.has(master.id)) continue;
    const score = scoreIdentities(record, master.identity);
    if (score > best) best = score;
    if (score >= lower - margin) kept.push({ score, id: master.id, master });
  }
  kept.sort(byScoreThenId);
  const explain = (n: number) =>
    kept.filter((c) => c.score >= lower).slice(0, n).map((c) => ({ childId: c.id, score: c.score, comparison: compareIdentities(record, c.master.identity) }));
  if (best < lower) return { kind: 'NEW_CHILD', score: Number.isFinite(best) ? best : null, candidates: [] };
  const [first, second] = kept;
  if (first.score >= upper && (!second || first.score - second.score >= margin)) {
    return { kind: 'PROBABILISTIC', childId: first.id, score: first.score, candidates: explain(1) };
  }
  return { kind: 'REVIEW', score: first.score, candidates: explain(LINKAGE_LIMITS.reviewCandidates) };
}
