import { GraphQLError } from 'graphql';
import { AuditCollector } from './audit';
import type { Principal } from './principal';
import type { RestrictedField } from './policy';
import { insertAccessLog } from './access-log';
import { ErrorCode } from '../shared/errors';
import { logger } from '../shared/logger';
import type { PrismaLike } from '../server/subgraph-module';
import type { SubgraphName } from '../subgraphs/subgraph-names';
import { accessLogWrites } from '../server/metrics';

/**
 * Appends a write's access-log row inside the write's own transaction, so the two commit together
 * or not at all: a failed insert fails the transaction, and the caller gets the AUDIT_WRITE_FAILED
 * the audit plugin answers for reads. A write audited here records nothing in the request's
 * collector, so the plugin does not log it a second time.
 */
export async function auditInTransaction(
  tx: Pick<PrismaLike, '$executeRawUnsafe'>,
  subgraph: SubgraphName,
  request: { principal: Principal; operationName: string | null },
  field: RestrictedField,
  childId: string | null,
): Promise<void> {
  const audit = new AuditCollector();
  audit.record(field, childId ?? undefined);
  try {
    await insertAccessLog(tx, subgraph, [audit.entry(request.principal, request.operationName)]);
    // Counted once written in the transaction: should the save roll back later, its row goes with it.
    accessLogWrites.inc({ subgraph, outcome: 'written' });
  } catch (error) {
    accessLogWrites.inc({ subgraph, outcome: 'failed' });
    logger.error({ err: error, subgraph, field }, 'audit write failed; the write is rolled back');
    throw new GraphQLError('The change could not be recorded in the audit trail, so nothing was saved; try again later', { extensions: { code: ErrorCode.AuditWriteFailed } });
  }
}
