import type { AgencyRecord } from './agency-records';
import { MasterIndex, type IndexedMaster } from './blocking';
import { LINKAGE_LIMITS } from './config';
import { automaticLinkOf, decideLink, type LinkDecision } from './decide';
import { labelsOf, resembles, type HardCaseLabel, type LinkageTruth } from './linkage-truth';
import { normaliseIdentity } from './normalise';

/** What linking from scratch did to one group of records. */
export interface ScratchTally {
  records: number;
  /** Records whose child already had a master child when they came: the right answer is a link. */
  known: number;
  /** Linked automatically (personal ID or probabilistic). */
  linked: number;
  correctLinks: number;
  /** Automatic links to a child this record's child was planted to resemble (twin, namesake...). */
  lookalikeMerges: number;
  /** Sent to a person; of those whose child was known, how many list the right child. */
  review: number;
  reviewOfKnown: number;
  reviewWithRightChild: number;
  newChild: number;
  /** New master children made although the index held the record's child (a missed link). */
  duplicates: number;
  /** Correct automatic links / automatic links. */
  precision: number;
  /** (Correct automatic links + review items listing the right child) / known. */
  recall: number;
  /** Review items / records. */
  reviewRate: number;
  /** Review items listing the right child / review items whose child was known. */
  rightChildInReview: number;
}

export interface ScratchEvaluation {
  overall: ScratchTally;
  withoutPersonalId: ScratchTally;
  byHardCase: Partial<Record<HardCaseLabel, ScratchTally>>;
  masterChildren: number;
  seconds: number;
}

/** Agencies in the order their records reach the hub: the population registry first. */
const AGENCY_ORDER = ['POLICE', 'JUSTICE', 'HEALTH', 'EDUCATION', 'SOCIAL'];
const DAY = 86_400_000;

const emptyTally = (): ScratchTally => ({
  records: 0, known: 0, linked: 0, correctLinks: 0, lookalikeMerges: 0, review: 0, reviewOfKnown: 0, reviewWithRightChild: 0, newChild: 0, duplicates: 0,
  precision: 1, recall: 1, reviewRate: 0, rightChildInReview: 1,
});

const byArrival = (a: AgencyRecord, b: AgencyRecord) =>
  AGENCY_ORDER.indexOf(a.agency) - AGENCY_ORDER.indexOf(b.agency) || (a.sourceRecordId < b.sourceRecordId ? -1 : a.sourceRecordId > b.sourceRecordId ? 1 : 0);

/**
 * Links agency subject records from scratch, as a hub that starts empty meets them: master
 * children are made from the records themselves (never from the truth or the seeded index), the
 * population registry's records first, and every decision is scored against the truth: overall,
 * for records without a personal ID, and per hard case (twins, namesakes, tone marks, regional
 * spellings, late records after a move...). Review items are left to a person (they make no
 * master child), so later records of the same child meet the same gap. Fed one birth year at a
 * time, oldest first; writes nothing.
 */
export class FromRecordsEvaluation {
  private readonly state: ScratchState;
  /** Masters born in the last days of the previous year: a date a few days off still meets them. */
  private carried: IndexedMaster[] = [];
  private milliseconds = 0;

  constructor(truth: LinkageTruth) {
    this.state = new ScratchState(truth);
  }

  takeYear(year: number, records: AgencyRecord[]): void {
    const started = performance.now();
    const index = new MasterIndex();
    for (const master of this.carried) index.add(master);
    const made: IndexedMaster[] = [];
    for (const record of [...records].sort(byArrival)) {
      const master = this.state.decide(record, index);
      if (master) made.push(master);
    }
    const nextYear = Date.UTC(year + 1, 0, 1);
    this.carried = made.filter((m) => m.identity.birthDay * DAY >= nextYear - LINKAGE_LIMITS.nearDays * DAY);
    this.milliseconds += performance.now() - started;
  }

  result(): ScratchEvaluation {
    return { ...this.state.result(), seconds: this.milliseconds / 1000 };
  }
}

/** The masters made so far, whose child each stands for, and the tallies. */
class ScratchState {
  private readonly founderChild = new Map<string, string>();
  private readonly childHasMaster = new Set<string>();
  private readonly personalIdsTaken = new Set<string>();
  private readonly overall = emptyTally();
  private readonly withoutPersonalId = emptyTally();
  private readonly byHardCase = new Map<HardCaseLabel, ScratchTally>();
  private masters = 0;

  constructor(private readonly truth: LinkageTruth) {}

  /** Decides one record, scores the decision, and returns the master child it made, if any. */
  decide(record: AgencyRecord, index: MasterIndex): IndexedMaster | null {
    const identity = normaliseIdentity(record);
    const decision = decideLink(identity, index);
    const child = this.truth.childOfRecord.get(record.sourceRecordId);
    const known = child !== undefined && this.childHasMaster.has(child);
    const tallies = [this.overall, ...(identity.personalId ? [] : [this.withoutPersonalId]), ...labelsOf(this.truth, record.sourceRecordId, child).map((l) => this.tallyOf(l))];
    for (const tally of tallies) this.score(tally, decision, child, known);
    if (decision.kind !== 'NEW_CHILD') return null;
    const id = `m${++this.masters}`;
    const personalId = identity.personalId && !this.personalIdsTaken.has(identity.personalId) ? identity.personalId : null;
    if (personalId) this.personalIdsTaken.add(personalId);
    const master = { id, identity: { ...identity, personalId } };
    index.add(master);
    if (child) {
      this.founderChild.set(id, child);
      this.childHasMaster.add(child);
    }
    return master;
  }

  private score(tally: ScratchTally, decision: LinkDecision, child: string | undefined, known: boolean): void {
    tally.records++;
    if (known) tally.known++;
    const linkedTo = automaticLinkOf(decision);
    if (linkedTo) {
      tally.linked++;
      const founder = this.founderChild.get(linkedTo);
      if (founder !== undefined && founder === child) tally.correctLinks++;
      else if (founder !== undefined && child !== undefined && resembles(this.truth, child, founder)) tally.lookalikeMerges++;
    } else if (decision.kind === 'REVIEW') {
      tally.review++;
      if (known) {
        tally.reviewOfKnown++;
        if (decision.candidates.some((c) => this.founderChild.get(c.childId) === child)) tally.reviewWithRightChild++;
      }
    } else {
      tally.newChild++;
      if (known) tally.duplicates++;
    }
  }

  private tallyOf(label: HardCaseLabel): ScratchTally {
    let tally = this.byHardCase.get(label);
    if (!tally) this.byHardCase.set(label, (tally = emptyTally()));
    return tally;
  }

  result(): Omit<ScratchEvaluation, 'seconds'> {
    const all = [this.overall, this.withoutPersonalId, ...this.byHardCase.values()];
    for (const t of all) {
      t.precision = t.linked ? t.correctLinks / t.linked : 1;
      t.recall = t.known ? (t.correctLinks + t.reviewWithRightChild) / t.known : 1;
      t.reviewRate = t.records ? t.review / t.records : 0;
      t.rightChildInReview = t.reviewOfKnown ? t.reviewWithRightChild / t.reviewOfKnown : 1;
    }
    return { overall: this.overall, withoutPersonalId: this.withoutPersonalId, byHardCase: Object.fromEntries(this.byHardCase), masterChildren: this.masters };
  }
}
