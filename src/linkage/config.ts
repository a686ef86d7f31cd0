/**
 * Weights and thresholds of the probabilistic record linkage, in one place.
 *
 * Fellegi–Sunter: each compared field contributes log2(m/u) when it agrees at some level and
 * log2((1-m)/(1-u)) when it disagrees, where m is the chance of that outcome for two records of the
 * same child and u for two records of different children. The values below are those logarithms,
 * rounded, from these assumptions (agency data in Viet Nam, checked against the synthetic
 * population's variant rates):
 * - name: m(exact) ≈ 0.9; variants (no diacritics, swapped order, dropped middle name, one typo,
 *   a regional family name) share the rest; u(exact) ≈ 1/1000 among candidates of a block (common
 *   Kinh names), smaller for variants' partial agreement. Agreement with diacritics (EXACT) is
 *   stronger than agreement once they are stripped (FOLDED). Another given name (GIVEN_DIFFERS) or
 *   a name sharing no word (DISAGREE) is almost never one child and is what twins and siblings show:
 *   weighted so that everything else agreeing (date, sex, commune, mother: 27) stays below `lower`.
 *   A given name differing by a tone mark while both sides carry diacritics (TONE_DIFFERS) is two
 *   names (Tám / Tâm): with another mother it falls below `lower`, with the same one a person decides.
 * - date of birth: m(exact) ≈ 0.97, u ≈ 1/5800 (16 birth cohorts); transposed day/month, a few days
 *   off and the same year only are rarer for one child and more common by chance.
 * - commune: m ≈ 0.95 (a child moves), u ≈ 1/3300; another commune of the same province is weaker
 *   evidence against than another province.
 * - mother's name: m(exact) ≈ 0.9, u ≈ 1/300; compared by the same rules (another given name or tone
 *   mark on it is another mother); a different mother is strong evidence against: it is what tells
 *   namesakes (same name and birth date, same commune even) apart. Missing on either side: 0.
 * Scores are sums of these weights (bits). Deterministic: no randomness, ties broken by child id.
 */
export const LINKAGE_WEIGHTS = {
  name: { EXACT: 11, FOLDED: 9, REORDERED: 8, ONE_TYPO: 7, ONE_DROPPED: 7, TYPO_AND_DROPPED: 3, TONE_DIFFERS: -10, GIVEN_DIFFERS: -17, PARTIAL: -3, DISAGREE: -17 },
  birthDate: { EXACT: 12, TRANSPOSED: 6, NEAR: 3, SAME_YEAR: -3, DIFFERENT: -8 },
  sex: { AGREE: 1, DISAGREE: -6 },
  commune: { SAME: 6, SAME_PROVINCE: -3, OTHER_PROVINCE: -5 },
  motherName: { EXACT: 8, CLOSE: 5, PARTIAL: -4, DISAGREE: -12, MISSING: 0 },
  /** Both records carry a valid personal ID and they differ. */
  personalIdConflict: -12,
} as const;

export const LINKAGE_THRESHOLDS = {
  /**
   * At or above: link (method PROBABILISTIC). A child whose every field agrees scores 37; one
   * spelling variant or a date variant still scores 25 or more. Namesakes (same name, birth date
   * and province, other commune, other mother) score 13 to 20 against each other: below this.
   */
  upper: 22,
  /** Below: the record is a child the index does not know (a new master child). Between: review. */
  lower: 12,
  /** A link also needs the runner-up this many bits behind; otherwise a person decides. */
  margin: 5,
} as const;

export const LINKAGE_LIMITS = {
  /** "Within a few days" for dates of birth. */
  nearDays: 3,
  /** At most this many candidates are taken from one block (keeps the work per record bounded). */
  maxBlockCandidates: 400,
  /** Candidates kept on a review item. */
  reviewCandidates: 5,
  /** Shortest token a typo is looked for in (shorter tokens must agree exactly). */
  typoMinLength: 3,
} as const;
