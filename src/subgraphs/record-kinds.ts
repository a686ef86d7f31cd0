import type { RecordKind } from '../records/record-kind';
import { civilAdoptions } from './civil/adoptions.kind';
import { civilBirths } from './civil/births.kind';
import { educationEnrollments } from './education/enrollments.kind';
import { healthDisabilities } from './health/disabilities.kind';
import { healthInsurance } from './health/insurance.kind';
import { healthScreenings } from './health/screenings.kind';
import { identityHouseholds } from './identity/households.kind';
import { identityPersons } from './identity/persons.kind';
import { protectionCircumstances } from './protection/profiles.kind';
import { protectionReceptionSteps } from './protection/reception-steps.kind';

/**
 * Record kinds `childgraph import` accepts, as `<subgraph> <kind>`. Each documents its columns
 * (`childgraph import --columns <subgraph> <kind>`).
 */
// Kinds differ in their row, database and reference types; the CLI only passes them through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RECORD_KINDS: RecordKind<any, any, any>[] = [
  identityPersons, identityHouseholds, civilBirths, civilAdoptions, educationEnrollments, healthScreenings, healthDisabilities, healthInsurance, protectionCircumstances,
  protectionReceptionSteps,
];

export function findKind(subgraph: string, name: string) {
  return RECORD_KINDS.find((kind) => kind.subgraph === subgraph && kind.name === name);
}
