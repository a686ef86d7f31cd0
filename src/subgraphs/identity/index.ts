import type { Principal } from '../../auth/principal';
import { defineAccessAlertTypes } from '../../auth/access-alerts';
import { defineAccessLogTypes } from '../../auth/access-log';
import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { SaveHouseholdMutation } from './household.mutation';
import { SaveResidenceMutation } from './residence.mutation';
import { createIdentityDb, type IdentityDb } from './identity.db';
import { createIdentityLoaders, type IdentityLoaders } from './identity.loaders';
import { ChildIdentityResolver, HouseholdMemberResolver, HouseholdResolver } from './person.resolver';
import { Child } from './person.type';
import { PersonFeedResolver, ResidenceFeedResolver, DeletionFeedResolver } from './identity-feed.resolver';

/** A person is within jurisdiction where one of their registered residences is. */
async function communesOfChild(ctx: { principal: Principal; loaders: IdentityLoaders }, id: string): Promise<string[]> {
  const person = await ctx.loaders.personByChild.load(id);
  return person ? (await ctx.loaders.residencesByPerson.load(person.id)).map((r) => r.communeCode) : [];
}

const accessLog = defineAccessLogTypes('identity', communesOfChild);
const accessAlerts = defineAccessAlertTypes('identity');

/** POLICE: the population registry's identity, residence, household and guardians. */
export const identitySubgraph: SubgraphModule<IdentityDb> = {
  name: 'identity',
  createDb: createIdentityDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [SaveResidenceMutation, SaveHouseholdMutation, ChildIdentityResolver, HouseholdResolver, HouseholdMemberResolver, PersonFeedResolver, ResidenceFeedResolver, DeletionFeedResolver, accessLog.AccessLogReportResolver, accessAlerts.AccessAlertReportResolver],
      orphanedTypes: [Child, accessLog.AccessLogReport, accessAlerts.AccessAlertReport],
      referenceResolvers: {
        ...childReferenceWithin(communesOfChild),
        ...accessLog.referenceResolver,
        ...accessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createIdentityLoaders(db, requested) }),
};
