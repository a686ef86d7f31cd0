import { logger } from '../shared/logger';

/** Which run of a recurring job this is: the queue's job id and attempt, or none in the in-process loop. */
export interface JobRun {
  jobId: string | null;
  attempt: number;
}

/**
 * Work done every `intervalMs` by whichever process gets to it: the hub refresh, the linking of
 * entered records. `run` throws on failure; the next tick is the retry (no backoff: a subgraph that
 * was down for an hour is read again a minute after it is back, not hours later).
 */
export interface RecurringJob {
  /** The job queue's task identifier, queue name and job key: one pending instance, run one at a time. */
  name: string;
  intervalMs: number;
  run(run: JobRun): Promise<void>;
}

/** Runs a job's work once, logging a failure instead of throwing it (the next tick retries). */
export async function runLogged(job: RecurringJob, run: JobRun): Promise<void> {
  try {
    await job.run(run);
  } catch (error) {
    logger.warn({ err: error, job: job.name }, `${job.name} failed; retrying at the next tick`);
  }
}

/** A whole number of seconds from the environment (0: never), validated at start. */
export function intervalMsFromEnv(variable: string, defaultSeconds: number, env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env[variable] ?? defaultSeconds);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`${variable} must be a number of seconds (0 turns it off)`);
  return seconds * 1000;
}
