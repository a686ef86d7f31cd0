import type { ServerResponse } from 'node:http';
import { sendJson } from '../server/http-body';
import { subgraphUrlsOf } from './compose';
import { isDraining } from '../server/draining';

const HEALTH_TIMEOUT_MS = 2000;

/** Answers `/healthz`: ok when every subgraph of the supergraph reports healthy, else which are down. */
export function healthReporter(supergraphSdl: string): (response: ServerResponse) => Promise<void> {
  const healthUrls = subgraphEndpoints(supergraphSdl, '/healthz');
  return async (response) => {
    const checks = await Promise.all(
      healthUrls.map((url) =>
        fetch(url, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) }).then(
          (r) => r.ok,
          () => false,
        ),
      ),
    );
    const down = healthUrls.filter((_, i) => !checks[i]);
    sendJson(response, down.length === 0 ? 200 : 503, { status: down.length === 0 ? 'ok' : 'degraded', down });
  };
}

/**
 * Answers `/readyz`: ready when every subgraph can serve (alive, and the registry's lists filled by
 * a first hub refresh), else each one's reason. Liveness (`/healthz`) says nothing of the lists.
 */
export function readinessReporter(supergraphSdl: string): (response: ServerResponse) => Promise<void> {
  const subgraphs = Object.entries(subgraphUrlsOf(supergraphSdl)).map(([name, url]) => ({ name, url: new URL('/readyz', url).toString() }));
  return async (response) => {
    if (isDraining()) return sendJson(response, 503, { status: 'shutting down' });
    const answers = await Promise.all(
      subgraphs.map(({ url }) =>
        fetch(url, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) }).then(
          async (r) => (r.ok ? null : (((await r.json().catch(() => ({}))) as { reason?: string }).reason ?? `answered ${r.status}`)),
          () => 'does not answer',
        ),
      ),
    );
    const waiting = Object.fromEntries(subgraphs.flatMap(({ name }, i) => (answers[i] === null ? [] : [[name, answers[i]]])));
    const ready = Object.keys(waiting).length === 0;
    sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...(ready ? {} : { waiting }) });
  };
}

const subgraphEndpoints = (supergraphSdl: string, pathname: string): string[] =>
  Object.values(subgraphUrlsOf(supergraphSdl)).map((url) => new URL(pathname, url).toString());
