import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { maxTokenLifetimeSeconds, signToken } from '../auth/token';
import { withSubgraphUrls } from '../gateway/compose';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import type { BenchOptions, ScenarioId } from './bench-options';
import { startDistributed, type DistributedDeployment } from './distributed';
import { postChecked } from './graphql-post';
import { freePort, startCliServer, type ServerProcess } from './processes';
import { cpuTimeMs, peakRssMb } from './rss';
import type { BenchContext, BenchTarget, SampleChild, Scenario, ScenarioResult } from './scenario';
import { runAccessControlScenario } from './scenarios/access-control';
import { childProfileScenario } from './scenarios/child-profile';
import { civilStatusGapsScenario } from './scenarios/civil-status-gaps';
import { dropoutRiskScenario } from './scenarios/dropout-risk';
import { gatewayOverheadScenario } from './scenarios/gateway-overhead';
import { growthScenario } from './scenarios/growth';
import { hardeningScenario } from './scenarios/hardening';
import { indicatorsScenario } from './scenarios/indicators';
import { peerGatewayScenario } from './scenarios/peer-gateway';
import { sqlFloorScenario } from './scenarios/sql-floor';
import { stripAuthDirectives } from './strip-auth';
import { startStackProcess, type PopulationReport, type StackProcess } from './stack-process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCENARIOS: Scenario[] = [childProfileScenario, dropoutRiskScenario, civilStatusGapsScenario, sqlFloorScenario, growthScenario, gatewayOverheadScenario, peerGatewayScenario, indicatorsScenario, hardeningScenario];

/** Children looked up in turn by the one-child scenarios, so no single row stays hot in every cache. */
const SAMPLE_SIZE = 100;

export interface BenchReport {
  /** loadAverage: the 1, 5 and 15-minute load averages when the run began (other work on the machine skews latencies). */
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGb: number; loadAverage: number[] };
  /** The database server's settings that move the figures: autovacuum keeps statistics and visibility maps current. */
  database: { version: string; autovacuum: string; sharedBuffers: string };
  settings: BenchOptions['settings'];
  population: PopulationReport;
  peakRssMb: Record<string, number | null>;
  scenarios: Record<string, { title: string } & ScenarioResult>;
}

/** The environment every process of the run gets: one signing secret, and quiet logs unless asked. */
function childEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CHILDGRAPH_JWT_SECRET: process.env.CHILDGRAPH_JWT_SECRET ?? randomBytes(32).toString('base64url'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}

async function sampleChildren(url: string, token: string): Promise<SampleChild[]> {
  const query = `query BenchSample { children(first: ${SAMPLE_SIZE * 2}) { edges { node { id personalId } } } }`;
  const { data } = await postChecked(url, token, JSON.stringify({ query }));
  const edges = (data as { children: { edges: { node: { id: string; personalId: string | null } }[] } }).children.edges;
  const sample = edges.map((e) => e.node).filter((n): n is SampleChild => n.personalId !== null).slice(0, SAMPLE_SIZE);
  if (sample.length === 0) throw new Error('the population has no child with a personal ID to look up');
  return sample;
}

const EMBEDDED_PROCESS = 'stack (gateway and six subgraphs, one process)';

const perProcess = <T>(pids: Record<string, number>, read: (pid: number) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, read(pid)]));

function embeddedTarget(stack: StackProcess): BenchTarget {
  const pids = { [EMBEDDED_PROCESS]: stack.pid };
  return { gatewayUrl: stack.gatewayUrl, subgraphUrls: stack.subgraphUrls, peakRss: () => perProcess(pids, peakRssMb), cpuTimes: () => perProcess(pids, cpuTimeMs) };
}

function distributedTarget(deployment: DistributedDeployment): BenchTarget {
  const pids = { gateway: deployment.gateway.pid, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`subgraph ${n}`, deployment.subgraphs[n].pid])) };
  return {
    gatewayUrl: deployment.gateway.url,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, deployment.subgraphs[n].url])) as Record<SubgraphName, string>,
    peakRss: () => perProcess(pids, peakRssMb),
    cpuTimes: () => perProcess(pids, cpuTimeMs),
  };
}

/**
 * The access-control scenario on one-process stacks over the same population. Its first run with
 * the checks borrows the stack already running (and closes it: an embedded database belongs to
 * one process at a time), which saves a start.
 */
