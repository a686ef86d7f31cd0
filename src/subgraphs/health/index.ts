import type { Principal } from '../../auth/principal';
import { defineAccessAlertTypes } from '../../auth/access-alerts';
import { defineAccessLogTypes } from '../../auth/access-log';
import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { SaveDisabilityMutation } from './disability.mutation';
import { SaveInsuranceCardMutation } from './insurance-card.mutation';
import { SaveScreeningMutation } from './screening.mutation';
import { createHealthDb, type HealthDb } from './health.db';
import { createHealthLoaders, type HealthLoaders } from './health.loaders';
import { ChildHealthResolver } from './health.resolver';
import { Child } from './health.type';
import { PatientFeedResolver, DeletionFeedResolver } from './patient-feed.resolver';

async function communesOfChild(ctx: { principal: Principal; loaders: HealthLoaders }, id: string): Promise<string[]> {
  return (await ctx.loaders.patientsByChild.load(id)).map((patient) => patient.communeCode);
}

const accessLog = defineAccessLogTypes('health', communesOfChild);
const accessAlerts = defineAccessAlertTypes('health');

/** HEALTH: screenings, disability, health insurance, HIV status. */
export const healthSubgraph: SubgraphModule<HealthDb> = {
  name: 'health',
  createDb: createHealthDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [SaveInsuranceCardMutation, SaveDisabilityMutation, SaveScreeningMutation, ChildHealthResolver, PatientFeedResolver, DeletionFeedResolver, accessLog.AccessLogReportResolver, accessAlerts.AccessAlertReportResolver],
      orphanedTypes: [Child, accessLog.AccessLogReport, accessAlerts.AccessAlertReport],
      referenceResolvers: {
        // A health record belongs to the commune of the station that keeps it.
        ...childReferenceWithin(communesOfChild),
        ...accessLog.referenceResolver,
        ...accessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createHealthLoaders(db, requested) }),
};
