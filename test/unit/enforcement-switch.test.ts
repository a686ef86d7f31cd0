import { enforcementDisabledForBenchmark, turnOffEnforcementForBenchmark } from '../../src/auth/guard';

describe('the switch that turns access checks off', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('no environment variable turns the checks off', () => {
    process.env.CHILDGRAPH_BENCH_WITHOUT_ENFORCEMENT = '1';
    expect(enforcementDisabledForBenchmark()).toBe(false);
  });

  test('production refuses it; elsewhere only code in the process can use it', () => {
    process.env.NODE_ENV = 'production';
    expect(() => turnOffEnforcementForBenchmark()).toThrow(/cannot be turned off in production/);
    expect(enforcementDisabledForBenchmark()).toBe(false);
    process.env.NODE_ENV = 'development';
    turnOffEnforcementForBenchmark();
    expect(enforcementDisabledForBenchmark()).toBe(true);
  });
});
