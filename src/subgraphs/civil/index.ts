import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { Child } from './civil-status.type';
import { createCivilDb, type CivilDb } from './civil.db';
import { createCivilLoaders } from './civil.loaders';
import { AdoptionResolver, ChildCivilStatusResolver } from './civil-status.resolver';

/** JUSTICE: birth registration and adoption. */
export const civilSubgraph: SubgraphModule<CivilDb> = {
  name: 'civil',
  createDb: createCivilDb,
  buildSchema: () =>
    buildFederatedSubgraph({ resolvers: [ChildCivilStatusResolver, AdoptionResolver], orphanedTypes: [Child], referenceResolvers: childReferenceResolver }),
  createContext: (principal, db) => ({ principal, db, loaders: createCivilLoaders(db) }),
};
