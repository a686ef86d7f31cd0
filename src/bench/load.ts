import autocannon from 'autocannon';
import { postGraphQL } from './graphql-post';
import { median, percentile, round2 } from './stats';

/** One GraphQL operation as the load tool sends it: the URL, a token, and request bodies to rotate through. */
export interface GraphQLLoad {
  url: string;
  token: string;
  /** JSON request bodies; consecutive requests take them in turn (e.g. different children). */
  bodies: string[];
}

interface CannonRun {
  latenciesMs: number[];
  requests: number;
  failures: number;
  seconds: number;
}

/** One autocannon run; every response's time is kept (autocannon's histogram rounds to whole ms). */
async function cannon(load: GraphQLLoad, options: { connections: number; amount?: number; duration?: number }): Promise<CannonRun> {
  let next = 0;
  const latenciesMs: number[] = [];
  const started = performance.now();
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    {
    url: load.url,
    method: 'POST',
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${load.token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: load.bodies[next++ % load.bodies.length] }) }],
    timeout: 30,
    },
    (error, result) => (error ? failed(error instanceof Error ? error : new Error(String(error))) : finished(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  return { latenciesMs, requests: result.requests.total, failures: result.errors + result.timeouts + result.non2xx, seconds };
}

export interface LatencyFigures {
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  rounds: number;
  requestsPerRound: number;
  failures: number;
}

/**
 * Warm-up requests (JIT, caches, connection pools) over plain fetch, `concurrency` at a time: an
 * autocannon run lasts at least a second whatever its size, which would dwarf a short warm-up.
 */
async function warmUp(load: GraphQLLoad, requests: number, concurrency: number): Promise<void> {
  let next = 0;
  const client = async () => {
    while (next < requests) await postGraphQL(load.url, load.token, load.bodies[next++ % load.bodies.length]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, client));
}

interface RoundFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/** Runs the same load `rounds` times and keeps each round's percentiles and rate. */
async function runRounds(load: GraphQLLoad, rounds: number, options: { connections: number; amount?: number; duration?: number }) {
  const figures: RoundFigures[] = [];
  let failures = 0;
  let requests = 0;
  for (let i = 0; i < rounds; i++) {
    const run = await cannon(load, options);
    failures += run.failures;
    requests += run.latenciesMs.length;
    const sorted = run.latenciesMs.sort((a, b) => a - b);
    figures.push({ p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), rps: sorted.length / run.seconds });
  }
  const medianOf = (key: keyof RoundFigures) => round2(median(figures.map((f) => f[key])));
  return { medianOf, failures, requests };
}

/** Sequential requests (one connection): warm-up, then rounds; each figure is the median over rounds. */
export async function measureLatency(load: GraphQLLoad, options: { rounds: number; requests: number; warmup: number }): Promise<LatencyFigures> {
  await warmUp(load, options.warmup, 1);
  const { medianOf, failures } = await runRounds(load, options.rounds, { connections: 1, amount: options.requests });
  return { medianMs: medianOf('p50'), p95Ms: medianOf('p95'), p99Ms: medianOf('p99'), rounds: options.rounds, requestsPerRound: options.requests, failures };
}

export interface ThroughputFigures {
  connections: number;
  /** CPU time per request of each process serving it (ms), when the caller can read it. */
  cpuMsPerRequest?: Record<string, number>;
  requestsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  rounds: number;
  seconds: number;
  failures: number;
}

/**
 * Concurrent clients for a fixed duration per round, after a warm-up; medians over rounds.
 * `cpuTimes` (CPU ms used so far, per process) is read around the measured rounds.
 */
export async function measureThroughput(
  load: GraphQLLoad,
  options: { connections: number; seconds: number; rounds: number; cpuTimes?: () => Record<string, number | null> },
): Promise<ThroughputFigures> {
  await warmUp(load, options.connections, options.connections);
  const before = options.cpuTimes?.();
  const { medianOf, failures, requests } = await runRounds(load, options.rounds, { connections: options.connections, duration: options.seconds });
  const after = options.cpuTimes?.();
  const cpuMsPerRequest: Record<string, number> = {};
  for (const [name, ms] of Object.entries(after ?? {})) {
    const earlier = before?.[name];
    if (ms !== null && earlier !== null && earlier !== undefined && requests > 0) cpuMsPerRequest[name] = round2((ms - earlier) / requests);
  }
  return {
    connections: options.connections,
    ...(after ? { cpuMsPerRequest } : {}),
    requestsPerSecond: medianOf('rps'),
    medianMs: medianOf('p50'),
    p99Ms: medianOf('p99'),
    rounds: options.rounds,
    seconds: options.seconds,
    failures,
  };
}
