import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { defineAccessLogTypes } from '../../shared/access-log';
import { badUserInput } from '../../shared/errors';
import { isMasterChildId } from './master-id';

export const registryAccessLog = defineAccessLogTypes('registry');

@Resolver()
export class AccessLogQueryResolver {
  @Query(() => registryAccessLog.AccessLogReport, { description: "Who saw this child's sensitive data, from every subgraph's log (AUDITOR)." })
  @Restricted('Query.accessLog')
  accessLog(@Arg('childId', () => ID) childId: string) {
    if (!isMasterChildId(childId)) throw badUserInput(`"${childId}" is not a child id`, 'childId');
    return { childId };
  }
}
