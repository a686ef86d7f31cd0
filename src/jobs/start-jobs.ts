import { startInProcessJobs } from './in-process-loop';
import { startJobQueue } from './job-queue';
import type { RecurringJob } from './recurring-job';

/**
 * Runs the recurring jobs: on the job queue in the registry's PostgreSQL database, where replicas
 * may run side by side and each job must still run once per tick; on timers in this process when
 * the registry is embedded (PGlite: one process only, and no queue can live there). Returns a
 * function that stops them, waiting for a run in progress.
 */
export async function startRecurringJobs(registryDatabaseUrl: string | null, jobs: readonly RecurringJob[]): Promise<() => Promise<void>> {
  if (registryDatabaseUrl === null) return startInProcessJobs(jobs);
  const queue = await startJobQueue(registryDatabaseUrl, jobs);
  return queue.stop;
}
