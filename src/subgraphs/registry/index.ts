import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { ChildResolver } from './child.resolver';
import { createRegistryDb, type RegistryDb } from './registry.db';
import { createRegistryLoaders } from './registry.loaders';

/** The hub's own subgraph: the master child index and the crosswalk of agency records. */
export const registrySubgraph: SubgraphModule<RegistryDb> = {
  name: 'registry',
  createDb: createRegistryDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [ChildResolver],
      referenceResolvers: childReferenceResolver,
    }),
  createContext: (principal, db) => ({ principal, db, loaders: createRegistryLoaders(db) }),
};
