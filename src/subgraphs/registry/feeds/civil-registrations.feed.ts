import { factFeed } from './fact-feed';

/** Birth registrations from the civil subgraph (JUSTICE): the facts behind registration gaps. */
export const civilRegistrationsFeed = factFeed<{
  recordId: string;
  childId: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  registeredOn: string;
  registeringCommuneCode: string;
  personalId: string | null;
  registeredAsAbandoned: boolean;
  updatedAt: string;
}>({
  name: 'civil.registrations',
  subgraph: 'civil',
  field: 'civilRegistrationFeed',
  rowSelection: 'recordId childId birthDate sex registeredOn registeringCommuneCode personalId registeredAsAbandoned updatedAt',
  table: '"registry"."CivilRegistrationFact"',
  columns: [
    { name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"registry"."Sex"' },
    { name: 'registeredOn', type: 'date' }, { name: 'registeringCommuneCode', type: 'varchar(5)' }, { name: 'personalId', type: 'varchar(12)' },
    { name: 'registeredAsAbandoned', type: 'boolean' },
  ],
});
