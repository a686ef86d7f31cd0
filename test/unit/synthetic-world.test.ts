/**
 * The synthetic world follows Vietnamese practice and keeps its dates in order: every date a record
 * carries lies in the child's life up to the reference date, events follow what they depend on,
 * grades follow the national school-age convention, and growth follows the WHO references.
 */
import { classifyGrowth, DAYS_PER_MONTH, valueAtZ } from '../../src/domain/growth-reference';
import { gradeByAge, openingYearOf, schoolYearOn } from '../../src/domain/school-year';
import { factorApplies, type PupilRiskFeatures } from '../../src/subgraphs/registry/risk/model';
import { RISK_MODEL } from '../../src/subgraphs/registry/risk/config';
import type { Row } from '../../src/synthetic/batch';
import { PREVIOUS_SCHOOL_YEAR, REFERENCE_DATE, SCHOOL_YEAR } from '../../src/synthetic/child-context';
import { generatePopulation } from '../../src/synthetic/generator';
import { DEFAULT_RATES } from '../../src/synthetic/rates';
import type { TruthRecord } from '../../src/synthetic/truth';

const CHILDREN = 20_000;
const REF = REFERENCE_DATE.getTime();
type Tables = Record<string, Row[]>;

const tables: Tables = {};
const truth = new Map<string, TruthRecord>();
const birth = new Map<string, number>();
const sexOf = new Map<string, string>();
/** A record's child: by the record's own id, for every table that points at a subject record. */
const childOf = new Map<string, string>();

beforeAll(() => {
  for (const batch of generatePopulation({ children: CHILDREN, seed: 11, rates: DEFAULT_RATES, batchSize: 5000 })) {
    for (const rows of Object.values(batch.rows)) for (const [table, list] of Object.entries(rows)) (tables[table] ??= []).push(...list);
    for (const t of batch.truth) truth.set(t.childId, t);
  }
  for (const m of tables.MasterChild) {
    birth.set(String(m.id), (m.birthDate as Date).getTime());
    sexOf.set(String(m.id), String(m.sex));
  }
  for (const table of ['Pupil', 'Patient', 'ChildProfile', 'Person', 'BirthRegistration']) for (const r of tables[table]) childOf.set(String(r.id), String(r.childId));
  const via = (table: string, parent: string) => { for (const r of tables[table]) childOf.set(String(r.id), childOf.get(String(r[parent])) ?? ''); };
  via('Enrollment', 'pupilId');
  via('AbandonmentCase', 'profileId');
  via('Adoption', 'birthRegistrationId');
});

/** The child a row belongs to, through the column that points at its parent record. */
const PARENT: Record<string, string> = {
  Person: 'childId', BirthRegistration: 'childId', Pupil: 'childId', Patient: 'childId', ChildProfile: 'childId', MasterChild: 'id',
  Residence: 'personId', Adoption: 'birthRegistrationId', Enrollment: 'pupilId', DropoutFlag: 'enrollmentId',
  Screening: 'patientId', Disability: 'patientId', InsuranceCard: 'patientId', HivStatus: 'patientId',
  SpecialCircumstance: 'profileId', CarePlacement: 'profileId', SupportPayment: 'profileId', AbandonmentCase: 'profileId', ReceptionStep: 'caseId',
};
/** Dates that are not events in the child's life so far: row stamps, deadlines, validity ends. */
const NOT_EVENTS = new Set(['createdAt', 'updatedAt', 'linkedAt', 'syncedAt', 'dueOn', 'validTo', 'birthDate']);

const childOfRow = (table: string, row: Row): string => {
  const parent = PARENT[table];
  return parent === 'childId' || parent === 'id' ? String(row[parent]) : (childOf.get(String(row[parent])) ?? '');
};
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const byKey = <T extends Row>(rows: T[], key: string) => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(String(r[key]), [...(map.get(String(r[key])) ?? []), r]);
  return map;
};

