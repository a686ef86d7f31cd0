import { DateTimeResolver } from 'graphql-scalars';
import { Arg, ID, Query, Resolver } from 'type-graphql';
import { ALERT_WINDOW_DAYS, alertWindowStart, defineAccessAlertTypes } from '../../auth/access-alerts';
import { Restricted } from '../../auth/guard';
import type { Principal } from '../../auth/principal';
import { defineAccessLogTypes } from '../../auth/access-log';
import { badUserInput } from '../../shared/errors';
import { isMasterChildId } from './master-id';
import type { RegistryLoaders } from './registry.loaders';

/** The master index keeps each child in one commune: the one that decides who finds the child here. */
export async function masterCommunes(ctx: { principal: Principal; loaders: RegistryLoaders }, childId: string): Promise<string[]> {
  const master = await ctx.loaders.masterById.load(childId);
  return master ? [master.communeCode] : [];
}

export const registryAccessLog = defineAccessLogTypes('registry', masterCommunes);
export const registryAccessAlerts = defineAccessAlertTypes('registry');

@Resolver()
export class AccessLogQueryResolver {
  @Query(() => registryAccessLog.AccessLogReport, {
    description: "Who saw this child's sensitive data, from every subgraph's log (AUDITOR). A province or commune auditor gets each subgraph's entries only where that subgraph keeps the child within the area; elsewhere, as for an unknown id, the lists are empty.",
  })
  @Restricted('Query.accessLog')
  accessLog(@Arg('childId', () => ID, { description: 'The master child id.' }) childId: string) {
    if (!isMasterChildId(childId)) throw badUserInput(`"${childId}" is not a child id`, 'childId');
    return { childId };
  }

  @Query(() => registryAccessAlerts.AccessAlertReport, {
    description:
      'Bulk-access alerts (national AUDITOR): the clock hours since `since` (default: the last 24 hours, at most 31 days back) in which a token subject read more distinct children from a subgraph than its agency may per hour, from every subgraph\'s log.',
  })
  @Restricted('Query.accessAlerts')
  accessAlerts(@Arg('since', () => DateTimeResolver, { nullable: true, description: `Start of the period; not in the future, at most ${ALERT_WINDOW_DAYS} days back. Default: 24 hours ago.` }) since?: Date | null) {
    return { since: alertWindowStart(since) };
  }
}
