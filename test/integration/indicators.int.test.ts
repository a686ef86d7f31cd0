import { SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../src/auth/policy';
import { communeOf } from '../../src/domain/admin-units';
import { currentSchoolYear } from '../../src/shared/as-of';
import { COUNT_NAMES } from '../../src/subgraphs/registry/indicators/counts';
import { startTestStack, type TestStack } from './harness';

/**
 * The indicators against a recomputation from the agencies' own databases (never the registry's
 * facts, derived lists or SQL): per child, what each agency's records say on the hub's today, and
 * the children's communes from the master index. Every published cell must equal it; every cell
 * with a count under 5 must be suppressed.
 */
const TODAY = process.env.CHILDGRAPH_AS_OF!;
const CURRENT_SCHOOL_YEAR = currentSchoolYear();
const DAY = 86_400_000;
const PROVINCES = ['04', '11'];
const days = (a: Date, b: Date) => Math.round((a.getTime() - b.getTime()) / DAY);

type Flags = Record<string, boolean>;
interface ChildFacts { commune: string; province: string; sex: string; flags: Flags; daysToRegistration: number | null; groups: string[] }

let stack: TestStack;
let children: ChildFacts[];

beforeAll(async () => {
  stack = await startTestStack('indicators', 2500, { abandoned: 0.04 }, { provinces: PROVINCES });
  await stack.refreshHub();
  children = await recompute();
});
afterAll(() => stack?.close());

function ageOn(birth: Date, day: Date): number {
  let age = day.getUTCFullYear() - birth.getUTCFullYear();
  if (day.getUTCMonth() < birth.getUTCMonth() || (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate())) age -= 1;
  return age;
}

/** Every child's flags, from the agency databases alone. */
async function recompute(): Promise<ChildFacts[]> {
  const today = new Date(`${TODAY}T00:00:00Z`);
  const { registry, civil, identity, health, protection } = stack.dbs;
  const byChild = <T extends { childId: string | null }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) if (row.childId) map.set(row.childId, [...(map.get(row.childId) ?? []), row]);
    return map;
  };
  const births = byChild(await civil.birthRegistration.findMany());
  const persons = byChild(await identity.person.findMany({ include: { residences: true } }));
  const patients = byChild(await health.patient.findMany({ include: { screenings: true, insuranceCards: true } }));
  const profiles = byChild(await protection.childProfile.findMany({ include: { specialCircumstances: true, carePlacements: true, supportPayments: true, abandonmentCase: { include: { steps: true } } } }));
  const pupils = byChild(await stack.dbs.education.pupil.findMany({ include: { enrollments: true } }));
  const highRisk = new Set((await registry.dropoutRisk.findMany({ where: { level: 'HIGH' } })).map((r) => r.childId));
  // The school year of the lists: the current one (the pin's) once any enrollment of it exists, else the one before.
  const years = new Set([...pupils.values()].flat().flatMap((p) => p.enrollments.map((e) => e.schoolYear)));
  const schoolYear = years.has(CURRENT_SCHOOL_YEAR) ? CURRENT_SCHOOL_YEAR : [...years].filter((y) => y < CURRENT_SCHOOL_YEAR).sort().at(-1)!;
  const reckonedOn = new Date(Date.UTC(Number(schoolYear.slice(0, 4)), 11, 31));
  const masters = await registry.masterChild.findMany();
  return masters.flatMap((m): ChildFacts[] => {
    const age = ageOn(m.birthDate, today);
    if (m.birthDate > today || age > 17) return [];
    const profile = profiles.get(m.id) ?? [];
    const cases = profile.flatMap((p) => (p.abandonmentCase && p.abandonmentCase.foundAt <= today ? [p.abandonmentCase] : []));
    const placement = profile.flatMap((p) => p.carePlacements).sort((a, b) => b.startedOn.getTime() - a.startedOn.getTime())[0];
    const inCare = !!placement && placement.startedOn <= today && (placement.endedOn === null || placement.endedOn > today);
    const registration = (births.get(m.id) ?? []).sort((a, b) => a.registeredOn.getTime() - b.registeredOn.getTime())[0];
    const records = [...(births.get(m.id) ?? []), ...(persons.get(m.id) ?? []), ...(patients.get(m.id) ?? []), ...profile, ...(pupils.get(m.id) ?? [])];
    const hasPid = m.personalId !== null || records.some((r) => r.personalId !== null);
    const permanent = (persons.get(m.id) ?? []).some((p) => p.residences.some((r) => r.kind === 'PERMANENT' && (r.endedOn === null || r.endedOn > today)));
    const legalSteps = cases.flatMap((c) =>
      (['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'] as const).map((step) => {
        const found = c.steps.find((s) => s.step === step);
        const defaultDue = new Date(c.foundAt.getTime() + (step === 'BIRTH_REGISTRATION' ? 40 : 50) * DAY);
        return { due: found?.dueOn ?? defaultDue, done: found?.completedOn ?? null };
      }),
    );
    const special = profile.some((p) => p.specialCircumstances.some((s) => s.endedOn === null));
    const lastPaid = profile.flatMap((p) => p.supportPayments.map((s) => s.paidOn.getTime())).sort().at(-1);
    const screenings = (patients.get(m.id) ?? []).flatMap((p) => p.screenings.map((s) => s.screenedOn.getTime()));
    const insured = (patients.get(m.id) ?? []).some((p) => p.insuranceCards.some((c) => c.validFrom <= today && c.validTo >= today));
    const abandoned = cases.length > 0;
    const birthRegDone = cases.flatMap((c) => c.steps.filter((s) => s.step === 'BIRTH_REGISTRATION' && s.completedOn).map((s) => s.completedOn!))[0];
    const registeredOn = birthRegDone ?? registration?.registeredOn;
    const foundOn = abandoned ? new Date(`${cases[0].foundAt.toISOString().slice(0, 10)}T00:00:00Z`) : null;
    const daysToRegistration = foundOn && registeredOn ? Math.max(0, days(registeredOn, foundOn)) : null;
    const flags: Flags = {
      children: true,
      abandoned,
      abandonedInCare: abandoned && inCare,
      abandonedLegalFileComplete: abandoned && !!registration && hasPid && permanent,
      abandonedStepsOverdue: abandoned && legalSteps.some((s) => s.done === null && s.due < today),
      abandonedBirthRegistered: daysToRegistration !== null,
      specialCircumstances: special,
      specialSupported: special && (inCare || (lastPaid !== undefined && lastPaid > today.getTime() - 92 * DAY)),
      birthRegistered: !!registration,
      registeredOnTime: !!registration && days(registration.registeredOn, m.birthDate) <= 60,
      registeredLate: !!registration && days(registration.registeredOn, m.birthDate) > 60,
      withPersonalId: hasPid,
      screenedLast12Months: screenings.some((t) => t > today.getTime() - 365 * DAY),
      underSix: age < 6,
      underSixInsured: age < 6 && insured,
      ...schooling(m.birthDate),
      highDropoutRisk: highRisk.has(m.id),
    };
    function schooling(birthDate: Date): Flags {
      const thisYear = (pupils.get(m.id) ?? []).flatMap((p) => p.enrollments.filter((e) => e.schoolYear === schoolYear));
      const compulsoryAge = ageOn(birthDate, reckonedOn) >= 6 && ageOn(birthDate, reckonedOn) <= 14;
      return {
        compulsoryAge,
        outOfSchool: compulsoryAge && !thisYear.some((e) => e.status === 'ENROLLED' || e.status === 'COMPLETED'),
        enrolled: thisYear.length > 0,
        droppedOut: thisYear.some((e) => e.status === 'DROPPED_OUT'),
      };
    }
    const active = profile.flatMap((p) => p.specialCircumstances.filter((c) => c.endedOn === null).map((c) => c.group as string));
    const groups = [...new Set(active.map((g) => (SENSITIVE_CIRCUMSTANCE_GROUPS.includes(g) ? 'SENSITIVE' : g)))];
    return [{ commune: m.communeCode, province: m.provinceCode, sex: m.sex, flags, daysToRegistration, groups }];
  });
}

