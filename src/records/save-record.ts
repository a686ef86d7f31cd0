import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Restricted } from '../auth/guard';
import { communeWithin } from '../auth/jurisdiction';
import type { RestrictedField } from '../auth/policy';
import type { Jurisdiction } from '../auth/principal';
import { isCommuneCode } from '../domain/admin-units';
import { auditInTransaction } from '../auth/audit-in-transaction';
import { badUserInput } from '../shared/errors';
import { claimVersion } from './optimistic';
import type { SubgraphContext } from '../server/subgraph-module';
import { cellProblem, type FieldError } from './fields';
import { ENTERED_RUN_PREFIX, type ImportDb, type RecordKind, type TouchedRecord } from './record-kind';

/**
 * Save mutations: an app enters one row of a record kind at a time. The input has the kind's
 * import columns (so the row is validated by the very same `parse`), the write goes through the
 * kind's `writeBatch` as a one-row run (so history and rollback work as for files), and the record
 * a client edits carries a version: a stale one is refused with STALE_VERSION.
 *
 * A save may reach only records the caller's jurisdiction covers (checkReach), and the write and
 * its access-log row commit in one transaction.
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

/** A row's problems as one BAD_USER_INPUT, each also listed by field. */
function rowProblems(errors: readonly FieldError[]) {
  const problems = errors.map((p) => ({ field: p.column, message: p.message }));
  const error = badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), 'input');
  Object.assign(error.extensions, { problems });
  return error;
}

const outsideJurisdiction = (commune: string) => badUserInput(`commune ${commune} is outside your jurisdiction`, 'input');

/**
 * Refuses a save that reaches beyond the caller's jurisdiction, in this order, so that a record
 * kept elsewhere tells nothing about itself:
 * - the row names a commune outside: refused as for any row (a move of a record the caller keeps
 *   says that moving it needs an officer over both communes);
 * - a record it reaches is kept wholly elsewhere: answered as if there were none. With
 *   `expectedVersion` that is the very answer for a key never used; without, the key cannot be
 *   used for a new record either, and the refusal names only the key the clerk sent;
 * - a record it changes is also kept elsewhere (a child living in two communes): that takes an
 *   officer whose jurisdiction covers every commune that keeps it.
 */
function checkReach(jurisdiction: Jurisdiction, touched: readonly TouchedRecord[], commune: string, notFound: () => Error, expectedVersion: number | null) {
  const within = (code: string) => communeWithin(jurisdiction, code);
  // A record kept by no commune (a person with no residence left) is a national officer's.
  const reaches = (t: TouchedRecord) => jurisdiction.kind === 'national' || t.communes.some(within);
  const covers = (t: TouchedRecord) => jurisdiction.kind === 'national' || (t.communes.length > 0 && t.communes.every(within));
  if (!within(commune)) {
    const moved = touched.find((t) => t.changes && reaches(t));
    if (!moved) throw outsideJurisdiction(commune);
    throw badUserInput(`moving ${moved.name} to commune ${commune}, outside your jurisdiction, needs an officer whose jurisdiction covers both the commune that keeps it and commune ${commune}`, 'input');
  }
  const elsewhere = touched.find((t) => !reaches(t));
  if (elsewhere && expectedVersion != null) throw notFound();
  if (elsewhere) throw badUserInput(`${elsewhere.name} is not in your jurisdiction, and its key is taken: it cannot be entered or changed from here; an officer whose jurisdiction covers it can`, 'input');
  const shared = touched.find((t) => t.changes && !covers(t));
  if (shared) throw badUserInput(`${shared.name} is also kept by a commune outside your jurisdiction; changing it needs an officer whose jurisdiction covers every commune that keeps it`, 'input');
}

