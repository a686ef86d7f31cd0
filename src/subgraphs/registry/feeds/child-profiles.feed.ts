import { pgArray } from '../../../db/bulk-insert';
import { replaceFactsOf } from './replace-facts';
import { subjectRecordsFeed, type SubjectRow } from './subject-records.feed';

interface ProfileRow extends SubjectRow {
  inSpecialCircumstances: boolean;
  groups: string[];
  inSensitiveCircumstances: boolean;
  orphaned: boolean;
  householdPoverty: 'POOR' | 'NEAR_POOR' | null;
  lastSupportPaidOn: string | null;
  careStartedOn: string | null;
  careEndedOn: string | null;
}

const SOCIAL_COLUMNS = [
  { name: 'profileId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'inSpecialCircumstances', type: 'boolean' }, { name: 'groups', type: 'text[]' },
  { name: 'inSensitiveCircumstances', type: 'boolean' }, { name: 'orphaned', type: 'boolean' }, { name: 'householdPoverty', type: 'text' },
  { name: 'lastSupportPaidOn', type: 'date' }, { name: 'careStartedOn', type: 'date' }, { name: 'careEndedOn', type: 'date' }, { name: 'sourceUpdatedAt', type: 'timestamp(3)' },
];

/**
 * Child-protection profiles from the protection subgraph (SOCIAL), one read for two lists: identity
 * facts (SubjectRecordFact) and coarse facts computed there, naming no sensitive group (SocialFact):
 * the non-sensitive groups, whether a sensitive one exists, the latest support payment and care placement.
 */
export const protectionProfilesFeed = subjectRecordsFeed<ProfileRow>({
  // Not `protection.childprofiles`: that cursor belonged to the identity-only feed this one replaced (see migration 20261123202500_one_feed_per_subject).
  name: 'protection.profile-facts',
  subgraph: 'protection',
  field: 'protectionProfileFeed',
  agency: 'SOCIAL',
  recordKind: 'protection.ChildProfile',
  facts: {
    selection: 'inSpecialCircumstances groups inSensitiveCircumstances orphaned householdPoverty lastSupportPaidOn careStartedOn careEndedOn',
    apply: (tx, rows) =>
      replaceFactsOf(tx, { column: 'profileId', ids: rows.map((r) => r.recordId) }, [
        {
          table: '"registry"."SocialFact"',
          columns: SOCIAL_COLUMNS,
          rows: rows.map((r) => ({
            profileId: r.recordId, childId: r.childId, inSpecialCircumstances: r.inSpecialCircumstances,
            // One array literal per row: the bulk insert passes each column as an array of text.
            groups: pgArray(r.groups), inSensitiveCircumstances: r.inSensitiveCircumstances, orphaned: r.orphaned, householdPoverty: r.householdPoverty,
            lastSupportPaidOn: r.lastSupportPaidOn, careStartedOn: r.careStartedOn, careEndedOn: r.careEndedOn, sourceUpdatedAt: new Date(r.updatedAt),
          })),
          hasChildId: true,
        },
      ]),
  },
});
