import { DateTimeResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../shared/errors';
import type { PrismaLike } from '../server/subgraph-module';
import type { SubgraphName } from '../subgraphs/subgraph-names';
import { accessLimitsFromEnv, type AccessLimits } from './access-limits';
import { reportPartOptions } from './access-log';
import { Restricted } from './guard';
import type { RestrictedField } from './policy';
import type { Principal } from './principal';

/** How many alerts one report lists per subgraph, newest hour first. */
const REPORT_LIMIT = 500;
/** How far back a report may look: the access log is scanned from `since`. */
export const ALERT_WINDOW_DAYS = 31;

export interface AccessAlertRow {
  subject: string;
  agency: string;
  hour: Date;
  children: number;
  hourlyLimit: number;
}

/**
 * The clock hours in which a subject read more distinct children from this subgraph than its
 * agency's limit, counted from the access log itself: an alert cannot be lost or forged apart from
 * the log, and it survives restarts (the slowdown's counter lives in the process).
 */
export async function readAccessAlerts(db: PrismaLike, schema: SubgraphName, since: Date, limits: AccessLimits): Promise<AccessAlertRow[]> {
  const agencies = Object.keys(limits.hourlyChildren);
  return db.$queryRawUnsafe<AccessAlertRow[]>(
    `SELECT a."subject", a."agency", date_trunc('hour', a."at") AS "hour", count(DISTINCT c)::int AS "children", max(l."hourlyLimit")::int AS "hourlyLimit"
       FROM "${schema}"."AccessLog" a
       CROSS JOIN LATERAL unnest(a."childIds") AS c
       JOIN unnest($2::text[], $3::int[]) AS l("agency", "hourlyLimit") ON l."agency" = a."agency"
      WHERE a."at" >= $1
      GROUP BY 1, 2, 3
     HAVING count(DISTINCT c) > max(l."hourlyLimit")
      ORDER BY 3 DESC, 4 DESC, 1
      LIMIT ${REPORT_LIMIT}`,
    since,
    agencies,
    agencies.map((agency) => limits.hourlyChildren[agency as keyof AccessLimits['hourlyChildren']]),
  );
}

/** `since` as the report's key: an ISO time within the last ALERT_WINDOW_DAYS, not in the future. */
export function alertWindowStart(since: Date | string | null | undefined, now = new Date()): Date {
  const start = since === null || since === undefined ? new Date(now.getTime() - 86_400_000) : new Date(since);
  if (Number.isNaN(start.getTime())) throw badUserInput('"since" is not a date-time', 'since');
  if (start.getTime() > now.getTime()) throw badUserInput('"since" is in the future', 'since');
  if (now.getTime() - start.getTime() > ALERT_WINDOW_DAYS * 86_400_000) throw badUserInput(`"since" may be at most ${ALERT_WINDOW_DAYS} days ago`, 'since');
  return start;
}

/**
 * The bulk-access alert types of one subgraph (each declares its own classes, as for the access
 * log): a report keyed by its start time, to which every subgraph adds the alerts of its own log.
 * Alerts name officers, not children, across every area: a national auditor's report only.
 */
export function defineAccessAlertTypes(subgraph: SubgraphName) {
  @Directive('@shareable')
  @ObjectType('AccessAlert', { description: 'A clock hour in which one token subject read more distinct children than its agency may per hour: its requests were slowed down from then on.' })
  class AccessAlert {
    @Field({ description: 'Who read (token subject).' })
    subject!: string;

    @Field({ description: "The reader's agency, e.g. EDUCATION." })
    agency!: string;

    @Field(() => DateTimeResolver, { description: 'The start of the clock hour.' })
    hour!: Date;

    @Field(() => Int, { description: "Distinct children whose audited fields this subgraph released to the subject in that hour." })
    children!: number;

    @Field(() => Int, { description: "The agency's limit per hour (CHILDGRAPH_ACCESS_LIMITS)." })
    hourlyLimit!: number;
  }

  @Directive('@key(fields: "since")')
  @ObjectType('AccessAlertReport', { description: 'Bulk-access alerts since a time, per subgraph log.' })
  class AccessAlertReport {
    @Field(() => DateTimeResolver, { description: 'Start of the period the alerts cover.' })
    since!: Date;
  }

  @Resolver(() => AccessAlertReport)
  class AccessAlertReportResolver {
    @FieldResolver(() => [AccessAlert], reportPartOptions(subgraph, `Alerts from the ${subgraph} subgraph's log, newest hour first.`))
    @Restricted(`AccessAlertReport.${subgraph}` as RestrictedField)
    async alerts(@Root() report: AccessAlertReport, @Ctx() ctx: { principal: Principal; db: PrismaLike }) {
      if (ctx.principal.jurisdiction.kind !== 'national') throw badUserInput('bulk-access alerts name officers of every area: they are for a national auditor', 'since');
      return readAccessAlerts(ctx.db, subgraph, alertWindowStart(report.since), accessLimitsFromEnv());
    }
  }

  const referenceResolver = { AccessAlertReport: { __resolveReference: (reference: { since: string }) => ({ since: new Date(reference.since) }) } };
  return { AccessAlert, AccessAlertReport, AccessAlertReportResolver, referenceResolver };
}
