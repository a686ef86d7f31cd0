import type { ServerResponse } from 'node:http';
import { ERROR_CODES, ErrorCode } from '../../shared/errors';
import { sendJson } from '../../server/http-body';

/** The error code a refusal carries when nothing more specific is known, by its HTTP status. */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  405: ErrorCode.MethodNotAllowed,
  413: ErrorCode.BadUserInput,
};

/** The HTTP status of a download the GraphQL answer refused, by its error code (anything else: 502, it could not be read). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = { [ErrorCode.BadUserInput]: 400, [ErrorCode.Forbidden]: 403, [ErrorCode.Unauthenticated]: 401 };

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ERROR_CODES).map((entry) => entry.code));

/**
 * A download (an export or a report) refused before anything was sent: its HTTP status, an error
 * code of the error table and a message a person can act on. It is answered in the shape of a
 * GraphQL error, so that a client reads one format whichever route it called.
 */
export class ExportRequestError extends Error {
  readonly code: string;

  constructor(
    readonly status: number,
    message: string,
    code?: string,
  ) {
    super(message);
    this.code = code ?? CODE_OF_STATUS[status] ?? ErrorCode.Internal;
  }
}

/**
 * The refusal for a GraphQL answer that has an error or no data: the first error's message and code,
 * with the status its code implies. A code outside the error table (a runtime's own) is reported as
 * INTERNAL_SERVER_ERROR, since a client cannot branch on a code it was never told about.
 */
export function refusalOfAnswer(error: { message: string; extensions?: { code?: unknown } } | undefined, fallbackMessage: string): ExportRequestError {
  const answered = typeof error?.extensions?.code === 'string' ? error.extensions.code : undefined;
  const code = answered !== undefined && KNOWN_CODES.has(answered) ? answered : ErrorCode.Internal;
  return new ExportRequestError(STATUS_OF_CODE[code] ?? 502, error?.message ?? fallbackMessage, code);
}

/** `{"errors":[{"message","extensions":{"code"}}]}` with the refusal's status, as the GraphQL endpoint answers. */
export function sendRefusal(response: ServerResponse, refusal: ExportRequestError, headers: Record<string, string> = {}) {
  const challenge: Record<string, string> = refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
  sendJson(response, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }, { ...challenge, ...headers });
}
