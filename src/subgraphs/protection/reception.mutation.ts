import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { communeWithin } from '../../auth/jurisdiction';
import { badUserInput } from '../../shared/errors';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { ProtectionDb } from './protection.db';
import type { ProtectionLoaders } from './protection.loaders';
import { AbandonmentCase, CompleteReceptionStepInput } from './protection.type';

type Context = SubgraphContext<ProtectionDb, ProtectionLoaders>;

export const STALE_VERSION = 'STALE_VERSION';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Write side of the reception file: a commune officer records a step as it is done. */
@Resolver(() => AbandonmentCase)
export class ReceptionStepMutation {
  @Mutation(() => AbandonmentCase, { description: 'Records a reception or legal-file step of an abandoned child as done.' })
  @Restricted('Mutation.completeReceptionStep')
  async completeReceptionStep(@Arg('input', () => CompleteReceptionStepInput) input: CompleteReceptionStepInput, @Ctx() ctx: Context) {
    const notFound = () => badUserInput(`no reception file ${input.caseId} in your jurisdiction`, 'caseId');
    if (!UUID.test(input.caseId)) throw notFound();
    const file = await ctx.db.abandonmentCase.findUnique({ where: { id: input.caseId }, include: { profile: true } });
    if (!file || !communeWithin(ctx.principal.jurisdiction, file.receivingCommuneCode)) throw notFound();
    if (input.completedOn > new Date()) throw badUserInput('completedOn is in the future', 'input');
    if (input.completedOn < new Date(file.foundAt.toISOString().slice(0, 10))) throw badUserInput('completedOn is before the child was found', 'input');
    if (input.note && input.note.length > 2000) throw badUserInput('note is longer than 2,000 characters', 'input');
    const updated = await ctx.db.$transaction(async (tx) => {
      // The version check and the bump are one statement: two officers cannot both win.
      const claimed = await tx.abandonmentCase.updateMany({ where: { id: file.id, version: input.expectedVersion }, data: { version: { increment: 1 } } });
      if (claimed.count === 0) {
        const current = await tx.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } });
        throw new GraphQLError(`This file was changed by someone else (now version ${current.version}, you sent ${input.expectedVersion}); reload it and try again`, {
          extensions: { code: STALE_VERSION, currentVersion: current.version },
        });
      }
      await tx.receptionStep.update({ where: { caseId_step: { caseId: file.id, step: input.step } }, data: { completedOn: input.completedOn, note: input.note ?? null } });
      return tx.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } });
    });
    if (file.profile.childId) ctx.audit.record('Mutation.completeReceptionStep', file.profile.childId);
    return updated;
  }
}
