import { DateTimeResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { AccessLogEntryRow } from '../auth/audit';
import { Restricted } from '../auth/guard';
import type { RestrictedField } from '../auth/policy';
import type { PrismaLike } from './subgraph-module';
import type { SubgraphName } from './subgraph-names';

/** How many entries one report lists per subgraph, newest first. */
const REPORT_LIMIT = 500;

export async function appendAccessLog(db: PrismaLike, schema: SubgraphName, entry: AccessLogEntryRow): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "${schema}"."AccessLog" ("id", "at", "agency", "subject", "purpose", "operationName", "fields", "childIds")
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::text[], $8::text[])`,
    entry.id, entry.at, entry.agency, entry.subject, entry.purpose, entry.operationName, entry.fields, entry.childIds,
  );
}

export async function readAccessLog(db: PrismaLike, schema: SubgraphName, childId: string): Promise<AccessLogEntryRow[]> {
  return db.$queryRawUnsafe<AccessLogEntryRow[]>(
    `SELECT "id", "at", "agency", "subject", "purpose", "operationName", "fields", "childIds" FROM "${schema}"."AccessLog"
     WHERE "childIds" @> ARRAY[$1]::text[] ORDER BY "at" DESC, "id" LIMIT ${REPORT_LIMIT}`,
    childId,
  );
}

/**
 * The access-log types of one subgraph. Each subgraph declares its own classes (one process may
 * build all six schemas); the report is an entity keyed by child id to which every subgraph adds
 * the entries of its own log, so an AUDITOR sees all six logs in one answer.
 */
export function defineAccessLogTypes(subgraph: SubgraphName) {
  @Directive('@shareable')
  @ObjectType('AccessLogEntry', { description: 'One request that released sensitive fields of a child.' })
  class AccessLogEntry {
    @Field(() => DateTimeResolver)
    at!: Date;

    @Field()
    agency!: string;

    @Field({ description: 'Who asked (token subject).' })
    subject!: string;

    @Field({ description: 'The purpose stated in the token.' })
    purpose!: string;

    @Field(() => String, { nullable: true })
    operationName!: string | null;

    @Field(() => [String], { description: 'Fields released, as Type.field.' })
    fields!: string[];
  }

  @Directive('@key(fields: "childId")')
  @ObjectType('AccessLogReport', { description: "Who saw a child's sensitive data, per subgraph log." })
  class AccessLogReport {
    @Field(() => ID)
    childId!: string;
  }

  @Resolver(() => AccessLogReport)
  class AccessLogReportResolver {
    @FieldResolver(() => [AccessLogEntry], { name: subgraph, description: `Entries of the ${subgraph} subgraph's log, newest first.` })
    @Restricted(`AccessLogReport.${subgraph}` as RestrictedField)
    entries(@Root() report: AccessLogReport, @Ctx() ctx: { db: PrismaLike }) {
      return readAccessLog(ctx.db, subgraph, report.childId);
    }
  }

  const referenceResolver = { AccessLogReport: { __resolveReference: (reference: { childId: string }) => ({ childId: reference.childId }) } };
  return { AccessLogEntry, AccessLogReport, AccessLogReportResolver, referenceResolver };
}

