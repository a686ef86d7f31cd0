/**
 * Rates of the synthetic population. Base rates are rounded from public figures (cited) so the data
 * looks like the real thing; "planted" rates are the known answers tests and benchmarks check the
 * hub against, set high enough that a 1,000-child population holds a few of each. All data is
 * synthetic: no real child is described.
 */
export interface Rates {
  /** Children per household: 1, 2, 3 (MICS 2020-21 household size). */
  siblings: [number, number, number];
  /** No birth registration although health or education knows the child (MICS 2021: ~2% unregistered under 5, more among minorities). */
  noBirthRegistration: number;
  /** Registered after the 60-day deadline (Law on Civil Status 2014, art. 15). */
  lateRegistration: number;
  /** No personal ID number although registered (bulk issuance since 2022 reached most children). */
  missingPersonalId: number;
  /** A personal ID whose sex or birth-year digits contradict the record. */
  inconsistentPersonalId: number;
  /** No residence registration with the police. */
  noResidenceRegistration: number;
  /** Abandoned children (a few thousand a year nationally). */
  abandoned: number;
  /** Of abandoned children, the share whose legal file is late or stuck. */
  abandonedIncomplete: number;
  /** Adoption cases; of them, the share approved but never registered. */
  adoption: number;
  adoptionNotRegistered: number;
  /** A second child elsewhere in the province with the same name and date of birth. */
  namesake: number;
  /**
   * Twin deliveries among births: about 1.2% of deliveries worldwide (Monden, Pison and Smits,
   * Human Reproduction 2021), fewer in Asia; 1.5% here so that linkage meets enough twins.
   */
  twins: number;
  /** Triplet deliveries: about 1 in 8,000 naturally (Hellin's law); raised so 20,000 children hold a few sets. */
  triplets: number;
  /**
   * Lookalikes planted by the next family, per family (a lookalike is an ordinary child of its own
   * family and mother): the same full name, sex and birth year in the same commune; the same full
   * name in a cousin's family of the commune (born within two years); the same birth date, sex,
   * commune, family and middle name with a given name one tone mark apart (Tâm / Tám), or with
   * another given name. Rare in reality, set so that 20,000 children hold a few tens of each.
   */
  namesakeSameCommune: number;
  namesakeSameFamily: number;
  toneMarkLookalike: number;
  givenNameLookalike: number;
  /** Agency records (pupil, patient, profile) that carry no personal ID number. */
  agencyRecordWithoutPersonalId: number;
  /** Agency records whose name is spelled differently from the population registry. */
  nameVariant: number;
  /** Agency records whose date of birth is off (day and month transposed, a few days off, or only the year right). */
  birthDateVariant: number;
  /**
   * Agency records of children aged two or more entered late, after the family moved to another commune
   * (most moves stay in the province): the record carries the new commune, the registry the old one.
   */
  lateMovedRecord: number;
  /** Pupils aged 11-15 planted at high dropout risk, with their causes. */
  highDropoutRisk: number;
  /** Disability among children (UNICEF Viet Nam 2018: 2.8% of children 2-17). */
  disability: number;
  /** Children living with HIV (a few thousand nationally). */
  hiv: number;
  /** Stunting among under-fives (NIN 2020: ~19.6%; higher among minorities). */
  stunting: number;
  /** Orphaned of both parents, without a carer. */
  orphaned: number;
  withoutCarer: number;
  /** Sensitive groups: violence, sexual abuse, trafficking, conflict with the law. */
  sensitiveCircumstance: number;
}

export const DEFAULT_RATES: Rates = {
  siblings: [0.45, 0.42, 0.13],
  noBirthRegistration: 0.015,
  lateRegistration: 0.08,
  missingPersonalId: 0.02,
  inconsistentPersonalId: 0.003,
  noResidenceRegistration: 0.02,
  abandoned: 0.002,
  abandonedIncomplete: 0.5,
  adoption: 0.002,
  adoptionNotRegistered: 0.3,
  namesake: 0.005,
  twins: 0.015,
  triplets: 0.0005,
  namesakeSameCommune: 0.003,
  namesakeSameFamily: 0.003,
  toneMarkLookalike: 0.003,
  givenNameLookalike: 0.003,
  agencyRecordWithoutPersonalId: 0.15,
  nameVariant: 0.12,
  birthDateVariant: 0.03,
  lateMovedRecord: 0.03,
  highDropoutRisk: 0.03,
  disability: 0.028,
  hiv: 0.0005,
  stunting: 0.19,
  orphaned: 0.002,
  withoutCarer: 0.001,
  sensitiveCircumstance: 0.001,
};

/** Overrides from `--rates '{"abandoned":0.01}'`, checked against the known keys. */
export function parseRates(json: string | undefined): Rates {
  if (!json) return DEFAULT_RATES;
  const overrides: unknown = JSON.parse(json);
  if (!overrides || typeof overrides !== 'object' || Array.isArray(overrides)) throw new Error('--rates must be a JSON object');
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_RATES)) throw new Error(`unknown rate "${key}"; known: ${Object.keys(DEFAULT_RATES).join(', ')}`);
    const ok = key === 'siblings' ? Array.isArray(value) && value.length === 3 : typeof value === 'number' && value >= 0 && value <= 1;
    if (!ok) throw new Error(`rate "${key}" must be ${key === 'siblings' ? 'three shares' : 'a number from 0 to 1'}`);
  }
  return { ...DEFAULT_RATES, ...(overrides as Partial<Rates>) };
}
