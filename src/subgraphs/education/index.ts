import type { Principal } from '../../auth/principal';
import { defineAccessAlertTypes } from '../../auth/access-alerts';
import { defineAccessLogTypes } from '../../auth/access-log';
import { childReferenceWithin } from '../child-entity';
import { buildFederatedSubgraph } from '../../server/federation';
import type { SubgraphModule } from '../../server/subgraph-module';
import { SaveEnrollmentMutation } from './enrollment.mutation';
import { createEducationDb, type EducationDb } from './education.db';
import { createEducationLoaders, type EducationLoaders } from './education.loaders';
import { ChildSchoolingResolver, EnrollmentResolver } from './schooling.resolver';
import { Child } from './schooling.type';
import { PupilFeedResolver, DeletionFeedResolver } from './pupil-feed.resolver';

async function communesOfChild(ctx: { principal: Principal; loaders: EducationLoaders }, id: string): Promise<string[]> {
  return (await ctx.loaders.pupilsByChild.load(id)).map((pupil) => pupil.communeCode);
}

const accessLog = defineAccessLogTypes('education', communesOfChild);
const accessAlerts = defineAccessAlertTypes('education');

/** EDUCATION: schools, enrollment, attendance and dropout warnings. */
export const educationSubgraph: SubgraphModule<EducationDb> = {
  name: 'education',
  createDb: createEducationDb,
  buildSchema: () =>
    buildFederatedSubgraph({
      resolvers: [SaveEnrollmentMutation, ChildSchoolingResolver, EnrollmentResolver, PupilFeedResolver, DeletionFeedResolver, accessLog.AccessLogReportResolver, accessAlerts.AccessAlertReportResolver],
      orphanedTypes: [Child, accessLog.AccessLogReport, accessAlerts.AccessAlertReport],
      referenceResolvers: {
        // A pupil is within jurisdiction where the school's record says the pupil lives.
        ...childReferenceWithin(communesOfChild),
        ...accessLog.referenceResolver,
        ...accessAlerts.referenceResolver,
      },
    }),
  createContext: (principal, db, requested) => ({ principal, db, loaders: createEducationLoaders(db, requested) }),
};
