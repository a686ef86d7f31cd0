import { childReferenceResolver } from '../../shared/child-entity';
import { buildFederatedSubgraph } from '../../shared/federation';
import type { SubgraphModule } from '../../shared/subgraph-module';
import { Child } from './schooling.type';
import { createEducationDb, type EducationDb } from './education.db';
import { createEducationLoaders } from './education.loaders';
import { ChildSchoolingResolver, EnrollmentResolver } from './schooling.resolver';

/** EDUCATION: schools, enrollment, attendance and dropout warnings. */
export const educationSubgraph: SubgraphModule<EducationDb> = {
  name: 'education',
  createDb: createEducationDb,
  buildSchema: () =>
    buildFederatedSubgraph({ resolvers: [ChildSchoolingResolver, EnrollmentResolver], orphanedTypes: [Child], referenceResolvers: childReferenceResolver }),
  createContext: (principal, db) => ({ principal, db, loaders: createEducationLoaders(db) }),
};
