import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { communeWithin } from '../../auth/jurisdiction';
import { textProblem } from '../../records/fields';
import { auditInTransaction } from '../../auth/audit-in-transaction';
import { badUserInput } from '../../shared/errors';
import { claimVersion } from '../../records/optimistic';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { ProtectionDb } from './protection.db';
import type { ProtectionLoaders } from './protection.loaders';
import { AbandonmentCase, CompleteReceptionStepInput } from './protection.type';
import { isUuid } from '../../shared/uuid';

type Context = SubgraphContext<ProtectionDb, ProtectionLoaders>;


/** Write side of the reception file: a commune officer records a step as it is done. */
@Resolver(() => AbandonmentCase)
export class ReceptionStepMutation {
  @Mutation(() => AbandonmentCase, { description: 'Records a reception or legal-file step of an abandoned child as done.' })
  @Restricted('Mutation.completeReceptionStep')
  async completeReceptionStep(@Arg('input', () => CompleteReceptionStepInput, { description: 'The file, the step, when it was done, and the version you read.' }) input: CompleteReceptionStepInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const notFound = () => badUserInput(`no reception file ${input.caseId} in your jurisdiction`, 'caseId');
    if (!isUuid(input.caseId)) throw notFound();
    const file = await ctx.db.abandonmentCase.findUnique({ where: { id: input.caseId }, include: { profile: true } });
    if (!file || !communeWithin(ctx.principal.jurisdiction, file.receivingCommuneCode)) throw notFound();
    if (input.completedOn > new Date()) throw badUserInput('completedOn is in the future', 'input');
    if (input.completedOn < new Date(file.foundAt.toISOString().slice(0, 10))) throw badUserInput('completedOn is before the child was found', 'input');
    const noteProblem = input.note && textProblem(input.note, 2000);
    if (noteProblem) throw badUserInput(`note ${noteProblem}`, 'input');
    return ctx.db.$transaction(async (tx) => {
      await claimVersion(tx.abandonmentCase, file.id, input.expectedVersion);
      await tx.receptionStep.update({ where: { caseId_step: { caseId: file.id, step: input.step } }, data: { completedOn: input.completedOn, note: input.note ?? null } });
      // The step and its access-log row commit together (an unlinked file's step is logged under no child).
      await auditInTransaction(tx, 'protection', { principal: ctx.principal, operationName: info.operation.name?.value ?? null }, 'Mutation.completeReceptionStep', file.profile.childId);
      return tx.abandonmentCase.findUniqueOrThrow({ where: { id: file.id } });
    });
  }
}
