import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, SignJWT, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { formatJurisdiction, isAgency, isClientName, parseJurisdiction, type Principal } from './principal';

const ISSUER = process.env.CHILDGRAPH_JWT_ISSUER ?? 'childgraph';
const AUDIENCE = process.env.CHILDGRAPH_JWT_AUDIENCE ?? 'childgraph';
/** Development tokens: HS256 only. A token naming any other algorithm (including `none`) is refused. */
const SECRET_ALGORITHMS = ['HS256'];
/** Production tokens, signed by the identity provider: asymmetric algorithms only. */
const PUBLIC_KEY_ALGORITHMS = ['RS256', 'ES256'];

export class InvalidTokenError extends Error {}

/** A lifetime `signToken` refuses: malformed, or longer than the configured maximum. */
export class TokenLifetimeError extends Error {}

/** Eight hours, a working day: a token lost or copied stops working by the next one. */
const DEFAULT_MAX_LIFETIME = '8h';
/** Clocks of the issuer and of childgraph may differ this much without a valid token being refused. */
const CLOCK_SKEW_SECONDS = 60;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in a duration such as `90s`, `30m`, `8h`, `1d` (a bare number is seconds); null when malformed. */
export function durationSeconds(text: string): number | null {
  const match = /^\s*(\d+)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? 's').toLowerCase()[0];
  return Number(match[1]) * UNIT_SECONDS[unit];
}

/** The longest a token may be valid: CHILDGRAPH_TOKEN_MAX_LIFETIME (e.g. `8h`, `30m`), default a working day. */
export function maxTokenLifetimeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.CHILDGRAPH_TOKEN_MAX_LIFETIME || DEFAULT_MAX_LIFETIME;
  const seconds = durationSeconds(text);
  if (!seconds) throw new Error(`CHILDGRAPH_TOKEN_MAX_LIFETIME must be a duration such as 8h or 30m; got "${text}"`);
  return seconds;
}

