import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, SignJWT } from 'jose';
import { InvalidTokenError, loadTokenKeys, verifyToken } from '../../src/auth/token';

/** Production verification: the identity provider signs with RS256/ES256; childgraph only verifies. */
const claims = { agency: 'HEALTH', jurisdiction: 'province:01', purpose: 'screening follow-up' };
const sign = (key: KeyObject | Uint8Array, alg: string, kid?: string) =>
  new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).setSubject('officer-7').setIssuer('childgraph').setAudience('childgraph').setExpirationTime('5m').sign(key);

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

function withEnv(values: Record<string, string | undefined>, run: () => Promise<void>) {
  const previous = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete process.env[k];
  return run().finally(() => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}

describe('CHILDGRAPH_JWT_PUBLIC_KEY', () => {
  it('accepts RS256 and ES256 tokens of the configured key', async () => {
    for (const [pair, alg] of [[rsa, 'RS256'], [ec, 'ES256']] as const) {
      await withEnv({ CHILDGRAPH_JWT_PUBLIC_KEY: pem(pair.publicKey), CHILDGRAPH_JWKS_URL: undefined }, async () => {
        const keys = loadTokenKeys();
        await expect(verifyToken(keys, await sign(pair.privateKey, alg))).resolves.toMatchObject({ agency: 'HEALTH', subject: 'officer-7', jurisdiction: { kind: 'province', code: '01' } });
      });
    }
  });

  it('refuses another key, HS256 signed with the public key (algorithm confusion) and alg none', async () => {
    await withEnv({ CHILDGRAPH_JWT_PUBLIC_KEY: pem(rsa.publicKey), CHILDGRAPH_JWKS_URL: undefined }, async () => {
      const keys = loadTokenKeys();
      const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
      await expect(verifyToken(keys, await sign(other.privateKey, 'RS256'))).rejects.toThrow(InvalidTokenError);
      await expect(verifyToken(keys, await sign(new TextEncoder().encode(pem(rsa.publicKey)), 'HS256'))).rejects.toThrow(InvalidTokenError);
      const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, sub: 'x', iss: 'childgraph', aud: 'childgraph' })).toString('base64url')}.`;
      await expect(verifyToken(keys, none)).rejects.toThrow(InvalidTokenError);
    });
  });

  it('refuses to start in production with no key configured', async () => {
    await withEnv({ NODE_ENV: 'production', CHILDGRAPH_JWT_PUBLIC_KEY: undefined, CHILDGRAPH_JWKS_URL: undefined, CHILDGRAPH_JWT_SECRET: undefined }, async () => {
      expect(() => loadTokenKeys('/tmp/never-used')).toThrow(/CHILDGRAPH_JWKS_URL/);
    });
  });
});

describe('CHILDGRAPH_JWKS_URL', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'idp-2026', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('verifies a token whose kid is in the key set and refuses one that is not', async () => {
    await withEnv({ CHILDGRAPH_JWKS_URL: url }, async () => {
      const keys = loadTokenKeys();
      await expect(verifyToken(keys, await sign(rsa.privateKey, 'RS256', 'idp-2026'))).resolves.toMatchObject({ agency: 'HEALTH' });
      await expect(verifyToken(keys, await sign(ec.privateKey, 'ES256', 'unknown-kid'))).rejects.toThrow(InvalidTokenError);
    });
  });
});
