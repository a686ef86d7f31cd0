import { GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/errors';

/** The work's result, or `timedOut` when it is still running after `ms`; the timer never outlives the race. */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<{ value: T } | { timedOut: true }> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error a request over its time budget answers with (HTTP 504). */
export function timedOut(what: string, ms: number): GraphQLError {
  return new GraphQLError(`${what} took longer than its budget of ${ms} ms and was abandoned; try again, or ask for less at once`, {
    extensions: { code: ErrorCode.Timeout, limitValue: ms, http: { status: 504 } },
  });
}
