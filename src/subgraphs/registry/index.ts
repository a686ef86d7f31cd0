import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { AccessLogQueryResolver, masterCommunes, registryAccessAlerts, registryAccessLog } from './access-log.resolver';
import { ChildCountsResolver } from './child-counts.resolver';
import { ChildResolver } from './child.resolver';
import { DropoutRiskResolver } from './risk/dropout-risk.resolver';
import { OutOfSchoolResolver } from './risk/out-of-school.resolver';
import { LinkReviewResolver } from './link-review.resolver';
import { CivilStatusGapsResolver } from './gaps/gaps.resolver';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { createRegistryDb, type RegistryDb } from './registry.db';
import { createRegistryLoaders } from './registry.loaders';
import { listsNotReadyBecause } from './feeds/refresh';

/** The hub's own subgraph: the master child index, the crosswalk of agency records, aggregates. */
export const registrySubgraph: SubgraphModule<RegistryDb> = {
  name: 'registry',
  createDb: createRegistryDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [ChildResolver, ChildCountsResolver, DropoutRiskResolver, OutOfSchoolResolver, LinkReviewResolver, CivilStatusGapsResolver, IndicatorsResolver, AccessLogQueryResolver, registryAccessLog.AccessLogReportResolver, registryAccessAlerts.AccessAlertReportResolver],
      referenceResolvers: {
        ...childReferenceWithin(masterCommunes),
        ...registryAccessLog.referenceResolver,
        ...registryAccessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createRegistryLoaders(db, requested) }),
  notReadyBecause: listsNotReadyBecause,
};
