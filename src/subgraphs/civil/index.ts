import type { Principal } from '../../auth/principal';
import { defineAccessAlertTypes } from '../../auth/access-alerts';
import { defineAccessLogTypes } from '../../auth/access-log';
import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { CivilFeedResolver, DeletionFeedResolver } from './civil-feed.resolver';
import { SaveAdoptionMutation } from './adoption.mutation';
import { SaveBirthRegistrationMutation } from './birth-registration.mutation';
import { AdoptionResolver, ChildCivilStatusResolver } from './civil-status.resolver';
import { Child } from './civil-status.type';
import { createCivilDb, type CivilDb } from './civil.db';
import { createCivilLoaders, type CivilLoaders } from './civil.loaders';
import { AdoptionFeedResolver } from './adoption-feed.resolver';

async function communesOfChild(ctx: { principal: Principal; loaders: CivilLoaders }, id: string): Promise<string[]> {
  const registration = await ctx.loaders.birthRegistrationByChild.load(id);
  return registration ? [registration.registeringCommuneCode] : [];
}

const accessLog = defineAccessLogTypes('civil', communesOfChild);
const accessAlerts = defineAccessAlertTypes('civil');

/** JUSTICE: birth registration and adoption. */
export const civilSubgraph: SubgraphModule<CivilDb> = {
  name: 'civil',
  createDb: createCivilDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [SaveBirthRegistrationMutation, SaveAdoptionMutation, ChildCivilStatusResolver, AdoptionResolver, CivilFeedResolver, AdoptionFeedResolver, DeletionFeedResolver, accessLog.AccessLogReportResolver, accessAlerts.AccessAlertReportResolver],
      orphanedTypes: [Child, accessLog.AccessLogReport, accessAlerts.AccessAlertReport],
      referenceResolvers: {
        // A civil-status record belongs to the commune that registered it.
        ...childReferenceWithin(communesOfChild),
        ...accessLog.referenceResolver,
        ...accessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createCivilLoaders(db, requested) }),
};
