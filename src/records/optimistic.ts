import { GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/errors';

export function staleVersion(current: number, sent: number | null): GraphQLError {
  return new GraphQLError(`This record was changed by someone else (now version ${current}, you sent ${sent ?? 'none'}); reload it and try again`, {
    extensions: { code: ErrorCode.StaleVersion, currentVersion: current },
  });
}

/** What a version check needs of a Prisma model delegate with an `id` and a `version`. */
export interface VersionedDelegate {
  updateMany(args: { where: { id: string; version: number }; data: { version: { increment: number } } }): Promise<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<{ version: number }>;
}

/**
 * Claims a record for a write inside a transaction: the version check and the row lock (and the
 * bump, unless `bump` is 0 because the write bumps it itself) are one statement, so two writers
 * that read the same version cannot both win. Throws STALE_VERSION otherwise.
 */
export async function claimVersion(delegate: VersionedDelegate, id: string, expected: number | null, bump = 1): Promise<void> {
  const claimed = expected === null ? { count: 0 } : await delegate.updateMany({ where: { id, version: expected }, data: { version: { increment: bump } } });
  if (claimed.count === 0) throw staleVersion((await delegate.findUniqueOrThrow({ where: { id } })).version, expected);
}
