import { civilRegistrationsFeed } from './civil-registrations.feed';
import type { Derivation, HubFeed } from './refresh';

/** Every change feed the registry reads, in the order they are applied. */
export const HUB_FEEDS: readonly HubFeed<never>[] = [civilRegistrationsFeed as HubFeed<never>];

/** Every list the registry derives from the feeds' facts; each is recomputed after the feeds are read. */
export const DERIVATIONS: readonly Derivation[] = [];

export { endpointsFromEnv, HubClient, type SubgraphEndpoints } from './hub-client';
export { refreshIntervalMs, startRefreshLoop } from './refresh-loop';
export { refreshHub, type RefreshSummary } from './refresh';
