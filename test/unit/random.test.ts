import { Random, sequentialIds } from '../../src/synthetic/random';

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

describe('sequentialIds', () => {
  const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is deterministic and UUID-shaped (version 4, RFC 4122 variant)', () => {
    const id = sequentialIds(1, 0, 'child')('pupil');
    expect(id).toBe(sequentialIds(1, 0, 'child')('pupil'));
    expect(id).toMatch(UUID_SHAPE);
  });

  it('differs by label, by sequence, by space and by seed', () => {
    const ids = new Set([
      sequentialIds(1, 0, 'child')('pupil'),
      sequentialIds(1, 0, 'child')('patient'),
      sequentialIds(1, 1, 'child')('pupil'),
      sequentialIds(1, 0, 'family')('pupil'),
      sequentialIds(2, 0, 'child')('pupil'),
    ]);
    expect(ids.size).toBe(5);
  });

  it('sorts by sequence, so rows written in order append to their index', () => {
    const ids = [0, 1, 2, 15, 16, 255, 256, 70000].map((n) => sequentialIds(9, n, 'child')('master'));
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps a thousand labels of one entity apart', () => {
    const make = sequentialIds(3, 42, 'child');
    const labels = Array.from({ length: 1000 }, (_, i) => `step-${i}`);
    expect(new Set(labels.map(make)).size).toBe(1000);
  });
});
