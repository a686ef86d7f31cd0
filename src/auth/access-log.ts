import { DateTimeResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { AccessLogEntryRow } from './audit';
import { Restricted } from './guard';
import type { RestrictedField } from './policy';
import type { Principal } from './principal';
import { childWithinJurisdiction, type CommunesOfChild } from '../subgraphs/child-entity';
import type { PrismaLike } from '../server/subgraph-module';
import type { SubgraphName } from '../subgraphs/subgraph-names';
import { accessLogWrites } from '../server/metrics';

/** How many entries one report lists per subgraph, newest first. */
const REPORT_LIMIT = 500;

const ACCESS_LOG_COLUMNS = 8;
/** Rows per INSERT: 8 parameters each, well under PostgreSQL's 65,535. */
const MAX_ROWS_PER_INSERT = 500;

/** Appends rows to a subgraph's access log (through a client or inside a transaction). */
export async function insertAccessLog(db: Pick<PrismaLike, '$executeRawUnsafe'>, schema: SubgraphName, entries: readonly AccessLogEntryRow[]): Promise<void> {
  const rows = entries.map((_, i) => {
    const p = (n: number) => `$${i * ACCESS_LOG_COLUMNS + n}`;
    return `(${p(1)}::uuid, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::text[], ${p(8)}::text[])`;
  });
  await db.$executeRawUnsafe(
    `INSERT INTO "${schema}"."AccessLog" ("id", "at", "agency", "subject", "purpose", "operationName", "fields", "childIds") VALUES ${rows.join(', ')}`,
    ...entries.flatMap((e) => [e.id, e.at, e.agency, e.subject, e.purpose, e.operationName, e.fields, e.childIds]),
  );
}

/**
 * The subgraph's access-log writer, with group commit: a row is written at once when no write is
 * in flight, and rows that arrive meanwhile go together in the next INSERT. Every caller still
 * waits for its own row to be committed (nothing is released unlogged), but under load N
 * concurrent requests cost one statement and one commit instead of N. If a shared INSERT fails,
 * its rows are retried one by one, so one bad row withholds only its own response.
 */
export function accessLogWriter(db: PrismaLike, schema: SubgraphName): (entry: AccessLogEntryRow) => Promise<void> {
  type Waiting = { entry: AccessLogEntryRow; resolve: () => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let writing = false;
  const settle = (batch: Waiting[]) =>
    insertAccessLog(db, schema, batch.map((w) => w.entry)).then(
      () => {
        accessLogWrites.inc({ subgraph: schema, outcome: 'written' }, batch.length);
        batch.forEach((w) => w.resolve());
      },
      async (error: unknown) => {
        if (batch.length === 1) {
          accessLogWrites.inc({ subgraph: schema, outcome: 'failed' });
          return batch[0].reject(error);
        }
        for (const waiting of batch) await settle([waiting]);
      },
    );
  async function drain() {
    writing = true;
    try {
      while (queue.length) {
        const batch = queue.slice(0, MAX_ROWS_PER_INSERT);
        queue = queue.slice(batch.length);
        await settle(batch);
      }
    } finally {
      writing = false;
    }
  }
  return (entry) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ entry, resolve, reject });
      if (!writing) void drain();
    });
}

export async function readAccessLog(db: PrismaLike, schema: SubgraphName, childId: string): Promise<AccessLogEntryRow[]> {
  return db.$queryRawUnsafe<AccessLogEntryRow[]>(
    `SELECT "id", "at", "agency", "subject", "purpose", "operationName", "fields", "childIds" FROM "${schema}"."AccessLog"
     WHERE "childIds" @> ARRAY[$1]::text[] ORDER BY "at" DESC, "id" LIMIT ${REPORT_LIMIT}`,
    childId,
  );
}

/**
 * The options of one subgraph's part of a report every subgraph adds to (the access log, the
 * bulk-access alerts): named after the subgraph, and nullable where another subgraph than the
 * registry owns it, so one agency's outage does not erase the auditor's whole report.
 */
export function reportPartOptions(subgraph: SubgraphName, description: string) {
  return {
    name: subgraph,
    nullable: subgraph !== 'registry',
    description: `${description}${subgraph === 'registry' ? '' : ` Null when the ${subgraph} subgraph is not available now.`}`,
  };
}

/**
 * The access-log types of one subgraph. Each subgraph declares its own classes (one process may
 * build all six schemas); the report is an entity keyed by child id to which every subgraph adds
 * the entries of its own log, so an AUDITOR sees all six logs in one answer.
 *
 * A log row records no area, and any token holder can ask a subgraph for the report of any id
 * (`_entities`), so each subgraph scopes its own part: a province or commune auditor reads this
 * log about a child only if this subgraph keeps a record of the child within that area (the rule
 * every other read of the child meets here). Otherwise the part is empty, exactly as for an id
 * never recorded.
 */
export function defineAccessLogTypes<Context extends { principal: Principal }>(subgraph: SubgraphName, communesOf: CommunesOfChild<Context>) {
  @Directive('@shareable')
  @ObjectType('AccessLogEntry', { description: 'One request that released sensitive fields of a child.' })
  class AccessLogEntry {
    @Field(() => DateTimeResolver, { description: 'When the request was answered.' })
    at!: Date;

    @Field({ description: "The asker's agency, e.g. EDUCATION." })
    agency!: string;

    @Field({ description: 'Who asked (token subject).' })
    subject!: string;

    @Field({ description: 'The purpose stated in the token.' })
    purpose!: string;

    @Field(() => String, { nullable: true, description: "The request's GraphQL operation name; null for an anonymous operation." })
    operationName!: string | null;

    @Field(() => [String], { description: 'Fields released, as Type.field.' })
    fields!: string[];
  }

  @Directive('@key(fields: "childId")')
  @ObjectType('AccessLogReport', { description: "Who saw a child's sensitive data, per subgraph log." })
  class AccessLogReport {
    @Field(() => ID, { description: 'The master child id asked about.' })
    childId!: string;
  }

  @Resolver(() => AccessLogReport)
  class AccessLogReportResolver {
    @FieldResolver(() => [AccessLogEntry], reportPartOptions(subgraph, `Entries of the ${subgraph} subgraph's log, newest first.`))
    @Restricted(`AccessLogReport.${subgraph}` as RestrictedField)
    async entries(@Root() report: AccessLogReport, @Ctx() ctx: Context & { db: PrismaLike }) {
      if (!(await childWithinJurisdiction(ctx, report.childId, communesOf))) return [];
      return readAccessLog(ctx.db, subgraph, report.childId);
    }
  }

  const referenceResolver = { AccessLogReport: { __resolveReference: (reference: { childId: string }) => ({ childId: reference.childId }) } };
  return { AccessLogEntry, AccessLogReport, AccessLogReportResolver, referenceResolver };
}

