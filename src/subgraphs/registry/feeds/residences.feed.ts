import { factFeed } from './fact-feed';

/**
 * Residence registrations from the identity subgraph (POLICE): the facts behind
 * NO_RESIDENCE_REGISTRATION and the dropout-risk model's MIGRANT_FAMILY (kind and province, never
 * the address). A residence of a person not linked yet (childId null) reaches its child when the
 * person is linked: the person feed reports that, and the lists join on the person record.
 */
export const identityResidencesFeed = factFeed<{ recordId: string; personRecordId: string; childId: string | null; kind: string; provinceCode: string; registeredOn: string; endedOn: string | null; updatedAt: string }>({
  name: 'identity.residences',
  subgraph: 'identity',
  field: 'identityResidenceFeed',
  rowSelection: 'recordId personRecordId childId kind provinceCode registeredOn endedOn updatedAt',
  table: '"registry"."ResidenceFact"',
  columns: [{ name: 'recordId', type: 'uuid' }, { name: 'personRecordId', type: 'uuid' }, { name: 'kind', type: 'text' }, { name: 'provinceCode', type: 'varchar(2)' }, { name: 'registeredOn', type: 'date' }, { name: 'endedOn', type: 'date' }],
});