describe('the synthetic world: dates', () => {
  it('dates every event between birth and the reference date, and before the reference date for a child born earlier', () => {
    const wrong: string[] = [];
    for (const [table, parent] of Object.entries(PARENT)) {
      for (const row of tables[table] ?? []) {
        const born = birth.get(childOfRow(table, row));
        if (born === undefined) {
          wrong.push(`${table} ${row.id} (via ${parent}) has no child`);
          continue;
        }
        for (const [column, value] of Object.entries(row)) {
          if (!(value instanceof Date) || NOT_EVENTS.has(column)) continue;
          const at = value.getTime();
          const late = born < REF ? at >= REF : at > REF;
          if (at < born || late) wrong.push(`${table}.${column} ${day(at)} (born ${day(born)})`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('detects a disability before certifying it, and records HIV and certifies disability before the child is identified as such', () => {
    const disabilityOf = new Map(tables.Disability.map((d) => [childOf.get(String(d.patientId)), d]));
    const hivOf = new Map(tables.HivStatus.map((h) => [childOf.get(String(h.patientId)), h]));
    const profileChild = new Map(tables.ChildProfile.map((p) => [String(p.id), String(p.childId)]));
    for (const p of tables.Patient) childOf.set(String(p.id), String(p.childId));
    const wrong: string[] = [];
    for (const d of tables.Disability) {
      if (d.certifiedOn && !((d.certifiedOn as Date) > (d.detectedOn as Date))) wrong.push(`disability ${d.id} certified ${day(+d.certifiedOn)} detected ${day(+d.detectedOn!)}`);
      if ((d.certifiedOn === null) !== (d.certificateLevel === null)) wrong.push(`disability ${d.id}: a level without a certification date or the reverse`);
    }
    const knownToHealth = new Set(tables.Patient.map((p) => String(p.childId)));
    for (const c of tables.SpecialCircumstance) {
      const child = profileChild.get(String(c.profileId));
      if (!knownToHealth.has(child!)) continue;
      const identified = c.identifiedOn as Date;
      if (c.group === 'DISABLED') {
        const certified = disabilityOf.get(child)?.certifiedOn as Date | undefined;
        if (!certified || !(identified > certified)) wrong.push(`DISABLED ${c.id} identified ${day(+identified)} certified ${certified && day(+certified)}`);
      }
      if (c.group === 'LIVING_WITH_HIV') {
        const recorded = hivOf.get(child)?.recordedOn as Date | undefined;
        if (!recorded || !(identified > recorded)) wrong.push(`LIVING_WITH_HIV ${c.id} identified ${day(+identified)} recorded ${recorded && day(+recorded)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(tables.Disability.length).toBeGreaterThan(CHILDREN * 0.02);
  });

  it('pays support and places a child only after the child was identified', () => {
    const circumstances = byKey(tables.SpecialCircumstance, 'profileId');
    const firstIdentified = (profileId: string, groups?: string[]) =>
      Math.min(...(circumstances.get(profileId) ?? []).filter((c) => !groups || groups.includes(String(c.group))).map((c) => (c.identifiedOn as Date).getTime()));
    const early = tables.SupportPayment.filter((p) => !((p.paidOn as Date).getTime() > firstIdentified(String(p.profileId))));
    const placedEarly = tables.CarePlacement.filter((p) => (p.startedOn as Date).getTime() < firstIdentified(String(p.profileId), ['ABANDONED', 'ORPHANED_BOTH_PARENTS', 'WITHOUT_CARER']));
    expect({ early: early.length, placedEarly: placedEarly.length }).toEqual({ early: 0, placedEarly: 0 });
    expect(tables.SupportPayment.length).toBeGreaterThan(100);
  });

  it('keeps enrollments, dropout flags, insurance cards and reception steps in order', () => {
    const enrollments = new Map(tables.Enrollment.map((e) => [String(e.id), e]));
    const cases = new Map(tables.AbandonmentCase.map((c) => [String(c.id), c]));
    const wrong: string[] = [];
    for (const e of tables.Enrollment) {
      if (e.endedOn && !((e.endedOn as Date) > (e.enrolledOn as Date))) wrong.push(`enrollment ${e.id} ends ${day(+e.endedOn)} before it starts`);
      const year = String(e.schoolYear);
      if (schoolYearOn(e.enrolledOn as Date) !== year || (e.endedOn && schoolYearOn(e.endedOn as Date) !== year)) wrong.push(`enrollment ${e.id} of ${year} dated outside it`);
    }
    for (const f of tables.DropoutFlag) {
      const e = enrollments.get(String(f.enrollmentId))!;
      if (!((f.flaggedOn as Date) > (e.enrolledOn as Date)) || (e.endedOn && !((f.flaggedOn as Date) < (e.endedOn as Date)))) wrong.push(`flag ${f.id} outside its enrollment`);
    }
    for (const card of tables.InsuranceCard) if (!((card.validTo as Date) > (card.validFrom as Date))) wrong.push(`insurance ${card.id} valid to ${day(+card.validTo!)} from ${day(+card.validFrom!)}`);
    for (const step of tables.ReceptionStep) {
      if (step.completedOn && (step.completedOn as Date) < (cases.get(String(step.caseId))!.foundAt as Date)) wrong.push(`reception step ${step.id} before the finding`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Age in whole years on the model's reckoning date of `schoolYear`, as risk-sql.ts computes it. */
function ageOnReckoningDate(birthMs: number, schoolYear: string): number {
  const { month, day: dayOfMonth, yearOf } = RISK_MODEL.ageReckonedOn;
  const year = openingYearOf(schoolYear) + (yearOf === 'start' ? 0 : 1);
  const born = new Date(birthMs);
  const beforeBirthday = month - 1 < born.getUTCMonth() || (month - 1 === born.getUTCMonth() && dayOfMonth < born.getUTCDate());
  return year - born.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

describe('the synthetic world: school', () => {
  it('is in the school year of the reference date, the one that opened in September', () => {
    expect(SCHOOL_YEAR).toBe('2026-2027');
    expect(schoolYearOn(REFERENCE_DATE)).toBe(SCHOOL_YEAR);
    expect([...new Set(tables.Enrollment.map((e) => e.schoolYear))].sort()).toEqual([PREVIOUS_SCHOOL_YEAR, SCHOOL_YEAR]);
  });

  it('places pupils by birth year as Vietnamese schools do, and flags only those a grade behind as over age', () => {
    const pupils = new Map(tables.Pupil.map((p) => [String(p.id), String(p.childId)]));
    const misplaced: string[] = [];
    const overAge: string[] = [];
    let checked = 0;
    for (const e of tables.Enrollment.filter((x) => x.schoolYear === SCHOOL_YEAR)) {
      const child = pupils.get(String(e.pupilId))!;
      const repeated = truth.get(child)!.planted.highDropoutRisk?.includes('REPEATED_GRADE') ?? false;
      const byAge = gradeByAge(new Date(birth.get(child)!).getUTCFullYear(), SCHOOL_YEAR);
      const expected = byAge <= 0 ? 0 : byAge - (repeated ? 1 : 0);
      if (e.grade !== expected) misplaced.push(`${child} grade ${e.grade}, expected ${expected}`);
      const features = { grade: Number(e.grade), ageYears: ageOnReckoningDate(birth.get(child)!, SCHOOL_YEAR) } as PupilRiskFeatures;
      if (Number(e.grade) >= 1 && factorApplies('OVER_AGE', features) !== repeated) overAge.push(`${child} grade ${e.grade} born ${day(birth.get(child)!)} repeated ${repeated}`);
      checked++;
    }
    expect({ misplaced: misplaced.slice(0, 5), overAge: overAge.slice(0, 5) }).toEqual({ misplaced: [], overAge: [] });
    expect(checked).toBeGreaterThan(CHILDREN / 2);
  });
});

describe('the synthetic world: growth', () => {
  const screenings = () => tables.Screening.map((s) => {
    const child = childOf.get(String(s.patientId))!;
    const ageMonths = Math.max(0, Math.round(((s.screenedOn as Date).getTime() - birth.get(child)!) / 86_400_000)) / DAYS_PER_MONTH;
    const sex = sexOf.get(child) as 'MALE' | 'FEMALE';
    return { s, sex, ageMonths, bmi: Number(s.weightKg) / (Number(s.heightCm) / 100) ** 2 };
  });

  it('records the status the WHO classification gives the measured height and weight', () => {
    for (const p of tables.Patient) childOf.set(String(p.id), String(p.childId));
    const differ = screenings().filter(({ s, sex, ageMonths }) => classifyGrowth(sex, ageMonths, Number(s.heightCm), Number(s.weightKg)).status !== s.nutritionStatus);
    expect(differ.length).toBe(0);
    const statuses = new Set(tables.Screening.map((s) => s.nutritionStatus));
    expect([...statuses].sort()).toEqual(['NORMAL', 'OVERWEIGHT', 'STUNTED', 'WASTED']);
  });

  it('grows boys and girls apart, near the WHO medians, and stunts a realistic share of under-fives', () => {
    for (const p of tables.Patient) childOf.set(String(p.id), String(p.childId));
    const all = screenings();
    const fourteen = (sex: string) => all.filter((x) => x.sex === sex && x.ageMonths >= 168 && x.ageMonths < 180);
    const meanGap = (rows: ReturnType<typeof screenings>) => rows.reduce((sum, x) => sum + Number(x.s.heightCm) - valueAtZ('HEIGHT', x.sex, x.ageMonths, 0), 0) / rows.length;
    const mean = (rows: ReturnType<typeof screenings>, f: (x: ReturnType<typeof screenings>[number]) => number) => rows.reduce((sum, x) => sum + f(x), 0) / rows.length;
    const boys = fourteen('MALE');
    const girls = fourteen('FEMALE');
    expect(boys.length).toBeGreaterThan(200);
    // Viet Nam's children are shorter than the WHO median on average, by a few centimetres (about
    // half to one standard deviation at 14, where one is ~7.5 cm); a line without sex difference was +6.
    expect(meanGap(boys)).toBeGreaterThan(-8);
    expect(meanGap(boys)).toBeLessThan(0);
    expect(meanGap(girls)).toBeGreaterThan(-8);
    expect(meanGap(girls)).toBeLessThan(0);
    expect(mean(boys, (x) => Number(x.s.heightCm)) - mean(girls, (x) => Number(x.s.heightCm))).toBeGreaterThan(2);
    const underFive = all.filter((x) => x.s.kind === 'PERIODIC' && x.ageMonths < 60);
    const stunted = underFive.filter((x) => x.s.nutritionStatus === 'STUNTED').length / underFive.length;
    expect(stunted).toBeGreaterThan(0.15);
    expect(stunted).toBeLessThan(0.3);
  });

  it('gives wasted school-age children a lower mean BMI than normal ones, and overweight ones a higher', () => {
    for (const p of tables.Patient) childOf.set(String(p.id), String(p.childId));
    const school = screenings().filter((x) => x.ageMonths >= 72);
    const meanBmi = (status: string) => {
      const rows = school.filter((x) => x.s.nutritionStatus === status);
      return rows.reduce((sum, x) => sum + x.bmi, 0) / rows.length;
    };
    expect(meanBmi('WASTED') + 2).toBeLessThan(meanBmi('NORMAL'));
    expect(meanBmi('OVERWEIGHT') - 2).toBeGreaterThan(meanBmi('NORMAL'));
  });
});
