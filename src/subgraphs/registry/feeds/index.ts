import { civilStatusGapsDerivation } from '../gaps/derive-gaps';
import { dropoutRiskDerivation, outOfSchoolDerivation } from '../risk/derivations';
import { protectionAbandonmentFeed } from './abandonment-files.feed';
import { civilAdoptionsFeed } from './adoptions.feed';
import { civilRegistrationsFeed } from './civil-registrations.feed';
import { healthRiskFeed } from './health-risk.feed';
import { identityResidencesFeed } from './residences.feed';
import { schoolingFeed } from './schooling.feed';
import { socialRiskFeed } from './social-risk.feed';
import { educationPupilsFeed, healthPatientsFeed, identityPersonsFeed, protectionProfilesFeed } from './subject-records.feed';
import type { Derivation, HubFeed } from './refresh';

/** Every change feed the registry reads, in the order they are applied. */
export const HUB_FEEDS: readonly HubFeed<never>[] = [
  civilRegistrationsFeed,
  // civil-status gaps (src/subgraphs/registry/gaps/)
  civilAdoptionsFeed, identityPersonsFeed, identityResidencesFeed, educationPupilsFeed, healthPatientsFeed, protectionProfilesFeed, protectionAbandonmentFeed,
  // dropout risk (src/subgraphs/registry/risk/)
  schoolingFeed, healthRiskFeed, socialRiskFeed,
] as HubFeed<never>[];

/** Every list the registry derives from the feeds' facts; each is recomputed after the feeds are read. */
export const DERIVATIONS: readonly Derivation[] = [civilStatusGapsDerivation, dropoutRiskDerivation, outOfSchoolDerivation];

export { endpointsFromEnv, HubClient, type SubgraphEndpoints } from './hub-client';
export { refreshIntervalMs, startRefreshLoop } from './refresh-loop';
export { refreshHub, type RefreshSummary } from './refresh';
