import { createHash } from 'node:crypto';

/** A seeded PRNG (mulberry32): the same seed gives the same population, byte for byte. */
export class Random {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : createHash('sha256').update(seed).digest().readUInt32LE(0);
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
}

/** FNV-1a, 32 bits: a fast, stable hash for short labels (not for security). */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Stable UUIDs for the records of one entity (a child, a family): `ids('pupil')` is the same on
 * every run. The entity's sequence number leads the UUID, so rows written in generation order
 * append to their primary-key index instead of landing on random pages (much faster at 1M rows);
 * the label's hash fills the rest, keeping ids of different record kinds apart.
 */
export function sequentialIds(seed: number, sequence: number, space: string): (label: string) => string {
  const prefix = (fnv1a(`${seed}:${space}`) & 0xffff).toString(16).padStart(4, '0') + (sequence >>> 0).toString(16).padStart(8, '0');
  return (label) => {
    const a = fnv1a(label);
    const b = fnv1a(label, a ^ 0x9e3779b9);
    const c = fnv1a(label, b ^ 0x85ebca6b);
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const tail = `${hex(a)}${hex(b)}${hex(c)}`;
    return `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-4${tail.slice(0, 3)}-${((parseInt(tail[3], 16) & 0x3) | 0x8).toString(16)}${tail.slice(4, 7)}-${tail.slice(7, 19)}`;
  };
}
