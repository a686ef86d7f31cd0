import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { Child } from './person.type';
import { createIdentityDb, type IdentityDb } from './identity.db';
import { createIdentityLoaders } from './identity.loaders';
import { ChildIdentityResolver, HouseholdMemberResolver, HouseholdResolver } from './person.resolver';

/** POLICE: the population registry's identity, residence, household and guardians. */
export const identitySubgraph: SubgraphModule<IdentityDb> = {
  name: 'identity',
  createDb: createIdentityDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [ChildIdentityResolver, HouseholdResolver, HouseholdMemberResolver],
      orphanedTypes: [Child], referenceResolvers: childReferenceResolver,
    }),
  createContext: (principal, db) => ({ principal, db, loaders: createIdentityLoaders(db) }),
};
