import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../shared/errors';

/** Requests larger than this are refused at the gateway before parsing: GraphQL operations here are small. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * A subgraph's limit: twice the gateway's, for the key fields, `__typename`s and representations the
 * gateway adds to what it sends on (and it checks the size before sending, see request-bounds.plugin.ts).
 */
export const SUBGRAPH_MAX_BODY_BYTES = 2 * MAX_BODY_BYTES;
/** An oversized body is read to its end up to this much more, so the connection can serve the next request. */
const DRAINED_BEYOND_LIMIT = 1024 * 1024;

export class BodyTooLargeError extends Error {
  /** False when the rest of the body was not read: the connection must close after the answer. */
  constructor(
    message: string,
    readonly drained: boolean,
  ) {
    super(message);
  }
}

/**
 * The request's body, or BodyTooLargeError past `limit`. The rest of an oversized body is still read
 * (and dropped): leaving it unread, or destroying the request, broke the keep-alive connection it came
 * on, and the caller's next request on that connection waited seconds and then failed.
 */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = request[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    size += (next.value as Buffer).length;
    if (size > limit + DRAINED_BEYOND_LIMIT) {
      request.pause();
      throw new BodyTooLargeError(`Request body exceeds ${limit} bytes`, false);
    }
    if (size <= limit) chunks.push(next.value as Buffer);
  }
  if (size > limit) throw new BodyTooLargeError(`Request body exceeds ${limit} bytes`, true);
  return Buffer.concat(chunks).toString('utf8');
}

/** The answer to an oversized body: 413, closing the connection when its body was left unread. */
export function sendBodyTooLarge(response: ServerResponse, error: BodyTooLargeError) {
  if (!error.drained) response.shouldKeepAlive = false;
  sendGraphQLError(response, 413, ErrorCode.BadUserInput, error.message);
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

export function sendGraphQLError(response: ServerResponse, status: number, code: string, message: string, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer', ...extraHeaders } : extraHeaders;
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, headers);
}