const QUERY = `query Indicators($filter: IndicatorFilter, $disaggregate: [IndicatorDimension!], $indicators: [IndicatorId!]) {
  indicators(filter: $filter, disaggregate: $disaggregate, indicators: $indicators) {
    asOf tables { indicator { id unit } dimension cells { areaCode areaLevel category numerator denominator value suppressed } }
  }
}`;

interface Cell { areaCode: string; areaLevel: string; category: string | null; numerator: number | null; denominator: number | null; value: number | null; suppressed: boolean }

async function indicators(variables: Record<string, unknown>, agency = 'ANALYTICS') {
  const { body } = await stack.post({ query: QUERY, variables }, { token: await stack.token(agency as never) });
  expect(body.errors).toBeUndefined();
  return body.data!.indicators as { asOf: string; tables: { indicator: { id: string; unit: string }; dimension: string | null; cells: Cell[] }[] };
}

const COUNTS_OF: Record<string, [string | null, string]> = {
  ABANDONED_IN_ALTERNATIVE_CARE: ['abandonedInCare', 'abandoned'],
  ABANDONED_LEGAL_FILE_COMPLETE: ['abandonedLegalFileComplete', 'abandoned'],
  ABANDONED_DAYS_TO_BIRTH_REGISTRATION: [null, 'abandonedBirthRegistered'],
  ABANDONED_STEPS_OVERDUE: ['abandonedStepsOverdue', 'abandoned'],
  SPECIAL_CIRCUMSTANCES_SUPPORTED: ['specialSupported', 'specialCircumstances'],
  BIRTH_REGISTERED_ON_TIME: ['registeredOnTime', 'birthRegistered'],
  BIRTH_REGISTERED_LATE: ['registeredLate', 'birthRegistered'],
  BIRTH_REGISTRATION_COVERAGE: ['birthRegistered', 'children'],
  PERSONAL_ID_COVERAGE: ['withPersonalId', 'children'],
  SCREENED_LAST_12_MONTHS: ['screenedLast12Months', 'children'],
  UNDER_SIX_INSURED: ['underSixInsured', 'underSix'],
  OUT_OF_SCHOOL: ['outOfSchool', 'compulsoryAge'],
  DROPOUT_RATE: ['droppedOut', 'enrolled'],
  HIGH_DROPOUT_RISK: ['highDropoutRisk', 'enrolled'],
};

