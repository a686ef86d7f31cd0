import { contradictsRecord } from '../../src/domain/personal-id';
import { foldVietnamese } from '../../src/domain/vietnamese';
import type { Row } from '../../src/synthetic/batch';
import { generatePopulation } from '../../src/synthetic/generator';
import { DEFAULT_RATES } from '../../src/synthetic/rates';
import type { LookalikeKind, TruthRecord } from '../../src/synthetic/truth';

/** What the assertions read of a generated population; the rest of each batch is dropped as it comes. */
interface Population {
  truth: Map<string, TruthRecord>;
  motherOf: Map<string, string | null>;
  fatherOf: Map<string, string>;
  householdOf: Map<string, string>;
  /** Agency subject records by id: the fields a record's hard case claims to differ in. */
  records: Map<string, { fullName: string | null; communeCode: string | null; personalId: string | null }>;
}

function generate(children: number, seed: number, batchSize = 2000): Population {
  const population: Population = { truth: new Map(), motherOf: new Map(), fatherOf: new Map(), householdOf: new Map(), records: new Map() };
  const personChild = new Map<string, string>();
  const str = (row: Row, key: string) => (row[key] ?? null) as string | null;
  for (const batch of generatePopulation({ children, seed, rates: DEFAULT_RATES, batchSize })) {
    for (const t of batch.truth) population.truth.set(t.childId, t);
    const { registry, identity, civil, education, health, protection } = batch.rows;
    for (const m of registry.MasterChild) population.motherOf.set(str(m, 'id')!, str(m, 'motherName'));
    for (const m of identity.HouseholdMember) if (m.childId) population.householdOf.set(str(m, 'childId')!, str(m, 'householdId')!);
    for (const p of identity.Person) personChild.set(str(p, 'id')!, str(p, 'childId')!);
    for (const g of identity.Guardian) if (g.relationship === 'FATHER') population.fatherOf.set(personChild.get(str(g, 'personId')!)!, str(g, 'fullName')!);
    for (const b of civil.BirthRegistration) if (b.fatherName) population.fatherOf.set(str(b, 'childId')!, str(b, 'fatherName')!);
    for (const r of [...education.Pupil, ...health.Patient, ...protection.ChildProfile]) {
      population.records.set(str(r, 'id')!, { fullName: str(r, 'fullName'), communeCode: str(r, 'communeCode'), personalId: str(r, 'personalId') });
    }
    for (const r of [...identity.Person, ...civil.BirthRegistration]) population.records.set(str(r, 'id')!, { fullName: str(r, 'fullName'), communeCode: null, personalId: str(r, 'personalId') });
  }
  return population;
}

const words = (name: string) => name.split(' ');
const givenOf = (name: string) => words(name).at(-1)!;
const daysApart = (a: TruthRecord, b: TruthRecord) => Math.abs(Date.parse(a.birthDate) - Date.parse(b.birthDate)) / 86_400_000;
const KINDS: LookalikeKind[] = ['TWIN', 'TRIPLET', 'NAMESAKE_SAME_COMMUNE', 'NAMESAKE_SAME_FAMILY', 'TONE_MARK', 'GIVEN_NAME'];
const REGIONAL: Record<string, string> = { Hoàng: 'Huỳnh', Huỳnh: 'Hoàng', Vũ: 'Võ', Võ: 'Vũ' };

