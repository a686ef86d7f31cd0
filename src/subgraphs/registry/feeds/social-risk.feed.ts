import type { HubFeed } from './refresh';
import { replaceFactsOf } from './replace-facts';

interface Row {
  profileId: string;
  childId: string;
  inSpecialCircumstances: boolean;
  orphaned: boolean;
  householdPoverty: 'POOR' | 'NEAR_POOR' | null;
  updatedAt: string;
}

const COLUMNS = [
  { name: 'profileId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'inSpecialCircumstances', type: 'boolean' }, { name: 'orphaned', type: 'boolean' },
  { name: 'householdPoverty', type: 'text' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];

/** Child profiles from the protection subgraph (SOCIAL): coarse flags, computed there without sensitive groups. */
export const socialRiskFeed: HubFeed<Row> = {
  name: 'protection.risk',
  subgraph: 'protection',
  field: 'socialRiskFeed',
  rowSelection: 'profileId childId inSpecialCircumstances orphaned householdPoverty updatedAt',
  apply: (tx, rows) =>
    replaceFactsOf(tx, { column: 'profileId', ids: rows.map((r) => r.profileId) }, [
      { table: '"registry"."SocialFact"', columns: COLUMNS, rows: rows.map((r) => ({ ...r, sourceUpdatedAt: new Date(r.updatedAt) })), hasChildId: true },
    ]),
};
