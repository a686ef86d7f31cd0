import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { formatJurisdiction, isAgency, parseJurisdiction, type Principal } from './principal';

const ISSUER = 'childgraph';
const AUDIENCE = 'childgraph';
/** HS256 only: a token naming any other algorithm (including `none`) is refused. */
const ALGORITHMS = ['HS256'];

export class InvalidTokenError extends Error {}

export interface TokenKeys {
  secret: Uint8Array;
}

/**
 * The signing secret: CHILDGRAPH_JWT_SECRET when set, otherwise (embedded mode) a random secret
 * kept under the data directory so tokens survive restarts.
 */
export function loadTokenKeys(dataDir?: string): TokenKeys & { source: string } {
  const fromEnv = process.env.CHILDGRAPH_JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('CHILDGRAPH_JWT_SECRET must be at least 32 characters');
    return { secret: new TextEncoder().encode(fromEnv), source: 'CHILDGRAPH_JWT_SECRET' };
  }
  if (!dataDir) throw new Error('Set CHILDGRAPH_JWT_SECRET (at least 32 characters) to sign and verify tokens');
  const file = path.join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return { secret: new TextEncoder().encode(readFileSync(file, 'utf8').trim()), source: file };
}

export async function signToken(keys: TokenKeys, principal: Principal, ttl: string): Promise<string> {
  return new SignJWT({
    agency: principal.agency,
    jurisdiction: formatJurisdiction(principal.jurisdiction),
    purpose: principal.purpose,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(keys.secret);
}

export async function verifyToken(keys: TokenKeys, token: string): Promise<Principal> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, keys.secret, { algorithms: ALGORITHMS, issuer: ISSUER, audience: AUDIENCE }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('The token has expired; request a new one');
    throw new InvalidTokenError('The token is not valid (bad signature, algorithm, issuer or audience)');
  }
  const jurisdiction = typeof payload.jurisdiction === 'string' ? parseJurisdiction(payload.jurisdiction) : null;
  if (!isAgency(payload.agency) || !jurisdiction || !payload.sub || typeof payload.purpose !== 'string') {
    throw new InvalidTokenError('The token lacks agency, jurisdiction, subject or purpose');
  }
  return { subject: payload.sub, agency: payload.agency, jurisdiction, purpose: payload.purpose };
}

/** Extracts the bearer token of an Authorization header value. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
