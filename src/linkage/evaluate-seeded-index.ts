import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SubgraphDbs } from '../subgraphs';
import { decideLink } from './decide';
import { birthYearWindow, loadMasterIndex, masterBirthYears } from './master-index';
import { normaliseIdentity } from './normalise';
import type { TruthRecord } from '../synthetic/truth';
import { agencyRecordsBorn } from './agency-records';

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
  /** Records of a planted namesake pair linked to the other child of the pair. */
  namesakeMerges: number;
  seconds: number;
}

/** The truth file's answer: agency record id -> master child id, and namesake pairs. */
export interface LinkageTruth {
  childOfRecord: Map<string, string>;
  namesakes: Map<string, string>;
}

export function linkageTruthOf(records: Iterable<TruthRecord>): LinkageTruth {
  const truth: LinkageTruth = { childOfRecord: new Map(), namesakes: new Map() };
  for (const child of records) {
    for (const record of child.records) truth.childOfRecord.set(record.id, child.childId);
    const other = child.planted.namesakeOf;
    if (other) {
      truth.namesakes.set(child.childId, other);
      truth.namesakes.set(other, child.childId);
    }
  }
  return truth;
}

export async function readLinkageTruth(file: string): Promise<LinkageTruth> {
  const children: TruthRecord[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) children.push(JSON.parse(line) as TruthRecord);
  }
  return linkageTruthOf(children);
}

const emptyTally = (): LinkageTally => ({ records: 0, linked: 0, correctLinks: 0, review: 0, reviewWithTrueCandidate: 0, newChild: 0, precision: 1, recall: 0 });

/**
 * Links every agency subject record against the master index with the engine, ignoring the stored
 * crosswalk and the records' childId, and scores the decisions against the known answers.
 * Works one birth year at a time. Precision = correct automatic links / automatic links; recall =
 * correct automatic links / records (a review item or a new child counts as not found).
 */
export async function evaluateLinkage(dbs: SubgraphDbs, truth: LinkageTruth, onYear?: (year: number, records: number) => void): Promise<LinkageEvaluation> {
  const started = performance.now();
  const overall = emptyTally();
  const withoutPersonalId = emptyTally();
  let namesakeMerges = 0;
  const years = await masterBirthYears(dbs.registry);
  if (years.length === 0) return { overall, withoutPersonalId, namesakeMerges, seconds: 0 };
  for (let year = years[0] - 1; year <= years[years.length - 1] + 1; year++) {
    const window = birthYearWindow(year);
    const records = await agencyRecordsBorn(dbs, { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
    if (records.length === 0) continue;
    const index = await loadMasterIndex(dbs.registry, window.from, window.to);
    for (const record of records) {
      const decision = decideLink(normaliseIdentity(record), index);
      const trueChild = truth.childOfRecord.get(record.sourceRecordId);
      const tallies = record.personalId ? [overall] : [overall, withoutPersonalId];
      for (const tally of tallies) {
        tally.records++;
        if (decision.kind === 'PERSONAL_ID' || decision.kind === 'PROBABILISTIC') {
          tally.linked++;
          if (decision.childId === trueChild) tally.correctLinks++;
        } else if (decision.kind === 'REVIEW') {
          tally.review++;
          if (decision.candidates.some((c) => c.childId === trueChild)) tally.reviewWithTrueCandidate++;
        } else tally.newChild++;
      }
      if ((decision.kind === 'PERSONAL_ID' || decision.kind === 'PROBABILISTIC') && trueChild && truth.namesakes.get(trueChild) === decision.childId) namesakeMerges++;
    }
    onYear?.(year, records.length);
  }
  for (const tally of [overall, withoutPersonalId]) {
    tally.precision = tally.linked ? tally.correctLinks / tally.linked : 1;
    tally.recall = tally.records ? tally.correctLinks / tally.records : 0;
  }
  return { overall, withoutPersonalId, namesakeMerges, seconds: (performance.now() - started) / 1000 };
}
