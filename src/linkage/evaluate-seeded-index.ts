import type { SubgraphDbs } from '../subgraphs';
import type { AgencyRecord } from './agency-records';
import { automaticLinkOf, decideLink, type LinkDecision } from './decide';
import { birthYearWindow, loadMasterIndex } from './master-index';
import { normaliseIdentity } from './normalise';
import { resembles, type LinkageTruth } from './linkage-truth';

export interface LinkageTally {
  records: number;
  /** Linked automatically (personal ID or probabilistic). */
  linked: number;
  correctLinks: number;
  /** Sent to a person; `reviewWithTrueCandidate` of them list the right child among the candidates. */
  review: number;
  reviewWithTrueCandidate: number;
  /** Decided to be a child the index does not know. */
  newChild: number;
  precision: number;
  recall: number;
}

export interface LinkageEvaluation {
  overall: LinkageTally;
  withoutPersonalId: LinkageTally;
  /** Records of a planted lookalike (twin, namesake...) linked to the child it resembles. */
  lookalikeMerges: number;
  seconds: number;
}

const emptyTally = (): LinkageTally => ({ records: 0, linked: 0, correctLinks: 0, review: 0, reviewWithTrueCandidate: 0, newChild: 0, precision: 1, recall: 0 });

/**
 * Links agency subject records against the master index as seeded (the generator's own master
 * children, one per true child), ignoring the stored crosswalk and the records' childId, and scores
 * the decisions against the known answers. This measures the comparison and blocking against a
 * perfect index; it cannot see what an index built from the records gets wrong (duplicates,
 * lookalikes founding each other's master): evaluate-from-records.ts measures that.
 * Fed one birth year at a time. Precision = correct automatic links / automatic links; recall =
 * correct automatic links / records (a review item or a new child counts as not found).
 */
export class SeededIndexEvaluation {
  private readonly overall = emptyTally();
  private readonly withoutPersonalId = emptyTally();
  private lookalikeMerges = 0;
  private milliseconds = 0;

  constructor(
    private readonly dbs: SubgraphDbs,
    private readonly truth: LinkageTruth,
  ) {}

  async takeYear(year: number, records: AgencyRecord[]): Promise<void> {
    const started = performance.now();
    const window = birthYearWindow(year);
    const index = await loadMasterIndex(this.dbs.registry, window.from, window.to);
    for (const record of records) {
      const identity = normaliseIdentity(record);
      this.score(record, identity.personalId !== null, decideLink(identity, index));
    }
    this.milliseconds += performance.now() - started;
  }

  /** `withPersonalId`: the record carries a personal ID linkage may use (valid, consistent with the record). */
  private score(record: AgencyRecord, withPersonalId: boolean, decision: LinkDecision): void {
    const trueChild = this.truth.childOfRecord.get(record.sourceRecordId);
    const linkedTo = automaticLinkOf(decision);
    for (const tally of withPersonalId ? [this.overall] : [this.overall, this.withoutPersonalId]) {
      tally.records++;
      if (linkedTo) {
        tally.linked++;
        if (linkedTo === trueChild) tally.correctLinks++;
      } else if (decision.kind === 'REVIEW') {
        tally.review++;
        if (decision.candidates.some((c) => c.childId === trueChild)) tally.reviewWithTrueCandidate++;
      } else tally.newChild++;
    }
    if (linkedTo && trueChild && resembles(this.truth, trueChild, linkedTo)) this.lookalikeMerges++;
  }

  result(): LinkageEvaluation {
    for (const tally of [this.overall, this.withoutPersonalId]) {
      tally.precision = tally.linked ? tally.correctLinks / tally.linked : 1;
      tally.recall = tally.records ? tally.correctLinks / tally.records : 0;
    }
    return { overall: this.overall, withoutPersonalId: this.withoutPersonalId, lookalikeMerges: this.lookalikeMerges, seconds: this.milliseconds / 1000 };
  }
}
