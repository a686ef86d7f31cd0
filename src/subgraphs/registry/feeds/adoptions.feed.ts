import { factFeed } from './fact-feed';

/** Adoption cases from the civil subgraph (JUSTICE): the facts behind ADOPTION_NOT_REGISTERED. */
export const civilAdoptionsFeed = factFeed<{ recordId: string; childId: string; status: string; approvedOn: string | null; registeredOn: string | null; updatedAt: string }>({
  name: 'civil.adoptions',
  subgraph: 'civil',
  field: 'civilAdoptionFeed',
  rowSelection: 'recordId childId status approvedOn registeredOn updatedAt',
  table: '"registry"."AdoptionFact"',
  columns: [{ name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'status', type: 'text' }, { name: 'approvedOn', type: 'date' }, { name: 'registeredOn', type: 'date' }],
});
