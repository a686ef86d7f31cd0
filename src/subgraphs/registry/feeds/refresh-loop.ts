import { logger } from '../../../shared/logger';
import type { RefreshSummary } from './refresh';

/** How often `serve` and the registry process refresh (CHILDGRAPH_REFRESH_SECONDS, default 60; 0: never by themselves, `childgraph refresh` from cron). */
export function refreshIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.CHILDGRAPH_REFRESH_SECONDS ?? 60);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error('CHILDGRAPH_REFRESH_SECONDS must be a number of seconds (0 turns refreshing off)');
  return seconds * 1000;
}

/**
 * Runs `refresh` now and then every `intervalMs` (0: never), never two at once; a failed run (a subgraph not
 * up yet, say) is logged and retried at the next tick. Returns a function that stops the loop and
 * waits for a run in progress.
 */
export function startRefreshLoop(refresh: () => Promise<RefreshSummary>, intervalMs: number): () => Promise<void> {
  if (intervalMs === 0) return async () => {};
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = refresh()
      .then((summary) => logger.info({ ...summary }, 'hub refreshed'))
      .catch((error: unknown) => logger.warn({ err: error }, 'hub refresh failed; retrying at the next tick'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
