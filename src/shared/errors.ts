import { GraphQLError } from 'graphql';

interface ErrorCodeEntry {
  code: string;
  /** The HTTP status the answer carries, when the code decides it. */
  status: string;
  meaning: string;
  /** What the caller should do about it. */
  action: string;
}

/**
 * Every error code a caller can meet, with what it means and what to do about it. Clients branch
 * on these strings, so they are a contract: the code raises them only through `ErrorCode`, and the
 * README's error-code table is this table printed (a unit test holds the two equal). The parse and
 * validation codes are raised by the GraphQL runtimes, not by childgraph's own code; they are
 * listed because callers meet them all the same.
 */
export const ERROR_CODES = {
  Unauthenticated: {
    code: 'UNAUTHENTICATED',
    status: '401',
    meaning: 'No bearer token, or an invalid, expired or too long-lived one',
    action: 'Send a valid token as `Authorization: Bearer <token>`',
  },
  Forbidden: {
    code: 'UNAUTHORIZED_FIELD_OR_TYPE',
    status: '200 (a download: 403)',
    meaning: 'The agency may not read the field at `path`: it is `null`, the rest arrives',
    action: 'Leave the field out',
  },
  SignInFormOff: {
    code: 'SIGN_IN_FORM_OFF',
    status: '403',
    meaning: 'The development sign-in form is off: a production key is configured',
    action: "Send a token from your identity provider as `Authorization: Bearer`",
  },
  CsrfRejected: {
    code: 'CSRF_REJECTED',
    status: '403',
    meaning: 'A cookie-signed request lacked a right `x-childgraph-csrf` header',
    action: 'Send the `csrfToken` of `GET /session` in that header',
  },
  BadUserInput: {
    code: 'BAD_USER_INPUT',
    status: '200 or 400; 413 a body too large',
    meaning: 'An argument, variable or save input is invalid (`argumentName`, `problems`)',
    action: 'Correct it as the message says',
  },
  QueryTooComplex: {
    code: 'QUERY_TOO_COMPLEX',
    status: '400',
    meaning: 'Over the request bound `limit` (`limitValue`); nothing ran',
    action: 'Ask for less at once',
  },
  Timeout: {
    code: 'REQUEST_TIMEOUT',
    status: '504',
    meaning: 'The request ran past its time budget',
    action: 'Try again later, or ask for less',
  },
  SubgraphUnavailable: {
    code: 'SUBGRAPH_UNAVAILABLE',
    status: '200',
    meaning: 'Subgraph `serviceName` is down (`reason` UNREACHABLE) or too slow (TIMEOUT); its fields are null',
    action: 'Use the rest; retry later',
  },
  StaleVersion: {
    code: 'STALE_VERSION',
    status: '200',
    meaning: 'A save sent an old version (see `currentVersion`); nothing was written',
    action: 'Reload, then save again',
  },
  AuditWriteFailed: {
    code: 'AUDIT_WRITE_FAILED',
    status: '200',
    meaning: 'No audit row could be written; nothing was released or saved',
    action: 'Try again later; tell the operator if it persists',
  },
  ParseFailed: {
    code: 'GRAPHQL_PARSE_FAILED',
    status: '400 or 200',
    meaning: 'The document is not valid GraphQL',
    action: 'Fix the query text',
  },
  ValidationFailed: {
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: '400 or 200',
    meaning: 'The document asks for something the schema lacks',
    action: 'Fix the query',
  },
  PersistedDocumentNotFound: {
    code: 'PERSISTED_DOCUMENT_NOT_FOUND',
    status: '400',
    meaning: 'No persisted document has that `documentId`',
    action: "Send an id of the typed client's manifest",
  },
  PersistedDocumentRequired: {
    code: 'PERSISTED_DOCUMENT_REQUIRED',
    status: '400',
    meaning: 'No `documentId`, and free queries are off (`CHILDGRAPH_PERSISTED_ONLY`)',
    action: 'Send `documentId` instead of `query`',
  },
  NotFound: {
    code: 'NOT_FOUND',
    status: '404',
    meaning: 'No such path, export or report',
    action: 'Use one the message names',
  },
  MethodNotAllowed: {
    code: 'METHOD_NOT_ALLOWED',
    status: '405',
    meaning: 'A download not asked for with GET',
    action: 'Use GET',
  },
  Internal: {
    code: 'INTERNAL_SERVER_ERROR',
    status: '200 with the path; 500 when nothing ran; 502 a download',
    meaning: 'An unexpected failure; logged, not described',
    action: 'Try again later; tell the operator if it persists',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

/** The code strings, by name: what the code raises and compares against. */
export const ErrorCode = Object.fromEntries(Object.entries(ERROR_CODES).map(([name, entry]) => [name, entry.code])) as {
  readonly [Name in keyof typeof ERROR_CODES]: (typeof ERROR_CODES)[Name]['code'];
};

/** The README's error-code table, as Markdown. */
export function errorCodesMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.values(ERROR_CODES).map((e: ErrorCodeEntry) => `| \`${e.code}\` | ${cell(e.status)} | ${cell(e.meaning)} | ${cell(e.action)} |`);
  return ['| code | HTTP status | meaning | what to do |', '|---|---|---|---|', ...rows].join('\n');
}

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(argumentName ? { argumentName } : {}) },
  });
}