/** One mutation per spec; each subgraph registers its own in its schema. */
export function saveMutation<Parsed, Db, Reference>(spec: SaveMutationSpec<Parsed, Db, Reference>) {
  const { kind } = spec;
  const entry = kind.entry!;
  const rule = `Mutation.${spec.name}` as RestrictedField;
  const notFound = () => badUserInput(`no ${entry.name} with this key in your jurisdiction; omit expectedVersion to create one`, 'expectedVersion');

  // The input mirrors the import columns: one String field per column, documented the same way.
  class Input {}
  for (const column of kind.columns) {
    Field(() => String, { nullable: !column.required, description: `${column.description} (import column "${column.headers[0]}")` })(Input.prototype, column.key);
  }
  InputType(spec.inputName, { description: `One row of ${kind.subgraph} ${kind.name}, as \`childgraph import --columns ${kind.subgraph} ${kind.name}\` documents it.` })(Input);

  @ObjectType(spec.savedName, { description: `The ${entry.name} a save wrote, with the version to send with the next change.` })
  class Saved {
    @Field(() => ID, { description: `The ${entry.name}'s id in the ${kind.subgraph} subgraph.` })
    id!: string;

    @Field(() => Int, { description: 'Its version now: send it as expectedVersion with the next change.' })
    version!: number;

    @Field({ description: 'Whether this save created the record.' })
    created!: boolean;
  }

  @Resolver()
  class SaveResolver {
    @Mutation(() => Saved, { name: spec.name, description: spec.description })
    @Restricted(rule)
    async save(
      @Arg('input', () => Input, { description: 'The record, one field per import column, each written as in an import file.' }) input: Cells,
      @Arg('expectedVersion', () => Int, { nullable: true, description: `The version of the ${entry.name} you read; omit it to create one. A stale version is refused.` }) expectedVersion: number | null,
      @Ctx() ctx: SubgraphContext<Db, unknown>,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Saved> {
      const { jurisdiction } = ctx.principal;
      const cells = Object.fromEntries(kind.columns.map((c) => [c.key, input[c.key] ?? '']));
      // Every field is bounded (and NUL-free, well-formed) before anything reads it, the whole input with it.
      const unstorable = kind.columns.map((c) => cellProblem(c.key, cells[c.key])).filter((p): p is FieldError => p !== null);
      if (unstorable.length) throw rowProblems(unstorable);
      const keyCommune = entry.keyCommuneColumn && cells[entry.keyCommuneColumn].trim().padStart(5, '0');
      if (keyCommune && isCommuneCode(keyCommune) && !communeWithin(jurisdiction, keyCommune)) throw outsideJurisdiction(keyCommune);
      const row = kind.parse(cells, await kind.loadReference(ctx.db));
      if (Array.isArray(row)) throw rowProblems(row);
      // Every subgraph client that has import runs fits ImportDb; Prisma's overloaded $transaction does not type-check against it.
      return (ctx.db as unknown as ImportDb).$transaction(async (t: never) => {
        const tx = t as unknown as Db & ImportDb;
        // Read in the transaction that writes, so what was checked is what is changed.
        checkReach(jurisdiction, await entry.touched(tx, row), entry.communeOf(row), notFound, expectedVersion ?? null);
        const current = await entry.find(tx, row);
        if (current) await claimVersion(entry.versioned(tx), current.id, expectedVersion ?? null, 0);
        else if (expectedVersion != null) throw notFound();
        const runId = randomUUID();
        await tx.importRun.create({
          data: { id: runId, kind: `${kind.subgraph}.${kind.name}`, fileName: `${ENTERED_RUN_PREFIX}${spec.name}`, fileHash: runId.replace(/-/g, ''), agency: kind.agency, operator: ctx.principal.subject, status: 'COMPLETED', rowsRead: 1, startedAt: new Date(), finishedAt: new Date() },
        });
        const counts = await kind.writeBatch(tx, [row], runId);
        await tx.importRun.update({ where: { id: runId }, data: { rowsInserted: counts.inserted, rowsUpdated: counts.updated, rowsUnchanged: counts.unchanged } });
        const saved = (await entry.find(tx, row))!;
        await auditInTransaction(tx, kind.subgraph, { principal: ctx.principal, operationName: info.operation.name?.value ?? null }, rule, saved.childId);
        return { id: saved.id, version: saved.version, created: !current };
      });
    }
  }
  return SaveResolver;
}
