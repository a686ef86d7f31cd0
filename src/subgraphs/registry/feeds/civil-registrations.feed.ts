import { insertRows } from '../../../shared/db/bulk-insert';
import type { HubFeed } from './refresh';

interface Row {
  recordId: string;
  childId: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  registeredOn: string;
  registeringCommuneCode: string;
  personalId: string | null;
  registeredAsAbandoned: boolean;
  updatedAt: string;
}

const COLUMNS = [
  { name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"registry"."Sex"' },
  { name: 'registeredOn', type: 'date' }, { name: 'registeringCommuneCode', type: 'varchar(5)' }, { name: 'personalId', type: 'varchar(12)' },
  { name: 'registeredAsAbandoned', type: 'boolean' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];

/** Birth registrations from the civil subgraph (JUSTICE): the facts behind registration gaps. */
export const civilRegistrationsFeed: HubFeed<Row> = {
  name: 'civil.registrations',
  subgraph: 'civil',
  field: 'civilRegistrationFeed',
  rowSelection: 'recordId childId birthDate sex registeredOn registeringCommuneCode personalId registeredAsAbandoned updatedAt',
  async apply(tx, rows) {
    await insertRows(tx, '"registry"."CivilRegistrationFact"', COLUMNS, rows.map((r) => ({ ...r, sourceUpdatedAt: new Date(r.updatedAt) })), { upsertOn: ['recordId'] });
    return rows.map((r) => r.childId);
  },
};
