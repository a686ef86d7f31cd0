import { dropoutRiskDerivation, outOfSchoolDerivation } from '../risk/derivations';
import { civilRegistrationsFeed } from './civil-registrations.feed';
import { healthRiskFeed } from './health-risk.feed';
import { schoolingFeed } from './schooling.feed';
import { socialRiskFeed } from './social-risk.feed';
import type { Derivation, HubFeed } from './refresh';

/** Every change feed the registry reads, in the order they are applied. */
export const HUB_FEEDS: readonly HubFeed<never>[] = [civilRegistrationsFeed, schoolingFeed, healthRiskFeed, socialRiskFeed] as HubFeed<never>[];

/** Every list the registry derives from the feeds' facts; each is recomputed after the feeds are read. */
export const DERIVATIONS: readonly Derivation[] = [dropoutRiskDerivation, outOfSchoolDerivation];

export { endpointsFromEnv, HubClient, type SubgraphEndpoints } from './hub-client';
export { refreshIntervalMs, startRefreshLoop } from './refresh-loop';
export { refreshHub, type RefreshSummary } from './refresh';