async function accessControl(options: BenchOptions, env: NodeJS.ProcessEnv, token: string, counter: StackProcess, progress: (line: string) => void) {
  const title = 'cost of access control: 500-row list, 15 restricted fields, with vs without checks';
  progress(`scenario access: ${title}`);
  let lent = false;
  const startStack = async (withoutEnforcement: boolean) => {
    if (!withoutEnforcement && !lent) {
      lent = true;
      return counter;
    }
    return startStackProcess(options.settings.children, env, { unguarded: withoutEnforcement });
  };
  const result = await runAccessControlScenario(options.settings, token, startStack, progress).catch(
    (error: Error): ScenarioResult => ({ status: 'failed', error: error.message }),
  );
  return { title, ...result };
}

/** `childgraph bench`: prepares the population, starts the target, runs the chosen scenarios. */
export async function runBench(options: BenchOptions, progress: (line: string) => void): Promise<BenchReport> {
  const { settings } = options;
  const env = childEnvironment();
  const token = await signToken(
    { secret: new TextEncoder().encode(env.CHILDGRAPH_JWT_SECRET!) },
    { agency: 'SOCIAL', jurisdiction: { kind: 'national' }, subject: 'bench', purpose: 'benchmark' },
    // As long as tokens may live, so that a long benchmark run is not cut short by its own token.
    `${maxTokenLifetimeSeconds()}s`,
  );
  const started = performance.now();
  const loadAverage = loadavg().map((load) => Math.round(load * 100) / 100);
  progress(`preparing ${settings.children} children (seeded once, then reused)…`);
  const counter = await startStackProcess(settings.children, env);
  const population = counter.population;
  const [database] = await counter.sql<BenchReport['database']>(
    'registry',
    `SELECT split_part(version(), ' ', 2) AS version, current_setting('autovacuum') AS autovacuum, current_setting('shared_buffers') AS "sharedBuffers"`,
  );
  progress(population.reused ? `population reused: ${population.children} children already seeded (seed ${population.seed})` : `population seeded in ${population.seedSeconds} s`);
  const cleanups: (() => Promise<void>)[] = [() => counter.close()];
  const scenarios: BenchReport['scenarios'] = {};
  let rss: Record<string, number | null> = {};
  try {
    let target = embeddedTarget(counter);
    if (settings.mode === 'distributed') {
      progress('starting six subgraph processes and the gateway process…');
      const deployment = await startDistributed(settings.children, env);
      cleanups.push(deployment.stop);
      target = distributedTarget(deployment);
    }
    let peer: ServerProcess | undefined;
    const populations = new Map<number, StackProcess>();
    const context: BenchContext = {
      settings,
      token,
      target,
      counter,
      supergraphSdl: counter.supergraphSdl,
      sample: await sampleChildren(target.gatewayUrl, token),
      earlier: new Map(),
      progress,
      peerGateway: async () => {
        if (peer) return peer;
        const file = path.join(tmpdir(), `childgraph-bench-supergraph-${process.pid}.graphql`);
        writeFileSync(file, stripAuthDirectives(withSubgraphUrls(counter.supergraphSdl, target.subgraphUrls)));
        peer = await startCliServer('apollo gateway', ['bench:apollo-gateway', file], env, await freePort());
        cleanups.push(peer.stop);
        return peer;
      },
      population: async (children) => {
        const known = populations.get(children);
        if (known) return known;
        const stack = await startStackProcess(children, env);
        cleanups.push(() => stack.close());
        populations.set(children, stack);
        return stack;
      },
    };
    for (const scenario of SCENARIOS.filter((s) => options.scenarios.includes(s.id as ScenarioId))) {
      progress(`scenario ${scenario.id}: ${scenario.title}`);
      const result = await scenario.run(context).catch((error: Error): ScenarioResult => ({ status: 'failed', error: error.message }));
      if (result.status !== 'measured') progress(`  ${result.status}: ${result.status === 'skipped' ? result.reason : result.error}`);
      context.earlier.set(scenario.id, result);
      scenarios[scenario.id] = { title: scenario.title, ...result };
    }
    rss = target.peakRss();
    if (peer) rss['apollo gateway (scenario 7)'] = peakRssMb(peer.pid);
    if (options.scenarios.includes('access')) scenarios.access = await accessControl(options, env, token, counter, progress);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
  progress(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  return {
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), loadAverage },
    database,
    settings,
    population,
    peakRssMb: rss,
    scenarios,
  };
}
