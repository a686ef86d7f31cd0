import { SignJWT } from 'jose';
import type { Principal } from '../../src/auth/principal';
import { durationSeconds, maxTokenLifetimeSeconds, signToken, TokenLifetimeError, verifyToken } from '../../src/auth/token';

const keys = { secret: new TextEncoder().encode('y'.repeat(40)) };
const principal: Principal = { subject: 'officer-9', agency: 'SOCIAL', jurisdiction: { kind: 'national' }, purpose: 'case review' };
const craft = () =>
  new SignJWT({ agency: 'SOCIAL', jurisdiction: 'national', purpose: 'p' }).setProtectedHeader({ alg: 'HS256' }).setSubject('officer-9').setIssuer('childgraph').setAudience('childgraph');
const now = () => Math.floor(Date.now() / 1000);

describe('token lifetime', () => {
  const previous = process.env.CHILDGRAPH_TOKEN_MAX_LIFETIME;
  afterEach(() => {
    if (previous === undefined) delete process.env.CHILDGRAPH_TOKEN_MAX_LIFETIME;
    else process.env.CHILDGRAPH_TOKEN_MAX_LIFETIME = previous;
  });

  it('is at most a working day by default, configurable', () => {
    expect(maxTokenLifetimeSeconds({})).toBe(8 * 3600);
    expect(maxTokenLifetimeSeconds({ CHILDGRAPH_TOKEN_MAX_LIFETIME: '30m' })).toBe(1800);
    expect(() => maxTokenLifetimeSeconds({ CHILDGRAPH_TOKEN_MAX_LIFETIME: 'forever' })).toThrow(/CHILDGRAPH_TOKEN_MAX_LIFETIME/);
    expect([durationSeconds('90s'), durationSeconds('1 hour'), durationSeconds('2d'), durationSeconds('600'), durationSeconds('1y')]).toEqual([90, 3600, 172_800, 600, null]);
  });

  it('signToken refuses a lifetime over the maximum, naming it', async () => {
    await expect(signToken(keys, principal, '9h')).rejects.toThrow(TokenLifetimeError);
    await expect(signToken(keys, principal, '100d')).rejects.toThrow(/at most 8h \(CHILDGRAPH_TOKEN_MAX_LIFETIME\)/);
    await expect(signToken(keys, principal, 'soon')).rejects.toThrow(/not a lifetime/);
    await expect(verifyToken(keys, await signToken(keys, principal, '8h'))).resolves.toEqual(principal);
  });

  it('verifyToken requires exp and refuses a lifetime over the maximum, with or without iat', async () => {
    await expect(verifyToken(keys, await craft().setIssuedAt().sign(keys.secret))).rejects.toThrow(/no expiry/);
    await expect(verifyToken(keys, await craft().setIssuedAt().setExpirationTime('36500d').sign(keys.secret))).rejects.toThrow(/longer than the maximum of 8h/);
    await expect(verifyToken(keys, await craft().setExpirationTime(now() + 9 * 3600).sign(keys.secret))).rejects.toThrow(/longer than the maximum/);
    // Issued seven hours ago for eight: a working day from its issue, though only one hour is left.
    await expect(verifyToken(keys, await craft().setIssuedAt(now() - 7 * 3600).setExpirationTime(now() + 3600).sign(keys.secret))).resolves.toMatchObject({ agency: 'SOCIAL' });
    process.env.CHILDGRAPH_TOKEN_MAX_LIFETIME = '10m';
    await expect(verifyToken(keys, await craft().setIssuedAt().setExpirationTime('1h').sign(keys.secret))).rejects.toThrow(/maximum of 10m/);
  });
});