describe('a synthetic population of 20,000 children', () => {
  let p: Population;
  const pairs = (kind: LookalikeKind) =>
    [...p.truth.values()].flatMap((a) => (a.planted.lookalikes ?? []).filter((l) => l.kind === kind && a.childId < l.childId).map((l) => [a, p.truth.get(l.childId)!] as const));
  const records = () => [...p.truth.values()].flatMap((t) => t.records.map((r) => ({ truth: t, record: r, row: p.records.get(r.id)! })));

  beforeAll(() => {
    p = generate(20_000, 7);
  });

  it('never names a child after the father (full name or given name)', () => {
    const fathered = [...p.truth.values()].filter((t) => p.fatherOf.has(t.childId));
    expect(fathered.length).toBeGreaterThan(18_000);
    expect(fathered.filter((t) => p.fatherOf.get(t.childId) === t.fullName)).toEqual([]);
    expect(fathered.filter((t) => givenOf(p.fatherOf.get(t.childId)!) === givenOf(t.fullName)).map((t) => [t.fullName, p.fatherOf.get(t.childId)])).toEqual([]);
  });

  it('gives siblings different given names and births at least nine months apart, twins apart', () => {
    const households = new Map<string, TruthRecord[]>();
    for (const [childId, household] of p.householdOf) households.set(household, [...(households.get(household) ?? []), p.truth.get(childId)!]);
    let siblingPairs = 0;
    const clashes: string[][] = [];
    for (const members of households.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const [a, b] = [members[i], members[j]];
          siblingPairs++;
          const multiple = a.planted.lookalikes?.some((l) => l.childId === b.childId && (l.kind === 'TWIN' || l.kind === 'TRIPLET'));
          if (givenOf(a.fullName) === givenOf(b.fullName) || (!multiple && daysApart(a, b) < 274)) clashes.push([a.fullName, a.birthDate, b.fullName, b.birthDate]);
        }
      }
    }
    expect(siblingPairs).toBeGreaterThan(5000);
    expect(clashes).toEqual([]);
  });

  it('plants every kind of lookalike, listed by both children', () => {
    for (const kind of KINDS) expect({ kind, pairs: pairs(kind).length >= 10 }).toEqual({ kind, pairs: true });
    for (const a of p.truth.values()) {
      for (const l of a.planted.lookalikes ?? []) {
        const b = p.truth.get(l.childId);
        expect({ kind: l.kind, back: b?.planted.lookalikes?.some((x) => x.kind === l.kind && x.childId === a.childId) }).toEqual({ kind: l.kind, back: true });
      }
    }
  });

  it('makes twins and triplets children of one delivery: one date, one mother, one family name, other given names', () => {
    for (const [a, b] of [...pairs('TWIN'), ...pairs('TRIPLET')]) {
      expect({ date: b.birthDate, mother: p.motherOf.get(b.childId), family: words(b.fullName)[0], commune: b.communeCode }).toEqual({ date: a.birthDate, mother: p.motherOf.get(a.childId), family: words(a.fullName)[0], commune: a.communeCode });
      expect(p.motherOf.get(a.childId)).not.toBeNull();
      expect(givenOf(a.fullName)).not.toBe(givenOf(b.fullName));
    }
    for (const t of p.truth.values()) {
      const triplets = (t.planted.lookalikes ?? []).filter((l) => l.kind === 'TRIPLET').length;
      expect([0, 2]).toContain(triplets);
    }
  });

  it('makes the other lookalikes children of another mother in the same commune, differing as their kind says', () => {
    const sameCommuneOtherMother = (a: TruthRecord, b: TruthRecord) => {
      expect({ commune: b.communeCode, sex: b.sex }).toEqual({ commune: a.communeCode, sex: a.sex });
      expect(p.motherOf.get(b.childId)).not.toBe(p.motherOf.get(a.childId));
    };
    for (const [a, b] of pairs('NAMESAKE_SAME_COMMUNE')) {
      sameCommuneOtherMother(a, b);
      expect({ name: b.fullName, year: b.birthDate.slice(0, 4) }).toEqual({ name: a.fullName, year: a.birthDate.slice(0, 4) });
    }
    for (const [a, b] of pairs('NAMESAKE_SAME_FAMILY')) {
      sameCommuneOtherMother(a, b);
      expect(b.fullName).toBe(a.fullName);
      expect(daysApart(a, b)).toBeLessThanOrEqual(731);
    }
    for (const [a, b] of pairs('TONE_MARK')) {
      sameCommuneOtherMother(a, b);
      expect(b.birthDate).toBe(a.birthDate);
      expect(words(b.fullName).slice(0, -1)).toEqual(words(a.fullName).slice(0, -1));
      expect(givenOf(b.fullName)).not.toBe(givenOf(a.fullName));
      expect(foldVietnamese(b.fullName)).toBe(foldVietnamese(a.fullName));
    }
    for (const [a, b] of pairs('GIVEN_NAME')) {
      sameCommuneOtherMother(a, b);
      expect(b.birthDate).toBe(a.birthDate);
      // Family and middle name alike (Khmer given names have two words and no middle name).
      expect(words(b.fullName)[0]).toBe(words(a.fullName)[0]);
      if (a.ethnicity === 'Kinh') expect(words(b.fullName)[1]).toBe(words(a.fullName)[1]);
      expect(givenOf(b.fullName)).not.toBe(givenOf(a.fullName));
    }
  });

  it('writes regional spellings, records entered after a move and copies of a contradicting personal ID as it says', () => {
    const all = records();
    const regional = all.filter((r) => r.record.hardCases?.includes('REGIONAL_SPELLING'));
    expect(regional.length).toBeGreaterThanOrEqual(10);
    for (const { truth, record, row } of regional) {
      expect(record.nameVariant).toBe('REGIONAL_SPELLING');
      expect(words(row.fullName!)).toEqual([REGIONAL[words(truth.fullName)[0]], ...words(truth.fullName).slice(1)]);
    }

    const withCommune = all.filter((r) => r.row.communeCode !== null);
    const moved = withCommune.filter((r) => r.record.hardCases?.includes('LATE_MOVED'));
    expect(moved.length).toBeGreaterThanOrEqual(10);
    expect(moved.every((r) => Date.parse(r.truth.birthDate) < Date.UTC(2024, 10, 1))).toBe(true);
    // The record's commune differs from the child's exactly when it says it was entered after a move.
    expect(withCommune.filter((r) => (r.row.communeCode !== r.truth.communeCode) !== Boolean(r.record.hardCases?.includes('LATE_MOVED')))).toEqual([]);

    const withId = all.filter((r) => r.row.personalId !== null);
    const mismatched = withId.filter((r) => r.record.hardCases?.includes('IDENTITY_MISMATCH'));
    expect(mismatched.length).toBeGreaterThanOrEqual(10);
    expect(withId.filter((r) => contradictsRecord(r.row.personalId!, r.truth.sex, Number(r.truth.birthDate.slice(0, 4))) !== Boolean(r.record.hardCases?.includes('IDENTITY_MISMATCH')))).toEqual([]);
  });

  it('gives a fair share of the records without a personal ID a spelling or date variant', () => {
    const identityRecords = records().filter((r) => r.row.communeCode !== null && !r.record.hasPersonalId);
    const varied = identityRecords.filter((r) => r.record.nameVariant || r.record.birthDateVariant).length / identityRecords.length;
    expect(varied).toBeGreaterThan(0.12);
    expect(varied).toBeLessThan(0.2);
  });

  it('generates the same children whatever the batch size', () => {
    const lines = (batchSize: number) => [...generate(3000, 7, batchSize).truth.values()].map((t) => JSON.stringify(t));
    expect(lines(250)).toEqual(lines(3000));
  });
});
