import { replaceFactsOf } from './replace-facts';
import { subjectRecordsFeed, type SubjectRow } from './subject-records.feed';

interface PatientRow extends SubjectRow {
  hasDisability: boolean;
  lastScreenedOn: string | null;
  insuranceCards: { cardId: string; validFrom: string; validTo: string }[];
}

const HEALTH_COLUMNS = [
  { name: 'patientId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'hasDisability', type: 'boolean' }, { name: 'lastScreenedOn', type: 'date' },
  { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];
const INSURANCE_CARD_COLUMNS = [
  { name: 'cardId', type: 'uuid' }, { name: 'patientId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'validFrom', type: 'date' }, { name: 'validTo', type: 'date' },
  { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];

/**
 * Health records from the health subgraph (HEALTH), one read for three lists: identity facts
 * (SubjectRecordFact), whether a disability is known and the latest screening (HealthFact), and
 * the insurance cards' validity, never their numbers (InsuranceCardFact).
 */
export const healthPatientsFeed = subjectRecordsFeed<PatientRow>({
  // Not `health.patients`: that cursor belonged to the identity-only feed this one replaced (see migration 20261123202500_one_feed_per_subject).
  name: 'health.patient-facts',
  subgraph: 'health',
  field: 'healthPatientFeed',
  agency: 'HEALTH',
  recordKind: 'health.Patient',
  facts: {
    selection: 'hasDisability lastScreenedOn insuranceCards { cardId validFrom validTo }',
    apply: (tx, rows) =>
      replaceFactsOf(tx, { column: 'patientId', ids: rows.map((r) => r.recordId) }, [
        {
          table: '"registry"."HealthFact"',
          columns: HEALTH_COLUMNS,
          rows: rows.map((r) => ({ patientId: r.recordId, childId: r.childId, hasDisability: r.hasDisability, lastScreenedOn: r.lastScreenedOn, sourceUpdatedAt: new Date(r.updatedAt) })),
          hasChildId: true,
        },
        {
          table: '"registry"."InsuranceCardFact"',
          columns: INSURANCE_CARD_COLUMNS,
          rows: rows.flatMap((r) => r.insuranceCards.map((card) => ({ ...card, patientId: r.recordId, childId: r.childId, sourceUpdatedAt: new Date(r.updatedAt) }))),
          hasChildId: true,
        },
      ]),
  },
});