const describeSeconds = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`);

/**
 * How tokens are verified. Development: an HS256 `secret` that `childgraph token` also signs with.
 * Production: the identity provider's public key or JWKS (`verifier`); nothing here can sign.
 */
export interface TokenKeys {
  secret?: Uint8Array;
  verifier?: { key: KeyObject | JWTVerifyGetKey; algorithms: string[] };
}

/**
 * Verification keys from configuration, first match wins:
 * - CHILDGRAPH_JWKS_URL: the identity provider's JWKS (RS256/ES256, keys picked by `kid`);
 * - CHILDGRAPH_JWT_PUBLIC_KEY: one PEM public key (RS256 or ES256);
 * - CHILDGRAPH_JWT_SECRET: an HS256 secret of at least 32 characters;
 * - otherwise, outside production, a random development secret kept under the data directory.
 */
export function loadTokenKeys(dataDir?: string): TokenKeys & { source: string } {
  if (process.env.CHILDGRAPH_JWKS_URL) {
    const url = new URL(process.env.CHILDGRAPH_JWKS_URL);
    return { verifier: { key: createRemoteJWKSet(url), algorithms: PUBLIC_KEY_ALGORITHMS }, source: `JWKS ${url}` };
  }
  if (process.env.CHILDGRAPH_JWT_PUBLIC_KEY) {
    const key = createPublicKey(process.env.CHILDGRAPH_JWT_PUBLIC_KEY.replace(/\\n/g, '\n'));
    return { verifier: { key, algorithms: PUBLIC_KEY_ALGORITHMS }, source: 'CHILDGRAPH_JWT_PUBLIC_KEY' };
  }
  const fromEnv = process.env.CHILDGRAPH_JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('CHILDGRAPH_JWT_SECRET must be at least 32 characters');
    return { secret: new TextEncoder().encode(fromEnv), source: 'CHILDGRAPH_JWT_SECRET' };
  }
  if (!dataDir || process.env.NODE_ENV === 'production') {
    throw new Error('Configure token verification: CHILDGRAPH_JWKS_URL, CHILDGRAPH_JWT_PUBLIC_KEY or CHILDGRAPH_JWT_SECRET');
  }
  const file = path.join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return { secret: new TextEncoder().encode(readFileSync(file, 'utf8').trim()), source: file };
}

/** A token's lifetime in seconds; a TokenLifetimeError says what a lifetime looks like and its maximum. */
export function tokenLifetimeSeconds(ttl: string): number {
  const lifetime = durationSeconds(ttl);
  const maximum = maxTokenLifetimeSeconds();
  const rule = `give a duration like 30m, 1h or 8h, at most ${describeSeconds(maximum)} (CHILDGRAPH_TOKEN_MAX_LIFETIME)`;
  if (!lifetime) throw new TokenLifetimeError(`"${ttl}" is not a lifetime; ${rule}`);
  if (lifetime > maximum) throw new TokenLifetimeError(`"${ttl}" is longer than a token may be valid; ${rule}`);
  return lifetime;
}

export async function signToken(keys: TokenKeys, principal: Principal, ttl: string): Promise<string> {
  if (!keys.secret) throw new Error('childgraph token signs development tokens only; with a public key or JWKS configured, tokens come from the identity provider');
  const lifetime = tokenLifetimeSeconds(ttl);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    agency: principal.agency,
    jurisdiction: formatJurisdiction(principal.jurisdiction),
    purpose: principal.purpose,
    ...(principal.client ? { client_id: principal.client } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(keys.secret);
}

/**
 * Tokens already verified, per key set, until they expire. One request is verified by the gateway
 * and again by every subgraph it reaches (a subgraph never trusts the gateway alone), and an
 * officer's token serves many requests: a signature is checked once per process, not seven times
 * per request. A cached token still stops working at its `exp`.
 */
const verifiedTokens = new WeakMap<TokenKeys, LRUCache<string, { principal: Principal; expiresAtMs: number }>>();
/** Enough for every officer active at once; beyond it the least recently used entry goes. */
const VERIFIED_TOKENS_KEPT = 10_000;

export async function verifyToken(keys: TokenKeys, token: string): Promise<Principal> {
  let cache = verifiedTokens.get(keys);
  if (!cache) verifiedTokens.set(keys, (cache = new LRUCache({ max: VERIFIED_TOKENS_KEPT })));
  const known = cache.get(token);
  // Expiry is checked against Date.now() here rather than by the cache's own TTL clock, so a
  // token's `exp` is the one deadline, whatever the cache's timer source.
  if (known && known.expiresAtMs > Date.now()) return known.principal;
  if (known) cache.delete(token);
  const verified = await verifySignedToken(keys, token);
  cache.set(token, verified);
  return verified.principal;
}

async function verifySignedToken(keys: TokenKeys, token: string): Promise<{ principal: Principal; expiresAtMs: number }> {
  let payload;
  try {
    const options = { issuer: ISSUER, audience: AUDIENCE };
    if (keys.verifier) {
      const { key, algorithms } = keys.verifier;
      // Two calls because jose types a key and a key-resolving function as different overloads.
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, { ...options, algorithms }) : await jwtVerify(token, key, { ...options, algorithms }));
    } else if (keys.secret) {
      ({ payload } = await jwtVerify(token, keys.secret, { ...options, algorithms: SECRET_ALGORITHMS }));
    } else {
      throw new InvalidTokenError('No token verification key is configured');
    }
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('The token has expired; request a new one');
    throw new InvalidTokenError('The token is not valid (bad signature, algorithm, issuer or audience)');
  }
  // A token that never expires, or only in years, works for whoever copies it for as long: refused.
  if (typeof payload.exp !== 'number') throw new InvalidTokenError('The token has no expiry (exp); request a token that expires');
  const maximum = maxTokenLifetimeSeconds();
  const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
  if (payload.exp - issuedAt > maximum + CLOCK_SKEW_SECONDS) {
    throw new InvalidTokenError(`The token is valid for longer than the maximum of ${describeSeconds(maximum)}; request a shorter-lived one`);
  }
  const jurisdiction = typeof payload.jurisdiction === 'string' ? parseJurisdiction(payload.jurisdiction) : null;
  if (!isAgency(payload.agency) || !jurisdiction || !payload.sub || typeof payload.purpose !== 'string') {
    throw new InvalidTokenError('The token lacks agency, jurisdiction, subject or purpose');
  }
  // Frozen: one verified principal is shared by every request that presents the token.
  // RFC 9068 access tokens name the app in client_id; an OIDC provider's own tokens in azp.
  const client = [payload.client_id, payload.azp].find(isClientName);
  const principal = Object.freeze({ subject: payload.sub, agency: payload.agency, jurisdiction: Object.freeze(jurisdiction), purpose: payload.purpose, ...(client ? { client } : {}) });
  return { principal, expiresAtMs: payload.exp * 1000 };
}

/** Extracts the bearer token of an Authorization header value. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Why a caller is refused: no bearer token at all, or one that does not verify (`refused` says how). */
export type Caller = { principal: Principal } | { refused: string; missingToken: boolean };

/**
 * Who presents this Authorization header, for the gateway and every subgraph alike: each verifies
 * the token itself, so that a subgraph reached directly is no weaker than the gateway.
 */
export async function authenticate(keys: TokenKeys, authorization: string | null | undefined): Promise<Caller> {
  const token = bearerToken(authorization);
  if (!token) return { refused: 'An Authorization: Bearer <token> header is required', missingToken: true };
  try {
    return { principal: await verifyToken(keys, token) };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { refused: error.message, missingToken: false };
    throw error;
  }
}
