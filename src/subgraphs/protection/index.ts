import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { Child } from './protection.type';
import { createProtectionDb, type ProtectionDb } from './protection.db';
import { createProtectionLoaders } from './protection.loaders';
import { AbandonmentCaseResolver, ChildProtectionResolver } from './protection.resolver';

/** SOCIAL: special circumstances, alternative care, support, abandoned-child reception files. */
export const protectionSubgraph: SubgraphModule<ProtectionDb> = {
  name: 'protection',
  createDb: createProtectionDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [ChildProtectionResolver, AbandonmentCaseResolver],
      orphanedTypes: [Child], referenceResolvers: childReferenceResolver,
    }),
  createContext: (principal, db) => ({ principal, db, loaders: createProtectionLoaders(db) }),
};
