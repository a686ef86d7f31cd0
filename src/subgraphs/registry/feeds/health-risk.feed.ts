import type { HubFeed } from './refresh';
import { replaceFactsOf } from './replace-facts';

interface Row {
  patientId: string;
  childId: string;
  hasDisability: boolean;
  updatedAt: string;
}

const COLUMNS = [{ name: 'patientId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'hasDisability', type: 'boolean' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' }];

/** Patients from the health subgraph (HEALTH): whether a disability is known, nothing more. */
export const healthRiskFeed: HubFeed<Row> = {
  name: 'health.risk',
  subgraph: 'health',
  field: 'healthRiskFeed',
  rowSelection: 'patientId childId hasDisability updatedAt',
  apply: (tx, rows) =>
    replaceFactsOf(tx, { column: 'patientId', ids: rows.map((r) => r.patientId) }, [
      { table: '"registry"."HealthFact"', columns: COLUMNS, rows: rows.map((r) => ({ ...r, sourceUpdatedAt: new Date(r.updatedAt) })), hasChildId: true },
    ]),
};
