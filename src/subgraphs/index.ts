import type { CivilDb } from './civil/civil.db';
import type { EducationDb } from './education/education.db';
import type { HealthDb } from './health/health.db';
import type { IdentityDb } from './identity/identity.db';
import type { ProtectionDb } from './protection/protection.db';
import type { RegistryDb } from './registry/registry.db';
import type { PrismaLike, SubgraphModule } from '../server/subgraph-module';
import { civilSubgraph } from './civil';
import { educationSubgraph } from './education';
import { healthSubgraph } from './health';
import { identitySubgraph } from './identity';
import { protectionSubgraph } from './protection';
import { registrySubgraph } from './registry';

/**
 * Every subgraph module, in composition order (SUBGRAPH_NAMES). The cast forgets each module's own
 * Prisma client type: the runtime only ever hands a module back the client that module created.
 */
export const SUBGRAPHS = [
  registrySubgraph,
  identitySubgraph,
  civilSubgraph,
  educationSubgraph,
  healthSubgraph,
  protectionSubgraph,
] as unknown as SubgraphModule<PrismaLike>[];

/** Each subgraph's own Prisma client, for code that writes through the data layers (seed, imports). */
export interface SubgraphDbs {
  registry: RegistryDb;
  identity: IdentityDb;
  civil: CivilDb;
  education: EducationDb;
  health: HealthDb;
  protection: ProtectionDb;
}
