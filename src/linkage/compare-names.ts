import { LINKAGE_LIMITS } from './config';

export type NameLevel = 'EXACT' | 'REORDERED' | 'ONE_TYPO' | 'ONE_DROPPED' | 'TYPO_AND_DROPPED' | 'PARTIAL' | 'DISAGREE';

/**
 * Compares two folded names as sets of words, so order ("Văn An Nguyễn") and spacing ("Rơ Mah" /
 * "Rơmah") do not matter, a dropped word (often the middle name) and one typo in a word are
 * tolerated, and a replaced word (a sibling's given name) is not.
 */
export function compareNames(a: readonly string[], b: readonly string[], aJoined = a.join(''), bJoined = b.join('')): NameLevel {
  if (a.length === 0 || b.length === 0) return 'DISAGREE';
  // Same letters, other spacing ("Rơ Mah" / "Rơmah"), or the very same words.
  if (aJoined === bJoined) return 'EXACT';
  // Bit masks of matched words (names have a handful of words): no allocation on the hot path.
  let usedB = 0;
  let matchedA = 0;
  let exact = 0;
  let ordered = true;
  let lastB = -1;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (!(usedB & (1 << j)) && a[i] === b[j]) {
        usedB |= 1 << j;
        matchedA |= 1 << i;
        exact++;
        if (j < lastB) ordered = false;
        lastB = j;
        break;
      }
    }
  }
  let typos = 0;
  if (exact < a.length && exact < b.length) {
    for (let i = 0; i < a.length; i++) {
      if (matchedA & (1 << i)) continue;
      for (let j = 0; j < b.length; j++) {
        if (!(usedB & (1 << j)) && withinOneEdit(a[i], b[j])) {
          usedB |= 1 << j;
          matchedA |= 1 << i;
          typos++;
          break;
        }
      }
    }
  }
  const matched = exact + typos;
  const unmatchedA = a.length - matched;
  const unmatchedB = b.length - matched;
  const replaced = unmatchedA > 0 && unmatchedB > 0;
  if (!replaced && matched >= 2) {
    const dropped = unmatchedA + unmatchedB;
    if (typos === 0 && dropped === 0) return ordered ? 'EXACT' : 'REORDERED';
    if (typos === 1 && dropped === 0) return 'ONE_TYPO';
    if (typos === 0 && dropped === 1) return 'ONE_DROPPED';
    if (typos === 1 && dropped === 1) return 'TYPO_AND_DROPPED';
  }
  return exact > 0 ? 'PARTIAL' : 'DISAGREE';
}

/**
 * One substitution, insertion, deletion or swap of neighbouring letters (optimal string alignment
 * distance ≤ 1), in words long enough that this is a typo rather than another word.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la < LINKAGE_LIMITS.typoMinLength || lb < LINKAGE_LIMITS.typoMinLength || Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  // Compares the tails in place (no substrings: this runs for every candidate of a block).
  const tailsEqual = (from: number, to: number) => {
    for (let x = from, y = to; x < la || y < lb; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
    return true;
  };
  if (la === lb) {
    if (tailsEqual(i + 1, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailsEqual(i + 2, i + 2);
  }
  return la > lb ? tailsEqual(i + 1, i) : tailsEqual(i, i + 1);
}