function inCell(child: ChildFacts, cell: Cell): boolean {
  const inArea = cell.areaLevel === 'COUNTRY' || (cell.areaLevel === 'PROVINCE' ? child.province === cell.areaCode : child.commune === cell.areaCode);
  return inArea && (cell.category === null || cell.category === child.sex || child.groups.includes(cell.category));
}

/** Checks every cell of every recomputed indicator; returns how many cells were published. */
function check(tables: Awaited<ReturnType<typeof indicators>>['tables']): number {
  let published = 0;
  for (const table of tables) {
    const counts = COUNTS_OF[table.indicator.id];
    if (!counts) continue;
    const [numerator, denominator] = counts;
    for (const cell of table.cells) {
      const members = children.filter((c) => inCell(c, cell));
      const expectedDen = members.filter((c) => c.flags[denominator]).length;
      const expectedNum = numerator ? members.filter((c) => c.flags[numerator]).length : null;
      const label = `${table.indicator.id} ${cell.areaCode} ${cell.category ?? ''}`;
      if (expectedDen < 5 || (expectedNum !== null && expectedNum < 5)) expect({ label, suppressed: cell.suppressed }).toEqual({ label, suppressed: true });
      if (cell.suppressed) {
        // The rate goes with either count; a count published elsewhere may stay.
        expect({ label, value: cell.value, oneCountWithheld: cell.numerator === null || cell.denominator === null }).toEqual({ label, value: null, oneCountWithheld: true });
        if (cell.numerator !== null) expect({ label, numerator: cell.numerator }).toEqual({ label, numerator: expectedNum });
        if (cell.denominator !== null) expect({ label, denominator: cell.denominator }).toEqual({ label, denominator: expectedDen });
        continue;
      }
      published += 1;
      expect({ label, numerator: cell.numerator, denominator: cell.denominator }).toEqual({ label, numerator: expectedNum, denominator: expectedDen });
      if (table.indicator.unit === 'MEDIAN_DAYS') {
        const sorted = members.flatMap((c) => (c.daysToRegistration === null ? [] : [c.daysToRegistration])).sort((a, b) => a - b);
        expect({ label, value: cell.value }).toEqual({ label, value: sorted[Math.ceil(sorted.length / 2) - 1] });
      } else {
        expect({ label, value: cell.value }).toEqual({ label, value: expectedDen === 0 ? null : Math.round((1000 * expectedNum!) / expectedDen) / 10 });
      }
    }
  }
  return published;
}

