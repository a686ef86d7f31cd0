import { areRegionalForms, isKnownGivenName } from '../domain/given-names';
import { LINKAGE_LIMITS } from './config';
import type { NameForm } from './normalise';

export type NameLevel =
  | 'EXACT'
  | 'FOLDED'
  | 'REORDERED'
  | 'ONE_TYPO'
  | 'ONE_DROPPED'
  | 'TYPO_AND_DROPPED'
  | 'TONE_DIFFERS'
  | 'GIVEN_DIFFERS'
  | 'PARTIAL'
  | 'DISAGREE';

/**
 * Compares two names as sets of words, so order ("Văn An Nguyễn") and spacing ("Rơ Mah" /
 * "Rơmah") do not matter, and a dropped word (often the middle name), one typo in a word and a
 * family name in its other regional form (Hoàng / Huỳnh) are tolerated. What tells two children
 * apart is kept apart:
 * - GIVEN_DIFFERS: the given name (the last word) was replaced by another word: twins, or siblings,
 *   or namesakes in one family, never one child; two common given names one letter apart (Minh /
 *   Linh) are two names, not a typo;
 * - TONE_DIFFERS: the given names agree only without their tone marks (Tám / Tâm) while both
 *   names were written with diacritics: two names, not one;
 * - EXACT means agreement with diacritics; FOLDED, agreement once they are removed (one side was
 *   written without them, or a tone mark differs outside the given name).
 */
export function compareNames(a: NameForm, b: NameForm): NameLevel {
  const at = a.tokens;
  const bt = b.tokens;
  if (at.length === 0 || bt.length === 0) return 'DISAGREE';
  // Same letters, other spacing ("Rơ Mah" / "Rơmah"), or the very same words.
  if (a.joined === b.joined) return sameLettersLevel(a, b);
  const lastA = at.length - 1;
  const lastB = bt.length - 1;
  // Bit masks of matched words (names have a handful of words): no allocation on the hot path.
  let usedB = 0;
  let matchedA = 0;
  let exact = 0;
  let ordered = true;
  let lastMatchedB = -1;
  // The word each given name matched exactly on the other side (-1: none), for the tone check.
  let givenAPartner = -1;
  let givenBPartner = -1;
  for (let i = 0; i < at.length; i++) {
    for (let j = 0; j < bt.length; j++) {
      if (!(usedB & (1 << j)) && at[i] === bt[j]) {
        usedB |= 1 << j;
        matchedA |= 1 << i;
        exact++;
        if (j < lastMatchedB) ordered = false;
        lastMatchedB = j;
        if (i === lastA) givenAPartner = j;
        if (j === lastB) givenBPartner = i;
        break;
      }
    }
  }
  let typos = 0;
  if (exact < at.length && exact < bt.length) {
    for (let i = 0; i < at.length; i++) {
      if (matchedA & (1 << i)) continue;
      for (let j = 0; j < bt.length; j++) {
        if (!(usedB & (1 << j)) && sameWordMisspelt(at[i], bt[j])) {
          usedB |= 1 << j;
          matchedA |= 1 << i;
          typos++;
          break;
        }
      }
    }
  }
  const matched = exact + typos;
  const unmatchedA = at.length - matched;
  const unmatchedB = bt.length - matched;
  const replaced = unmatchedA > 0 && unmatchedB > 0;
  if (replaced && matched > 0 && (!(matchedA & (1 << lastA)) || !(usedB & (1 << lastB)))) return 'GIVEN_DIFFERS';
  if (toneDiffers(a, lastA, b, givenAPartner) || toneDiffers(b, lastB, a, givenBPartner)) return 'TONE_DIFFERS';
  if (!replaced && matched >= 2) {
    const dropped = unmatchedA + unmatchedB;
    if (typos === 0 && dropped === 0) return ordered ? 'FOLDED' : 'REORDERED';
    if (typos === 1 && dropped === 0) return 'ONE_TYPO';
    if (typos === 0 && dropped === 1) return 'ONE_DROPPED';
    if (typos === 1 && dropped === 1) return 'TYPO_AND_DROPPED';
  }
  return exact > 0 ? 'PARTIAL' : 'DISAGREE';
}

/** Names with the same letters: EXACT with the same diacritics, else FOLDED or TONE_DIFFERS. */
function sameLettersLevel(a: NameForm, b: NameForm): NameLevel {
  if (!a.marked || !b.marked) return 'FOLDED';
  const ma = a.marked;
  const mb = b.marked;
  if (ma.join('') === mb.join('')) return 'EXACT';
  const lastA = a.tokens.length - 1;
  const lastB = b.tokens.length - 1;
  if (a.tokens[lastA] === b.tokens[lastB] && ma[lastA] !== mb[lastB]) return 'TONE_DIFFERS';
  return 'FOLDED';
}

/** `x`'s given name (word `given`) matched word `partner` of `y` without diacritics but not with them. */
function toneDiffers(x: NameForm, given: number, y: NameForm, partner: number): boolean {
  return partner >= 0 && x.marked !== null && y.marked !== null && x.marked[given] !== y.marked[partner];
}

/** One word misspelt as another: one typo (unless both are common given names) or a regional form. */
function sameWordMisspelt(a: string, b: string): boolean {
  if (areRegionalForms(a, b)) return true;
  return withinOneEdit(a, b) && !(isKnownGivenName(a) && isKnownGivenName(b));
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
