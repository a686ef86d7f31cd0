import { classifyGrowth, normalCdf, normalQuantile, valueAtZ, zScore } from '../../src/domain/growth-reference';

describe('WHO growth references', () => {
  it('gives the medians WHO publishes', () => {
    expect(valueAtZ('HEIGHT', 'MALE', 0, 0)).toBeCloseTo(49.9, 1);
    expect(valueAtZ('HEIGHT', 'MALE', 60, 0)).toBeCloseTo(110.0, 1);
    expect(valueAtZ('HEIGHT', 'FEMALE', 120, 0)).toBeCloseTo(138.6, 1);
    expect(valueAtZ('HEIGHT', 'MALE', 168, 0)).toBeCloseTo(163.2, 1);
    expect(valueAtZ('HEIGHT', 'FEMALE', 168, 0)).toBeCloseTo(159.8, 1);
    expect(valueAtZ('BMI', 'MALE', 120, 0)).toBeCloseTo(16.4, 1);
  });

  it('gives the -2 SD cut-offs WHO publishes (stunting at 2 years, thinness at 10)', () => {
    // WHO 2006: boys at 24 months, -2 SD 81.7 cm lying and 81.0 standing (the table switches there); WHO 2007: girls' BMI at 10 years, -2 SD 13.5.
    expect(valueAtZ('HEIGHT', 'MALE', 24, -2)).toBeCloseTo(81.3, 0);
    expect(valueAtZ('BMI', 'FEMALE', 120, -2)).toBeCloseTo(13.5, 1);
  });

  it('inverts: the z-score of the value at z is z', () => {
    for (const [measure, sex, age, z] of [['HEIGHT', 'FEMALE', 30, -2.5], ['BMI', 'MALE', 200, 1.7], ['BMI', 'FEMALE', 3, -1.2]] as const) {
      expect(zScore(measure, sex, age, valueAtZ(measure, sex, age, z))).toBeCloseTo(z, 6);
    }
  });

  it('classifies as health stations do: stunted below -2 height-for-age, wasted below -2 BMI, overweight above +2 under five and +1 from five', () => {
    const at = (sex: 'MALE' | 'FEMALE', months: number, heightZ: number, bmiZ: number) => {
      const height = valueAtZ('HEIGHT', sex, months, heightZ);
      return classifyGrowth(sex, months, height, valueAtZ('BMI', sex, months, bmiZ) * (height / 100) ** 2).status;
    };
    expect(at('MALE', 36, -2.2, 0)).toBe('STUNTED');
    expect(at('MALE', 36, -1.8, 0)).toBe('NORMAL');
    expect(at('FEMALE', 36, 0, -2.1)).toBe('WASTED');
    expect(at('FEMALE', 36, 0, 1.5)).toBe('NORMAL');
    expect(at('FEMALE', 36, 0, 2.1)).toBe('OVERWEIGHT');
    expect(at('FEMALE', 100, 0, 1.5)).toBe('OVERWEIGHT');
    expect(at('MALE', 100, -2.5, -2.5)).toBe('WASTED');
  });

  it('has a normal distribution function and its inverse', () => {
    expect(normalCdf(-2)).toBeCloseTo(0.02275, 4);
    expect(normalQuantile(0.19)).toBeCloseTo(-0.8779, 3);
  });
});
