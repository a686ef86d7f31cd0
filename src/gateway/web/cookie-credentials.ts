import type { IncomingMessage } from 'node:http';
import { carriesCsrfValue } from './csrf';
import { sessionTokenOf } from './session-cookie';

/**
 * Lets a browser session stand in for the Authorization header. A request with its own Authorization
 * header is left as it is (the cookie is ignored). One authenticated by the cookie must carry the
 * CSRF value bound to that session, since a browser attaches cookies to requests other pages start;
 * then the token moves into the Authorization header, so the runtime, the subgraphs and the audit
 * trail see exactly what a bearer caller would send, and the cookie goes no further.
 */
export function adoptSessionCookie(request: IncomingMessage, csrfKey: Buffer): 'bearer' | 'cookie' | 'none' | 'csrf-rejected' {
  if (request.headers.authorization) return 'bearer';
  const token = sessionTokenOf(request);
  if (!token) return 'none';
  if (!carriesCsrfValue(request, csrfKey, token)) return 'csrf-rejected';
  request.headers.authorization = `Bearer ${token}`;
  delete request.headers.cookie;
  return 'cookie';
}
