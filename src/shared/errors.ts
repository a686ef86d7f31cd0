import { GraphQLError } from 'graphql';

/** Stable error codes of the public contract (DESIGN.md). */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'UNAUTHORIZED_FIELD_OR_TYPE',
  BadUserInput: 'BAD_USER_INPUT',
  /** Over one of the request bounds (request-bounds.ts): refused before validation and execution. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  /** The request, or a subgraph call it needed, ran past its time budget. */
  Timeout: 'REQUEST_TIMEOUT',
  /** Anything unexpected; its text is logged, not sent (subgraph-server.ts). */
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(argumentName ? { argumentName } : {}) },
  });
}
