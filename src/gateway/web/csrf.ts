import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TokenKeys } from '../../auth/token';

/** The header a page must send with every request its session cookie authenticates. */
export const CSRF_HEADER = 'x-childgraph-csrf';

/**
 * Bound to one session token: a value read for one session is worthless for another. Keyed by the
 * development secret when there is one, so every gateway process sharing it agrees; otherwise by a
 * key of this process (a restart only makes the page fetch the value again). Gateway replicas with
 * production keys would disagree, but they issue no sessions yet (identity-provider sign-in is not
 * built): that flow needs a key the replicas share.
 */
export function csrfKey(keys: TokenKeys): Buffer {
  if (keys.secret) return createHmac('sha256', keys.secret).update('childgraph csrf v1').digest();
  return randomBytes(32);
}

export function csrfValue(key: Buffer, sessionToken: string): string {
  return createHmac('sha256', key).update(sessionToken).digest('base64url');
}

/** Compared in constant time, so the response time does not reveal how much of a guess was right. */
export function carriesCsrfValue(request: IncomingMessage, key: Buffer, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfValue(key, sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Browsers name the page that sent a request: anything from another origin is refused before it can
 * sign someone in or out (a form on another site could otherwise plant a session).
 */
export function fromThisOrigin(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
