import { GraphQLError } from 'graphql';
import type { GenericAuthPluginOptions } from '@envelop/generic-auth';
import { agencyScope } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { ErrorCode } from '../shared/errors';

/**
 * The gateway's enforcement of `@requiresScopes` (Hive Gateway's generic-auth, protect-granular):
 * forbidden fields are removed before planning and come back null with UNAUTHORIZED_FIELD_OR_TYPE
 * and their path, while the rest of the response still arrives with HTTP 200.
 */
// generic-auth types the user as a plain record; ours is always the Principal resolveUserFn returns.
type User = Record<string, unknown>;

export function edgeAuth(): GenericAuthPluginOptions<User, { principal?: Principal }> {
  return {
    mode: 'protect-granular',
    // Remove forbidden fields and run the rest; anonymous requests never get this far.
    rejectUnauthenticated: false,
    // The HTTP front verified the token and put the principal in the server context.
    resolveUserFn: ({ principal }) => (principal as unknown as User) ?? null,
    extractScopes: (user) => [agencyScope((user as unknown as Principal).agency)],
    validateUser: ({ user, fieldScopes, userScopes, fieldNode, path, parentType, field }) => {
      if (!fieldScopes?.length || fieldScopes.some((all) => all.every((scope) => userScopes.includes(scope)))) return undefined;
      return new GraphQLError(`${(user as unknown as Principal | null)?.agency ?? 'Anonymous'} may not read ${parentType.name}.${field.name} (see schema/permissions.md)`, {
        nodes: [fieldNode],
        path,
        extensions: { code: ErrorCode.Forbidden, http: { status: 200 } },
      });
    },
  };
}
