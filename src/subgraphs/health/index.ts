import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { Child } from './health.type';
import { createHealthDb, type HealthDb } from './health.db';
import { createHealthLoaders } from './health.loaders';
import { ChildHealthResolver } from './health.resolver';

/** HEALTH: screenings, disability, health insurance, HIV status. */
export const healthSubgraph: SubgraphModule<HealthDb> = {
  name: 'health',
  createDb: createHealthDb,
  buildSchema: () => buildFederatedSubgraph({ resolvers: [ChildHealthResolver], orphanedTypes: [Child], referenceResolvers: childReferenceResolver }),
  createContext: (principal, db) => ({ principal, db, loaders: createHealthLoaders(db) }),
};
