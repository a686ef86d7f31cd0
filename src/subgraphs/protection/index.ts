import type { Principal } from '../../auth/principal';
import { defineAccessAlertTypes } from '../../auth/access-alerts';
import { defineAccessLogTypes } from '../../auth/access-log';
import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { SaveSpecialCircumstanceMutation } from './special-circumstance.mutation';
import { createProtectionDb, type ProtectionDb } from './protection.db';
import { createProtectionLoaders, type ProtectionLoaders } from './protection.loaders';
import { AbandonmentCaseResolver, ChildProtectionResolver } from './protection.resolver';
import { Child } from './protection.type';
import { ReceptionStepMutation } from './reception.mutation';
import { AbandonedChildrenResolver, ReceptionStepResolver } from './abandoned/abandoned-children.resolver';
import { AbandonmentFeedResolver, ProfileFeedResolver, DeletionFeedResolver } from './protection-feed.resolver';

/** A child profile belongs to the commune whose officers keep it. */
async function communesOfChild(ctx: { principal: Principal; loaders: ProtectionLoaders }, id: string): Promise<string[]> {
  return (await ctx.loaders.profilesByChild.load(id)).map((profile) => profile.communeCode);
}

const accessLog = defineAccessLogTypes('protection', communesOfChild);
const accessAlerts = defineAccessAlertTypes('protection');

/** SOCIAL: special circumstances, alternative care, support, abandoned-child reception files. */
export const protectionSubgraph: SubgraphModule<ProtectionDb> = {
  name: 'protection',
  createDb: createProtectionDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [SaveSpecialCircumstanceMutation, ChildProtectionResolver, AbandonmentCaseResolver, ReceptionStepResolver, AbandonedChildrenResolver, ReceptionStepMutation, ProfileFeedResolver, AbandonmentFeedResolver, DeletionFeedResolver, accessLog.AccessLogReportResolver, accessAlerts.AccessAlertReportResolver],
      orphanedTypes: [Child, accessLog.AccessLogReport, accessAlerts.AccessAlertReport],
      referenceResolvers: {
        ...childReferenceWithin(communesOfChild),
        ...accessLog.referenceResolver,
        ...accessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createProtectionLoaders(db, requested) }),
};
