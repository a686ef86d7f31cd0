import type { ServerResponse } from 'node:http';
import { sendJson } from '../server/http-body';
import { subgraphUrlsOf } from './compose';

const HEALTH_TIMEOUT_MS = 2000;

/** Answers `/healthz`: ok when every subgraph of the supergraph reports healthy, else which are down. */
export function healthReporter(supergraphSdl: string): (response: ServerResponse) => Promise<void> {
  const healthUrls = Object.values(subgraphUrlsOf(supergraphSdl)).map((url) => new URL('/healthz', url).toString());
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
