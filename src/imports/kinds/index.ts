import type { RecordKind } from '../record-kind';
import { educationEnrollments } from './education-enrollments';
import { healthScreenings } from './health-screenings';

/**
 * Record kinds `childgraph import` accepts, as `<subgraph> <kind>`. Each documents its columns
 * (`childgraph import --columns <subgraph> <kind>`).
 */
// Kinds differ in their row, database and reference types; the CLI only passes them through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RECORD_KINDS: RecordKind<any, any, any>[] = [educationEnrollments, healthScreenings];

export function findKind(subgraph: string, name: string) {
  return RECORD_KINDS.find((kind) => kind.subgraph === subgraph && kind.name === name);
}
