import { civilStatusGapsDerivation } from '../gaps/derive-gaps';
import { dropoutRiskDerivation, outOfSchoolDerivation } from '../risk/derivations';
import { indicatorsDerivation } from '../indicators/derivation';
import { protectionAbandonmentFeed } from './abandonment-files.feed';
import { civilAdoptionsFeed } from './adoptions.feed';
import { civilRegistrationsFeed } from './civil-registrations.feed';
import { deletionsFeed } from './deletions.feed';
import { protectionProfilesFeed } from './child-profiles.feed';
import { healthPatientsFeed } from './patients.feed';
import { educationPupilsFeed } from './pupils.feed';
import { identityResidencesFeed } from './residences.feed';
import { identityPersonsFeed } from './subject-records.feed';
import type { Derivation, HubFeed } from './refresh';

/**
 * Every change feed the registry reads, in the order they are applied: one per agency table, each
 * writing every fact table the registry keeps of that table's records (a subject's identity facts
 * for the civil-status gaps and its dropout-risk facts come in the same row), and one deletion
 * feed per agency subgraph, after that subgraph's other feeds, dropping the copies of deleted records.
 */
export const HUB_FEEDS: readonly HubFeed<never>[] = [
  civilRegistrationsFeed, civilAdoptionsFeed, deletionsFeed('civil'),
  identityPersonsFeed, identityResidencesFeed, deletionsFeed('identity'),
  educationPupilsFeed, deletionsFeed('education'),
  healthPatientsFeed, deletionsFeed('health'),
  protectionProfilesFeed, protectionAbandonmentFeed, deletionsFeed('protection'),
] as HubFeed<never>[];

/** Every list the registry derives from the feeds' facts, in order (the indicators read the lists before them); each is recomputed after the feeds are read. */
export const DERIVATIONS: readonly Derivation[] = [civilStatusGapsDerivation, dropoutRiskDerivation, outOfSchoolDerivation, indicatorsDerivation];

export { endpointsFromEnv, HubClient, type SubgraphEndpoints } from './hub-client';
export { hubRefreshJob, refreshIntervalMs } from './refresh-job';
export { refreshHub, type RefreshSummary } from './refresh';
