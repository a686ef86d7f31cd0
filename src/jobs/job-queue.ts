import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Logger, makeWorkerUtils, run, runMigrations, type LogLevel, type Task, type TaskList, type WorkerUtils } from 'graphile-worker';
import { Pool } from 'pg';
import { logger } from '../shared/logger';
import { runLogged, type RecurringJob } from './recurring-job';
import { WORKER_ID_PREFIX, WorkerLiveness } from './worker-liveness';

/** Where graphile-worker keeps its jobs: its own schema in the registry's database. */
export const JOB_SCHEMA = 'graphile_worker';
/** How often a replica looks for due jobs, dead workers' jobs, and re-plants a missing job. */
const POLL_MS = 1_000;
const REAP_MS = 5_000;

export interface JobQueue {
  workerId: string;
  /** Stops taking jobs, waits for the one running, and leaves the queue to the other replicas. */
  stop(): Promise<void>;
}

/**
 * The recurring jobs on a durable queue in PostgreSQL (graphile-worker), for replicas: every
 * replica runs one worker, yet each job runs once per tick on one of them.
 * - One pending instance per job: its name is its job key. At start, and every interval after, each
 *   replica plants the job if it is missing or stuck (see `plantIfMissing`).
 * - One run at a time: its name is also its queue name, and graphile-worker runs a queue serially.
 * - The next tick: a run re-plants its job at now + interval before it completes (a key held by a
 *   running job is moved to the new one), so the cadence is one run per interval across replicas.
 * - A crash: a dead replica's locked job and queue are unlocked by the others (WorkerLiveness) and
 *   the job runs again on one of them.
 */
export async function startJobQueue(databaseUrl: string, jobs: readonly RecurringJob[]): Promise<JobQueue> {
  const workerId = `${WORKER_ID_PREFIX}${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const active = jobs.filter((job) => job.intervalMs > 0);
  if (active.length === 0) return { workerId, stop: async () => undefined };
  const pgPool = new Pool({ connectionString: databaseUrl, max: 4, application_name: workerId });
  const liveness = await WorkerLiveness.hold(databaseUrl, workerId);
  const options = { pgPool, schema: JOB_SCHEMA, logger: pinoForWorker() };
  await liveness.withSchemaLock(() => runMigrations(options));
  const utils = await makeWorkerUtils(options);
  const plant = (job: RecurringJob) => plantIfMissing(pgPool, utils, job);
  for (const job of active) await plant(job);
  // One worker per replica, with an id of ours: 0.16 reads `workerId` from the runner's options (untyped there).
  // No crontab: graphile-worker would otherwise read a file named `crontab` in the working directory.
  const runnerOptions = { ...options, crontab: '', concurrency: 1, workerId, noHandleSignals: true, pollInterval: POLL_MS, taskList: taskList(active, utils) };
  const runner = await run(runnerOptions as Parameters<typeof run>[0]);
  const timers = [
    setInterval(() => void reap(liveness), REAP_MS),
    ...active.map((job) => setInterval(() => void plant(job).catch((error: unknown) => logger.warn({ err: error, job: job.name }, 'could not plant a recurring job')), job.intervalMs)),
  ];
  for (const timer of timers) timer.unref();
  void reap(liveness);
  return {
    workerId,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await runner.stop();
      await utils.release();
      await liveness.release();
      await pgPool.end();
    },
  };
}

function taskList(jobs: readonly RecurringJob[], utils: WorkerUtils): TaskList {
  const tasks: TaskList = {};
  for (const job of jobs) {
    const task: Task = async (_payload, helpers) => {
      await runLogged(job, { jobId: String(helpers.job.id), attempt: helpers.job.attempts });
      // Before this run completes: its key moves to the next run, so there is never a gap without one.
      await utils.addJob(job.name, {}, { queueName: job.name, jobKey: job.name, runAt: new Date(Date.now() + job.intervalMs) });
    };
    tasks[job.name] = task;
  }
  return tasks;
}

/**
 * Adds the job's next run unless one is in hand: a run in progress (alive, or dead and soon
 * unlocked by the reaper to run again as the same job: replacing it would lose that retry) or a
 * pending run due within an interval. A pending run that is not (failed for good, or pushed hours
 * out by graphile-worker's backoff after the queue's database was away) is replaced to run now.
 */
async function plantIfMissing(pool: Pool, utils: WorkerUtils, job: RecurringJob): Promise<void> {
  const { rows } = await pool.query<{ locked: boolean; stuck: boolean }>(
    `SELECT locked_at IS NOT NULL AS locked, attempts >= max_attempts OR run_at > now() + $2 * interval '1 millisecond' AS stuck
     FROM "${JOB_SCHEMA}".jobs WHERE key = $1`,
    [job.name, job.intervalMs],
  );
  const held = rows[0];
  if (held && (held.locked || !held.stuck)) return;
  await utils.addJob(job.name, {}, { queueName: job.name, jobKey: job.name, runAt: new Date() });
}

async function reap(liveness: WorkerLiveness): Promise<void> {
  try {
    const dead = await liveness.reapDeadWorkers(JOB_SCHEMA);
    if (dead.length) logger.warn({ workers: dead }, 'unlocked the jobs of job workers whose process is gone; they run again');
  } catch (error) {
    logger.warn({ err: error }, 'could not look for dead job workers');
  }
}

/** graphile-worker's messages in the one logger; its per-job `info` lines are debug here. */
function pinoForWorker(): Logger {
  const levels: Record<LogLevel, 'error' | 'warn' | 'debug'> = { error: 'error', warning: 'warn', info: 'debug', debug: 'debug' } as Record<LogLevel, 'error' | 'warn' | 'debug'>;
  return new Logger((scope) => (level, message, meta) => logger[levels[level]]({ ...scope, ...meta, component: 'graphile-worker' }, message));
}
