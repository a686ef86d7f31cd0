import { startInProcessJobs } from '../../src/jobs/in-process-loop';
import { intervalMsFromEnv, type RecurringJob } from '../../src/jobs/recurring-job';

describe('recurring jobs in one process (the embedded database)', () => {
  it('reads an interval in seconds, 0 for never, and names the variable when it is wrong', () => {
    expect(intervalMsFromEnv('CHILDGRAPH_LINK_SECONDS', 300, {})).toBe(300_000);
    expect(intervalMsFromEnv('CHILDGRAPH_LINK_SECONDS', 300, { CHILDGRAPH_LINK_SECONDS: '0' })).toBe(0);
    expect(() => intervalMsFromEnv('CHILDGRAPH_LINK_SECONDS', 300, { CHILDGRAPH_LINK_SECONDS: 'soon' })).toThrow(/CHILDGRAPH_LINK_SECONDS must be a number of seconds/);
  });

  it('runs a job at once and every interval, never two runs at once, a failure retried at the next tick; stop waits for the run', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const job: RecurringJob = {
      name: 'slow',
      intervalMs: 10,
      run: async () => {
        overlapped ||= running > 0;
        running++;
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
        if (runs === 1) throw new Error('the first run fails');
      },
    };
    const never: RecurringJob = { name: 'never', intervalMs: 0, run: async () => void (runs += 1000) };
    const stop = startInProcessJobs([job, never]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await stop();
    expect(running).toBe(0);
    expect(overlapped).toBe(false);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThan(1000);
  });
});
