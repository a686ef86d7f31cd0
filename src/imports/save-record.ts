import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Restricted } from '../auth/guard';
import { communeWithin } from '../auth/jurisdiction';
import type { RestrictedField } from '../auth/policy';
import { badUserInput } from '../shared/errors';
import { claimVersion } from '../shared/optimistic';
import type { SubgraphContext } from '../shared/subgraph-module';
import { ENTERED_RUN_PREFIX, type RecordKind } from './record-kind';
import type { ImportDb } from './run-import';

/**
 * Save mutations: an app enters one row of a record kind at a time. The input has the kind's
 * import columns (so the row is validated by the very same `parse`), the write goes through the
 * kind's `writeBatch` as a one-row run (so history and rollback work as for files), and the record
 * a client edits carries a version: a stale one is refused with STALE_VERSION.
 */
export interface SaveMutationSpec<Parsed, Db, Reference> {
  kind: RecordKind<Parsed, Db, Reference>;
  /** Mutation name, also its policy rule `Mutation.<name>`. */
  name: string;
  /** GraphQL type names: the input and the saved record. */
  inputName: string;
  savedName: string;
  description: string;
}

type Cells = Record<string, string | null | undefined>;

/** One mutation per spec; each subgraph registers its own in its schema. */
export function saveMutation<Parsed, Db, Reference>(spec: SaveMutationSpec<Parsed, Db, Reference>) {
  const { kind } = spec;
  const entry = kind.entry!;
  const rule = `Mutation.${spec.name}` as RestrictedField;

  // The input mirrors the import columns: one String field per column, documented the same way.
  class Input {}
  for (const column of kind.columns) {
    Field(() => String, { nullable: !column.required, description: `${column.description} (import column "${column.headers[0]}")` })(Input.prototype, column.key);
  }
  InputType(spec.inputName, { description: `One row of ${kind.subgraph} ${kind.name}, as \`childgraph import --columns ${kind.subgraph} ${kind.name}\` documents it.` })(Input);

  @ObjectType(spec.savedName, { description: `The ${entry.name} a save wrote, with the version to send with the next change.` })
  class Saved {
    @Field(() => ID)
    id!: string;

    @Field(() => Int)
    version!: number;

    @Field({ description: 'Whether this save created the record.' })
    created!: boolean;
  }

  @Resolver()
  class SaveResolver {
    @Mutation(() => Saved, { name: spec.name, description: spec.description })
    @Restricted(rule)
    async save(
      @Arg('input', () => Input) input: Cells,
      @Arg('expectedVersion', () => Int, { nullable: true, description: `The version of the ${entry.name} you read; omit it to create one. A stale version is refused.` }) expectedVersion: number | null,
      @Ctx() ctx: SubgraphContext<Db, unknown>,
    ): Promise<Saved> {
      const cells = Object.fromEntries(kind.columns.map((c) => [c.key, input[c.key] ?? '']));
      const row = kind.parse(cells, await kind.loadReference(ctx.db));
      if (Array.isArray(row)) {
        const problems = row.map((p) => ({ field: p.column, message: p.message }));
        const error = badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), 'input');
        Object.assign(error.extensions, { problems });
        throw error;
      }
      const commune = entry.communeOf(row);
      if (!communeWithin(ctx.principal.jurisdiction, commune)) throw badUserInput(`commune ${commune} is outside your jurisdiction`, 'input');
      // Every subgraph client that has import runs fits ImportDb; Prisma's overloaded $transaction does not type-check against it.
      const created = await (ctx.db as unknown as ImportDb).$transaction(async (t: never) => {
        const tx = t as unknown as Db & ImportDb;
        const current = await entry.find(tx, row);
        if (current && !communeWithin(ctx.principal.jurisdiction, current.communeCode)) throw badUserInput(`this ${entry.name} is kept by commune ${current.communeCode}, outside your jurisdiction`, 'input');
        if (current) await claimVersion(entry.versioned(tx), current.id, expectedVersion ?? null, 0);
        else if (expectedVersion != null) throw badUserInput(`there is no such ${entry.name} to change; omit expectedVersion to create it`, 'expectedVersion');
        const runId = randomUUID();
        await tx.importRun.create({
          data: { id: runId, kind: `${kind.subgraph}.${kind.name}`, fileName: `${ENTERED_RUN_PREFIX}${spec.name}`, fileHash: runId.replace(/-/g, ''), agency: kind.agency, operator: ctx.principal.subject, status: 'COMPLETED', rowsRead: 1, startedAt: new Date(), finishedAt: new Date() },
        });
        const counts = await kind.writeBatch(tx, [row], runId);
        await tx.importRun.update({ where: { id: runId }, data: { rowsInserted: counts.inserted, rowsUpdated: counts.updated, rowsUnchanged: counts.unchanged } });
        return !current;
      });
      const saved = (await entry.find(ctx.db, row))!;
      ctx.audit.record(rule, saved.childId ?? undefined);
      return { id: saved.id, version: saved.version, created };
    }
  }
  return SaveResolver;
}
