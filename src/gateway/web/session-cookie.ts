import type { IncomingMessage } from 'node:http';

/** The `__Host-` prefix would forbid the cookie over plain http, which development on loopback uses. */
export const SESSION_COOKIE = 'childgraph_session';

/** The session token a browser sent, if any. */
export function sessionTokenOf(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) return part.slice(separator + 1).trim() || null;
  }
  return null;
}

/** Only the proxy in front of the gateway knows whether the browser's connection was https. */
function cameOverHttps(request: IncomingMessage): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0].trim().toLowerCase();
  return first === 'https' || (request.socket as { encrypted?: boolean }).encrypted === true;
}

/**
 * HttpOnly keeps the token out of the page's reach; SameSite=Strict keeps other sites' pages from
 * sending it; Max-Age ends the cookie with the token.
 */
export function sessionCookie(request: IncomingMessage, token: string, maxAgeSeconds: number): string {
  return [`${SESSION_COOKIE}=${token}`, 'HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${maxAgeSeconds}`, ...(cameOverHttps(request) ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie(request: IncomingMessage): string {
  return sessionCookie(request, '', 0);
}
