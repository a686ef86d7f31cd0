import { hostname } from 'node:os';
import { intervalMsFromEnv, type JobRun, type RecurringJob } from '../../../jobs/recurring-job';
import { logger } from '../../../shared/logger';
import type { RegistryDb } from '../registry.db';
import type { RefreshSummary } from './refresh';

/** How often `serve` and the registry process refresh (CHILDGRAPH_REFRESH_SECONDS, default 60; 0: never by themselves, `childgraph refresh` from cron). */
export function refreshIntervalMs(): number {
  return intervalMsFromEnv('CHILDGRAPH_REFRESH_SECONDS', 60);
}

/** How long HubRefreshRun keeps a run. */
const KEEP_RUNS_DAYS = 90;

/**
 * The hub refresh as a recurring job (it also takes the day's indicator snapshot, in the indicators
 * derivation's `finish`). A run from the job queue leaves a HubRefreshRun row: which replica ran
 * which job, from when to when, so "each tick once, never two at once" can be read from the data.
 */
export function hubRefreshJob(db: RegistryDb, refresh: () => Promise<RefreshSummary>, intervalMs: number): RecurringJob {
  return {
    name: 'hub-refresh',
    intervalMs,
    run: async (run) => {
      const summary = run.jobId === null ? await refresh() : await recorded(db, run, refresh);
      logger.info({ ...summary, jobId: run.jobId }, 'hub refreshed');
    },
  };
}

async function recorded(db: RegistryDb, run: JobRun, refresh: () => Promise<RefreshSummary>): Promise<RefreshSummary> {
  await db.hubRefreshRun.deleteMany({ where: { startedAt: { lt: new Date(Date.now() - KEEP_RUNS_DAYS * 86_400_000) } } });
  const row = await db.hubRefreshRun.create({ data: { jobId: BigInt(run.jobId!), attempt: run.attempt, replica: `${hostname()}:${process.pid}` } });
  try {
    const summary = await refresh();
    await db.hubRefreshRun.update({ where: { id: row.id }, data: { finishedAt: new Date() } });
    return summary;
  } catch (error) {
    await db.hubRefreshRun.update({ where: { id: row.id }, data: { finishedAt: new Date(), error: String((error as Error)?.message ?? error) } });
    throw error;
  }
}
