import { accessLimitsFromEnv, BulkAccessWatch, DEFAULT_HOURLY_CHILDREN, DEFAULT_SLOWDOWN_MS } from '../../src/auth/access-limits';

describe('bulk-access limits', () => {
  it('default far above a working day, and are overridden per agency', () => {
    expect(accessLimitsFromEnv({})).toEqual({ hourlyChildren: DEFAULT_HOURLY_CHILDREN, slowdownMs: DEFAULT_SLOWDOWN_MS });
    const limits = accessLimitsFromEnv({ CHILDGRAPH_ACCESS_LIMITS: '{"SOCIAL": 300}', CHILDGRAPH_ACCESS_SLOWDOWN_MS: '500' });
    expect(limits).toEqual({ hourlyChildren: { ...DEFAULT_HOURLY_CHILDREN, SOCIAL: 300 }, slowdownMs: 500 });
  });

  it.each([
    ['SOCIAL: 5', /not JSON/],
    ['[5]', /must be an object/],
    ['{"SOCAIL": 5}', /unknown agency "SOCAIL"/],
    ['{"SOCIAL": 0}', /positive whole number/],
    ['{"SOCIAL": "many"}', /positive whole number/],
  ])('refuses CHILDGRAPH_ACCESS_LIMITS=%s with a message', (value, message) => {
    expect(() => accessLimitsFromEnv({ CHILDGRAPH_ACCESS_LIMITS: value })).toThrow(message);
  });

  it('refuses a slowdown that is not a bounded number of milliseconds', () => {
    for (const value of ['-1', 'soon', '60000']) expect(() => accessLimitsFromEnv({ CHILDGRAPH_ACCESS_SLOWDOWN_MS: value })).toThrow(/0 to 30000/);
  });

  it('counts distinct children per subject and clock hour, crosses once, and starts again the next hour', () => {
    let now = Date.UTC(2026, 11, 3, 9, 10);
    const watch = new BulkAccessWatch({ hourlyChildren: { ...DEFAULT_HOURLY_CHILDREN, SOCIAL: 3 }, slowdownMs: 0 }, () => now);
    const read = (subject: string, ...childIds: string[]) => watch.note({ subject, agency: 'SOCIAL', childIds });
    expect(read('a', 'c1', 'c2')).toMatchObject({ over: false, children: 2 });
    expect(read('a', 'c1', 'c2', 'c3')).toMatchObject({ over: false, children: 3 });
    expect(read('b', 'c4', 'c5')).toMatchObject({ over: false, children: 2 });
    expect(read('a', 'c4')).toMatchObject({ over: true, crossed: true, children: 4, limit: 3 });
    expect(read('a', 'c5')).toMatchObject({ over: true, crossed: false });
    now += 3_600_000;
    expect(read('a', 'c6')).toMatchObject({ over: false, children: 1 });
  });
});
