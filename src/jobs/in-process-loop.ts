import { runLogged, type RecurringJob } from './recurring-job';

/**
 * The recurring jobs on timers in this process: for the embedded database, which only one process
 * may open (so no other replica can run them twice) and which cannot host the job queue (PGlite has
 * one connection and no LISTEN/NOTIFY between processes). Each job runs now and then every interval
 * (0: never), never two runs of one job at once. Returns a function that stops the timers and waits
 * for the runs in progress.
 */
export function startInProcessJobs(jobs: readonly RecurringJob[]): () => Promise<void> {
  const stops = jobs.filter((job) => job.intervalMs > 0).map(startLoop);
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

function startLoop(job: RecurringJob): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runLogged(job, { jobId: null, attempt: 1 }).finally(() => {
      running = null;
    });
  };
  tick();
  const timer = setInterval(tick, job.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
