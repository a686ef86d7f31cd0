import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import { formatJurisdiction } from '../../auth/principal';
import { maxTokenLifetimeSeconds, signToken, verifyToken, InvalidTokenError, type TokenKeys } from '../../auth/token';
import { readBody, sendGraphQLError, sendJson } from '../../server/http-body';
import { ErrorCode } from '../../shared/errors';
import { csrfValue, fromThisOrigin } from './csrf';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './session-cookie';
import { OFFICER_AGENCIES, principalFromSignIn } from './sign-in';
import { PROVINCES } from '../../domain/admin-units';

/** A browser session is short: an unattended screen stops working within the hour. */
const SESSION_SECONDS = 3600;

/** The session answer names the CSRF value: never cached, never read as anything but JSON. */
const noStore = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export interface SessionContext {
  keys: TokenKeys;
  csrfKey: Buffer;
}

/**
 * `/session`: GET says who is signed in (and hands the page its CSRF value), POST signs in with the
 * development form, DELETE signs out. The token itself only ever travels in the HttpOnly cookie.
 */
export async function serveSession(context: SessionContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'GET') return describeSession(context, request, response);
  if (!fromThisOrigin(request)) return sendGraphQLError(response, 403, ErrorCode.CsrfRejected, 'Sign-in and sign-out are accepted from this site only', noStore);
  if (request.method === 'POST') return signIn(context, request, response);
  if (request.method === 'DELETE') return sendJson(response, 200, { signedOut: true }, { ...noStore, 'set-cookie': clearedSessionCookie(request) });
  return sendGraphQLError(response, 405, ErrorCode.MethodNotAllowed, 'Use GET, POST or DELETE on /session', { allow: 'GET, POST, DELETE' });
}

/**
 * How a person signs in here: the development form, or (with a production key) the identity provider.
 * Sign-in through the provider is not built yet: it is to be OpenID Connect's authorization code flow
 * with PKCE (S256), state and nonce kept in a short-lived HttpOnly cookie, the code exchanged by the
 * gateway, and the provider's token verified with the configured keys before it becomes this cookie.
 */
const signInMethod = (keys: TokenKeys) => (keys.secret ? 'development' : 'identity-provider');

async function describeSession(context: SessionContext, request: IncomingMessage, response: ServerResponse) {
  const token = sessionTokenOf(request);
  const signedOut = { signedIn: false, signIn: signInMethod(context.keys), agencies: OFFICER_AGENCIES, provinces: PROVINCES.map(({ code, name }) => ({ code, name })) };
  if (!token) return sendJson(response, 401, signedOut, noStore);
  try {
    const principal = await verifyToken(context.keys, token);
    const { exp } = decodeJwt(token);
    return sendJson(
      response,
      200,
      {
        signedIn: true,
        agency: principal.agency,
        jurisdiction: formatJurisdiction(principal.jurisdiction),
        purpose: principal.purpose,
        expiresAt: new Date((exp ?? 0) * 1000).toISOString(),
        csrfToken: csrfValue(context.csrfKey, token),
      },
      noStore,
    );
  } catch (error) {
    if (!(error instanceof InvalidTokenError)) throw error;
    return sendJson(response, 401, signedOut, { ...noStore, 'set-cookie': clearedSessionCookie(request) });
  }
}

async function signIn(context: SessionContext, request: IncomingMessage, response: ServerResponse) {
  if (!context.keys.secret) {
    return sendGraphQLError(response, 403, ErrorCode.SignInFormOff, 'The development sign-in form is off when a production key is configured: use a token from your identity provider', noStore);
  }
  const isForm = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const body = await readBody(request);
  let fields: Record<string, unknown>;
  try {
    fields = isForm ? Object.fromEntries(new URLSearchParams(body)) : (JSON.parse(body) as Record<string, unknown>);
  } catch {
    return sendGraphQLError(response, 400, ErrorCode.BadUserInput, 'Send the sign-in as JSON or as a form', noStore);
  }
  const checked = principalFromSignIn(fields ?? {});
  if ('problem' in checked) return sendGraphQLError(response, 400, ErrorCode.BadUserInput, checked.problem, noStore);
  const lifetime = Math.min(SESSION_SECONDS, maxTokenLifetimeSeconds());
  const token = await signToken(context.keys, checked.principal, `${lifetime}s`);
  const cookie = { 'set-cookie': sessionCookie(request, token, lifetime) };
  // A plain form post goes back to the app; the app's own fetch gets JSON.
  if (isForm) {
    response.writeHead(303, { ...noStore, ...cookie, location: '/' });
    return void response.end();
  }
  return sendJson(response, 200, { signedIn: true }, { ...noStore, ...cookie });
}
