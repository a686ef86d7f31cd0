import type { RecordKind } from '../record-kind';
import { civilAdoptions } from './civil-adoptions';
import { civilBirths } from './civil-births';
import { educationEnrollments } from './education-enrollments';
import { healthDisabilities } from './health-disabilities';
import { healthInsurance } from './health-insurance';
import { healthScreenings } from './health-screenings';
import { identityHouseholds } from './identity-households';
import { identityPersons } from './identity-persons';
import { protectionCircumstances } from './protection-profiles';
import { protectionReceptionSteps } from './protection-reception-steps';

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
