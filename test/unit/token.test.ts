import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import type { Principal } from '../../src/auth/principal';
import { bearerToken, InvalidTokenError, loadTokenKeys, signToken, verifyToken } from '../../src/auth/token';

const keys = { secret: new TextEncoder().encode('x'.repeat(40)) };
const principal: Principal = {
  subject: 'officer-7',
  agency: 'EDUCATION',
  jurisdiction: { kind: 'province', code: '01' },
  purpose: 'dropout follow-up',
};

/** A token with the right issuer/audience/signature and any claims, for claim-validation tests. */
function craft(claims: Record<string, unknown>, secret = keys.secret) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('officer-7')
    .setIssuer('childgraph')
    .setAudience('childgraph')
    .setIssuedAt();
}
const good = { agency: 'EDUCATION', jurisdiction: 'province:01', purpose: 'p' };
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('signToken / verifyToken', () => {
  it('round-trips the principal', async () => {
    const token = await signToken(keys, principal, '1h');
    await expect(verifyToken(keys, token)).resolves.toEqual(principal);
  });

  it('names the app a token was issued to from client_id, else azp, and ignores a malformed name', async () => {
    const withClient = { ...principal, client: 'dashboard' };
    await expect(verifyToken(keys, await signToken(keys, withClient, '1h'))).resolves.toEqual(withClient);
    await expect(verifyToken(keys, await craft({ ...good, azp: 'web-portal' }).setExpirationTime('1h').sign(keys.secret))).resolves.toMatchObject({ client: 'web-portal' });
    const malformed = await verifyToken(keys, await craft({ ...good, client_id: 'two words' }).setExpirationTime('1h').sign(keys.secret));
    expect(malformed.client).toBeUndefined();
  });

  it('trusts a verified token only until it expires, and never a forged copy of it', async () => {
    const start = Date.now();
    jest.useFakeTimers({ now: start });
    try {
      const token = await signToken(keys, principal, '10m');
      await expect(verifyToken(keys, token)).resolves.toEqual(principal);
      await expect(verifyToken(keys, token)).resolves.toEqual(principal); // from the cache
      const [header, payload] = token.split('.');
      await expect(verifyToken(keys, `${header}.${payload}.${'A'.repeat(43)}`)).rejects.toThrow(/not valid/);
      jest.setSystemTime(start + 11 * 60_000);
      await expect(verifyToken(keys, token)).rejects.toThrow(/expired/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('rejects an expired token, saying so', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const token = await craft(good).setIssuedAt(past - 3600).setExpirationTime(past).sign(keys.secret);
    const result = verifyToken(keys, token);
    await expect(result).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(result).rejects.toThrow(/expired/);
  });

  it('rejects a token signed with another secret', async () => {
    const other = { secret: new TextEncoder().encode('y'.repeat(40)) };
    const token = await signToken(other, principal, '1h');
    await expect(verifyToken(keys, token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects an unsigned alg:none token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...good, sub: 'officer-7', iss: 'childgraph', aud: 'childgraph', iat: now, exp: now + 3600 };
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`;
    await expect(verifyToken(keys, token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects a token with the wrong issuer or audience', async () => {
    const token = await craft(good).setIssuer('someone-else').setExpirationTime('1h').sign(keys.secret);
    await expect(verifyToken(keys, token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it.each([
    ['an unknown agency', { ...good, agency: 'MILITARY' }],
    ['a malformed jurisdiction', { ...good, jurisdiction: 'province:1' }],
    ['a non-string jurisdiction', { ...good, jurisdiction: 1 }],
    ['no purpose', { agency: 'EDUCATION', jurisdiction: 'national' }],
  ])('rejects a validly signed token with %s', async (_label, claims) => {
    const token = await craft(claims).setExpirationTime('1h').sign(keys.secret);
    await expect(verifyToken(keys, token)).rejects.toThrow(/lacks agency, jurisdiction/);
  });

  it('rejects garbage', async () => {
    await expect(verifyToken(keys, 'not.a.jwt')).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer   abc', 'abc'],
    ['BEARER abc', 'abc'],
  ])('extracts the token of %p', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });

  it.each([null, undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a b', 'abc'])('returns null for %p', (header) => {
    expect(bearerToken(header)).toBeNull();
  });
});

describe('loadTokenKeys', () => {
  const saved = process.env.CHILDGRAPH_JWT_SECRET;
  let dir: string;
  beforeEach(() => {
    delete process.env.CHILDGRAPH_JWT_SECRET;
    dir = mkdtempSync(path.join(tmpdir(), 'childgraph-keys-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CHILDGRAPH_JWT_SECRET;
    else process.env.CHILDGRAPH_JWT_SECRET = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a private secret file under the data dir and reuses it', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const first = loadTokenKeys(dataDir);
    const file = path.join(dataDir, 'jwt-secret');
    expect(first.source).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.secret!.length).toBeGreaterThanOrEqual(32);
    expect(new TextDecoder().decode(first.secret)).toBe(readFileSync(file, 'utf8').trim());
    expect(loadTokenKeys(dataDir).secret).toEqual(first.secret);
  });

  it('gives different data dirs different secrets', () => {
    expect(loadTokenKeys(path.join(dir, 'a')).secret).not.toEqual(loadTokenKeys(path.join(dir, 'b')).secret);
  });

  it('prefers CHILDGRAPH_JWT_SECRET', () => {
    process.env.CHILDGRAPH_JWT_SECRET = 's'.repeat(32);
    const loaded = loadTokenKeys(dir);
    expect(loaded.source).toBe('CHILDGRAPH_JWT_SECRET');
    expect(new TextDecoder().decode(loaded.secret)).toBe('s'.repeat(32));
  });

  it('refuses a CHILDGRAPH_JWT_SECRET shorter than 32 characters', () => {
    process.env.CHILDGRAPH_JWT_SECRET = 's'.repeat(31);
    expect(() => loadTokenKeys(dir)).toThrow(/at least 32 characters/);
  });

  it('refuses to run without a secret or a data dir', () => {
    expect(() => loadTokenKeys()).toThrow(/CHILDGRAPH_JWT_SECRET/);
  });
});
