import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { LookalikeKind, RecordHardCase, TruthRecord } from '../synthetic/truth';

/** A kind of record the evaluation scores on its own. */
export type HardCaseLabel = LookalikeKind | RecordHardCase | 'NAMESAKE_OTHER_COMMUNE' | 'SPELLING_VARIANT' | 'DATE_VARIANT' | 'ORDINARY';

/** The truth file's answers linkage is scored against, kept compact (a million children fit). */
export interface LinkageTruth {
  /** Agency record id -> its child. */
  childOfRecord: Map<string, string>;
  /** How a record itself differs from its child's truth (only records that do). */
  labelsOfRecord: Map<string, HardCaseLabel[]>;
  /** Child -> the children it was planted to resemble, with how (namesakes in another commune too). */
  lookalikesOf: Map<string, { kind: LookalikeKind | 'NAMESAKE_OTHER_COMMUNE'; childId: string }[]>;
}

export const emptyLinkageTruth = (): LinkageTruth => ({ childOfRecord: new Map(), labelsOfRecord: new Map(), lookalikesOf: new Map() });

/** Adds one child's known answers. */
export function addTruth(truth: LinkageTruth, child: TruthRecord): void {
  const lookalikes: { kind: LookalikeKind | 'NAMESAKE_OTHER_COMMUNE'; childId: string }[] = [...(child.planted.lookalikes ?? [])];
  if (child.planted.namesakeOf) lookalikes.push({ kind: 'NAMESAKE_OTHER_COMMUNE', childId: child.planted.namesakeOf });
  if (lookalikes.length) {
    truth.lookalikesOf.set(child.childId, lookalikes);
    // The first of a namesake pair does not know it was copied: the pair is recorded both ways.
    for (const other of lookalikes) {
      const back = truth.lookalikesOf.get(other.childId) ?? [];
      if (!back.some((l) => l.childId === child.childId)) truth.lookalikesOf.set(other.childId, [...back, { kind: other.kind, childId: child.childId }]);
    }
  }
  for (const record of child.records) {
    truth.childOfRecord.set(record.id, child.childId);
    const labels: HardCaseLabel[] = [...(record.hardCases ?? [])];
    if (record.nameVariant) labels.push('SPELLING_VARIANT');
    if (record.birthDateVariant) labels.push('DATE_VARIANT');
    if (labels.length) truth.labelsOfRecord.set(record.id, labels);
  }
}

export function linkageTruthOf(children: Iterable<TruthRecord>): LinkageTruth {
  const truth = emptyLinkageTruth();
  for (const child of children) addTruth(truth, child);
  return truth;
}

/** Whether `child` was planted to resemble `other` (a twin, a namesake, a lookalike). */
export const resembles = (truth: LinkageTruth, child: string, other: string): boolean =>
  truth.lookalikesOf.get(child)?.some((l) => l.childId === other) ?? false;

/** The hard cases a record is scored under: its child's lookalikes' kinds and its own differences. */
export function labelsOf(truth: LinkageTruth, recordId: string, childId: string | undefined): HardCaseLabel[] {
  const labels = new Set<HardCaseLabel>(truth.labelsOfRecord.get(recordId));
  for (const lookalike of (childId && truth.lookalikesOf.get(childId)) || []) labels.add(lookalike.kind);
  return labels.size ? [...labels] : ['ORDINARY'];
}

/** Reads a truth file (JSON lines, written by `childgraph seed --truth`) a line at a time. */
export async function readLinkageTruth(file: string): Promise<LinkageTruth> {
  const truth = emptyLinkageTruth();
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) addTruth(truth, JSON.parse(line) as TruthRecord);
  }
  return truth;
}
