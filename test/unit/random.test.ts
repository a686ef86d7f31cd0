import { Random, stableUuid } from '../../src/synthetic/random';

const take = (random: Random, n: number) => Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('repeats the same sequence for the same seed (number or string)', () => {
    expect(take(new Random(42), 20)).toEqual(take(new Random(42), 20));
    expect(take(new Random('seed'), 20)).toEqual(take(new Random('seed'), 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(new Random(1), 5)).not.toEqual(take(new Random(2), 5));
    expect(take(new Random('a'), 5)).not.toEqual(take(new Random('b'), 5));
  });

  it('stays in range', () => {
    const random = new Random(7);
    for (let i = 0; i < 1000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });
});

describe('stableUuid', () => {
  const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is deterministic and UUID-shaped', () => {
    const id = stableUuid('child', 1, 0);
    expect(id).toBe(stableUuid('child', 1, 0));
    expect(id).toMatch(UUID_V4_SHAPE);
  });

  it('differs for different parts', () => {
    expect(stableUuid('child', 1, 0)).not.toBe(stableUuid('child', 1, 1));
    expect(stableUuid('child', 1, 0)).not.toBe(stableUuid('person', 1, 0));
  });
});
