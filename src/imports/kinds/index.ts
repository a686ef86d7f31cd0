import type { RecordKind } from '../record-kind';
import { civilBirths } from './civil-births';
import { educationEnrollments } from './education-enrollments';
import { healthDisabilities } from './health-disabilities';
import { healthInsurance } from './health-insurance';
import { healthScreenings } from './health-screenings';
import { identityPersons } from './identity-persons';
import { protectionCircumstances } from './protection-profiles';

/**
 * Record kinds `childgraph import` accepts, as `<subgraph> <kind>`. Each documents its columns
 * (`childgraph import --columns <subgraph> <kind>`).
 */
// Kinds differ in their row, database and reference types; the CLI only passes them through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RECORD_KINDS: RecordKind<any, any, any>[] = [
  identityPersons, civilBirths, educationEnrollments, healthScreenings, healthDisabilities, healthInsurance, protectionCircumstances,
];

export function findKind(subgraph: string, name: string) {
  return RECORD_KINDS.find((kind) => kind.subgraph === subgraph && kind.name === name);
}
