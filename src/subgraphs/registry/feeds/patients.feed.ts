import { replaceFactsOf } from './replace-facts';
import { subjectRecordsFeed, type SubjectRow } from './subject-records.feed';

const HEALTH_COLUMNS = [{ name: 'patientId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'hasDisability', type: 'boolean' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' }];

/**
 * Health records from the health subgraph (HEALTH), one read for two lists: identity facts
 * (SubjectRecordFact) and whether a disability is known, nothing more (HealthFact).
 */
export const healthPatientsFeed = subjectRecordsFeed<SubjectRow & { hasDisability: boolean }>({
  // Not `health.patients`: that cursor belonged to the identity-only feed this one replaced (see migration 20261123202500_one_feed_per_subject).
  name: 'health.patient-facts',
  subgraph: 'health',
  field: 'healthPatientFeed',
  agency: 'HEALTH',
  recordKind: 'health.Patient',
  facts: {
    selection: 'hasDisability',
    apply: (tx, rows) =>
      replaceFactsOf(tx, { column: 'patientId', ids: rows.map((r) => r.recordId) }, [
        {
          table: '"registry"."HealthFact"',
          columns: HEALTH_COLUMNS,
          rows: rows.map((r) => ({ patientId: r.recordId, childId: r.childId, hasDisability: r.hasDisability, sourceUpdatedAt: new Date(r.updatedAt) })),
          hasChildId: true,
        },
      ]),
  },
});
