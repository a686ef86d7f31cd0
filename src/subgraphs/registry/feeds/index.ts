import { civilStatusGapsDerivation } from '../gaps/derive-gaps';
import { protectionAbandonmentFeed } from './abandonment-files.feed';
import { civilAdoptionsFeed } from './adoptions.feed';
import { civilRegistrationsFeed } from './civil-registrations.feed';
import { identityResidencesFeed } from './residences.feed';
import { educationPupilsFeed, healthPatientsFeed, identityPersonsFeed, protectionProfilesFeed } from './subject-records.feed';
import type { Derivation, HubFeed } from './refresh';

/** Every change feed the registry reads, in the order they are applied. */
export const HUB_FEEDS: readonly HubFeed<never>[] = [
  civilRegistrationsFeed,
  // civil-status gaps (src/subgraphs/registry/gaps/)
  civilAdoptionsFeed, identityPersonsFeed, identityResidencesFeed, educationPupilsFeed, healthPatientsFeed, protectionProfilesFeed, protectionAbandonmentFeed,
] as HubFeed<never>[];

/** Every list the registry derives from the feeds' facts; each is recomputed after the feeds are read. */
export const DERIVATIONS: readonly Derivation[] = [civilStatusGapsDerivation];

export { endpointsFromEnv, HubClient, type SubgraphEndpoints } from './hub-client';
export { refreshIntervalMs, startRefreshLoop } from './refresh-loop';
export { refreshHub, type RefreshSummary } from './refresh';
