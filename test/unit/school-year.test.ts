import { gradeByAge, previousSchoolYear, schoolYearOn } from '../../src/domain/school-year';
import { currentSchoolYear, hubToday } from '../../src/shared/as-of';
import { gapsAsOf } from '../../src/subgraphs/registry/gaps/gap-rules';

describe('school years', () => {
  it('open in September', () => {
    expect(schoolYearOn(new Date('2026-11-01'))).toBe('2026-2027');
    expect(schoolYearOn(new Date('2026-09-01'))).toBe('2026-2027');
    expect(schoolYearOn(new Date('2026-08-31'))).toBe('2025-2026');
    expect(schoolYearOn(new Date('2027-01-15'))).toBe('2026-2027');
    expect(previousSchoolYear('2026-2027')).toBe('2025-2026');
  });

  it('put a child in grade 1 in the year that opens in the calendar year the child turns 6', () => {
    expect(gradeByAge(2020, '2026-2027')).toBe(1);
    expect(gradeByAge(2012, '2026-2027')).toBe(9);
    expect(gradeByAge(2021, '2026-2027')).toBe(0);
  });
});

describe("the hub's today", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['CHILDGRAPH_AS_OF', 'CHILDGRAPH_GAPS_AS_OF', 'CHILDGRAPH_SCHOOL_YEAR']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('follows the calendar unless pinned, and the school year follows it', () => {
    delete process.env.CHILDGRAPH_AS_OF;
    delete process.env.CHILDGRAPH_SCHOOL_YEAR;
    expect(hubToday(new Date('2027-09-10T10:00:00Z'))).toBe('2027-09-10');
    expect(currentSchoolYear(new Date('2027-09-10T10:00:00Z'))).toBe('2027-2028');
    process.env.CHILDGRAPH_AS_OF = '2026-11-01';
    expect(currentSchoolYear(new Date('2027-09-10T10:00:00Z'))).toBe('2026-2027');
    expect(gapsAsOf(new Date('2027-09-10T10:00:00Z'))).toBe('2026-11-01');
    process.env.CHILDGRAPH_SCHOOL_YEAR = '2024-2025';
    expect(currentSchoolYear()).toBe('2024-2025');
  });

  it('keeps CHILDGRAPH_GAPS_AS_OF for the gap list alone, and refuses malformed settings', () => {
    process.env.CHILDGRAPH_AS_OF = '2026-11-01';
    process.env.CHILDGRAPH_GAPS_AS_OF = '2026-06-30';
    expect(gapsAsOf()).toBe('2026-06-30');
    expect(currentSchoolYear()).toBe('2026-2027');
    process.env.CHILDGRAPH_AS_OF = '1/11/2026';
    expect(() => hubToday()).toThrow(/CHILDGRAPH_AS_OF must be a date/);
    process.env.CHILDGRAPH_SCHOOL_YEAR = '2026-2028';
    expect(() => currentSchoolYear()).toThrow(/CHILDGRAPH_SCHOOL_YEAR/);
  });
});