describe('indicators', () => {
  test('the country by province equals the recomputation from the agencies', async () => {
    const report = await indicators({ disaggregate: ['PROVINCE'] });
    expect(report.asOf).toBe(TODAY);
    // Every indicator of the catalogue is recomputed here.
    expect(report.tables.map((t) => t.indicator.id).sort()).toEqual(Object.keys(COUNTS_OF).sort());
    expect(check(report.tables)).toBeGreaterThan(30);
  });

  test('a province by commune, and by commune and sex, equal it too', async () => {
    const byCommune = await indicators({ filter: { provinceCode: PROVINCES[0] }, disaggregate: ['COMMUNE'] });
    expect(check(byCommune.tables)).toBeGreaterThan(30);
    const bySex = await indicators({ filter: { provinceCode: PROVINCES[0] }, disaggregate: ['COMMUNE', 'SEX'] });
    expect(check(bySex.tables)).toBeGreaterThan(30);
  });

  test('one commune equals it, and a cell is the same in every query that shows it', async () => {
    const commune = children.filter((c) => c.province === PROVINCES[1])[0].commune;
    const alone = await indicators({ filter: { communeCode: commune } });
    check(alone.tables);
    const inProvince = await indicators({ filter: { provinceCode: communeOf(commune)!.provinceCode }, disaggregate: ['COMMUNE'] });
    for (const table of alone.tables) {
      const other = inProvince.tables.find((t) => t.indicator.id === table.indicator.id)!;
      expect(other.cells.find((c) => c.areaCode === commune && c.category === null)).toEqual(table.cells[0]);
    }
  });

  test('by Article 10 group: each group equals it, the sensitive ones only together', async () => {
    const report = await indicators({ disaggregate: ['PROVINCE', 'CIRCUMSTANCE_GROUP'] }, 'SOCIAL');
    expect(report.tables.map((t) => [t.indicator.id, t.dimension])).toEqual([['SPECIAL_CIRCUMSTANCES_SUPPORTED', 'CIRCUMSTANCE_GROUP']]);
    const categories = new Set(report.tables[0].cells.map((c) => c.category));
    for (const group of SENSITIVE_CIRCUMSTANCE_GROUPS) expect(categories.has(group)).toBe(false);
    expect(categories.has('SENSITIVE')).toBe(true);
    check(report.tables);
    expect(report.tables[0].cells.filter((c) => c.category !== null && !c.suppressed).length).toBeGreaterThan(3);
  });

  test('a reporting year gives its latest values', async () => {
    const report = await indicators({ filter: { provinceCode: PROVINCES[0], year: Number(TODAY.slice(0, 4)) }, indicators: ['PERSONAL_ID_COVERAGE'] });
    expect(report.asOf).toBe(TODAY);
    check(report.tables);
  });

  test('the cube and the snapshot keep one column per count', async () => {
    for (const table of ['IndicatorCube', 'IndicatorSnapshot']) {
      const columns = await stack.dbs.registry.$queryRawUnsafe<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'registry' AND table_name = $1`,
        table,
      );
      expect(columns.map((c) => c.column_name)).toEqual(expect.arrayContaining(COUNT_NAMES));
    }
  });

  test('bad requests are refused with the reason', async () => {
    const ask = async (variables: Record<string, unknown>, agency = 'ANALYTICS', jurisdiction?: string) => {
      const { body } = await stack.post({ query: QUERY, variables }, { token: await stack.token(agency as never, jurisdiction ? { jurisdiction } : {}) });
      return body.errors?.[0]?.message ?? '';
    };
    expect(await ask({ disaggregate: ['SEX', 'AGE_BAND'] })).toMatch(/at most one area level/);
    expect(await ask({ filter: { provinceCode: '04' }, disaggregate: ['PROVINCE'] })).toMatch(/PROVINCE rows are for the whole country/);
    expect(await ask({ disaggregate: ['CIRCUMSTANCE_GROUP'] })).toMatch(/ANALYTICS may not see indicators by Article 10 group/);
    expect(await ask({ filter: { provinceCode: '11' } }, 'JUSTICE', 'province:04')).toMatch(/outside your jurisdiction/);
    expect(await ask({ filter: { asOf: '2099-01-01' } })).toMatch(/after the latest computation/);
    expect(await ask({ filter: { asOf: '2020-01-01' } })).toMatch(/no snapshot was taken on 2020-01-01/);
  });

  test('a province officer sees their province when the filter names none', async () => {
    const report = await indicators({}, 'JUSTICE');
    expect(report.tables[0].cells[0].areaCode).toBe('VN');
    const { body } = await stack.post({ query: QUERY, variables: {} }, { token: await stack.token('JUSTICE', { jurisdiction: 'province:04' }) });
    expect(body.data!.indicators.tables[0].cells[0]).toMatchObject({ areaCode: '04', areaLevel: 'PROVINCE' });
  });
});


describe('daily snapshots and trends', () => {
  const TREND = `query Trend($indicator: IndicatorId!, $filter: TrendFilter, $months: Int, $disaggregate: [IndicatorDimension!]) {
    indicatorTrend(indicator: $indicator, filter: $filter, months: $months, disaggregate: $disaggregate) {
      indicator { id } points { day cells { areaCode category numerator denominator value suppressed } }
    }
  }`;
  const snapshotRows = async () =>
    (await stack.dbs.registry.$queryRawUnsafe<{ day: Date; n: number; total: number }[]>(
      `SELECT "day", count(*)::int AS n, sum("children")::int AS total FROM "registry"."IndicatorSnapshot" GROUP BY "day" ORDER BY "day"`,
    )).map((r) => ({ day: r.day.toISOString().slice(0, 10), n: r.n, total: r.total }));

  afterAll(() => {
    process.env.CHILDGRAPH_AS_OF = TODAY;
  });

  test('the refresh takes one snapshot a day on its own, and taking it again changes nothing', async () => {
    for (const day of ['2026-08-31', '2026-09-30', '2026-10-15', '2026-10-31', TODAY]) {
      process.env.CHILDGRAPH_AS_OF = day;
      await stack.refreshHub(); // nothing changed in the agencies: the new day alone takes the snapshot
    }
    const before = await snapshotRows();
    expect(before.map((r) => r.day)).toEqual(['2026-08-31', '2026-09-30', '2026-10-15', '2026-10-31', TODAY]);
    await stack.refreshHub();
    await stack.refreshHub();
    expect(await snapshotRows()).toEqual(before);
    // Children born after a day are not counted on it.
    expect(before[0].total).toBeLessThanOrEqual(before.at(-1)!.total);
  });

  test("a trend gives each month's last snapshot, equal to that day's indicators", async () => {
    const { body } = await stack.post({ query: TREND, variables: { indicator: 'BIRTH_REGISTRATION_COVERAGE', months: 4, disaggregate: ['PROVINCE'] } }, { token: await stack.token('ANALYTICS') });
    expect(body.errors).toBeUndefined();
    const points = body.data!.indicatorTrend.points as { day: string; cells: Cell[] }[];
    expect(points.map((p) => p.day)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31', TODAY]);
    for (const point of points) {
      const report = await indicators({ filter: { asOf: point.day }, disaggregate: ['PROVINCE'], indicators: ['BIRTH_REGISTRATION_COVERAGE'] });
      expect(report.tables[0].cells.map(({ areaCode, category, numerator, denominator, value, suppressed }) => ({ areaCode, category, numerator, denominator, value, suppressed }))).toEqual(point.cells);
    }
    const { body: median } = await stack.post({ query: TREND, variables: { indicator: 'ABANDONED_DAYS_TO_BIRTH_REGISTRATION' } }, { token: await stack.token('ANALYTICS') });
    expect(median.errors?.[0]?.message).toMatch(/is a median/);
  });
});
