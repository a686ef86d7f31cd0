import { replaceFactsOf } from './replace-facts';
import { subjectRecordsFeed, type SubjectRow } from './subject-records.feed';

interface ProfileRow extends SubjectRow {
  inSpecialCircumstances: boolean;
  orphaned: boolean;
  householdPoverty: 'POOR' | 'NEAR_POOR' | null;
}

const SOCIAL_COLUMNS = [
  { name: 'profileId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'inSpecialCircumstances', type: 'boolean' }, { name: 'orphaned', type: 'boolean' },
  { name: 'householdPoverty', type: 'text' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];

/**
 * Child-protection profiles from the protection subgraph (SOCIAL), one read for two lists: identity
 * facts (SubjectRecordFact) and coarse flags computed there without sensitive groups (SocialFact).
 */
export const protectionProfilesFeed = subjectRecordsFeed<ProfileRow>({
  // Not `protection.childprofiles`: that cursor belonged to the identity-only feed this one replaced (see migration 20261123202500_one_feed_per_subject).
  name: 'protection.profile-facts',
  subgraph: 'protection',
  field: 'protectionProfileFeed',
  agency: 'SOCIAL',
  recordKind: 'protection.ChildProfile',
  facts: {
    selection: 'inSpecialCircumstances orphaned householdPoverty',
    apply: (tx, rows) =>
      replaceFactsOf(tx, { column: 'profileId', ids: rows.map((r) => r.recordId) }, [
        {
          table: '"registry"."SocialFact"',
          columns: SOCIAL_COLUMNS,
          rows: rows.map((r) => ({
            profileId: r.recordId, childId: r.childId, inSpecialCircumstances: r.inSpecialCircumstances, orphaned: r.orphaned,
            householdPoverty: r.householdPoverty, sourceUpdatedAt: new Date(r.updatedAt),
          })),
          hasChildId: true,
        },
      ]),
  },
});
