import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadTokenKeys } from '../auth/token';
import { startStack } from '../gateway/stack';
import { openStorage } from '../db/storage';
import type { PrismaLike } from '../server/subgraph-module';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { DEFAULT_RATES } from '../synthetic/rates';
import { seedPopulation } from '../synthetic/seed';
import { BENCH_SEED, benchDatabasePrefix, benchStorageConfig, describeStorage } from './population';

/** How the population was prepared: seeding is idempotent, so a second run only checks it. */
export interface PopulationReport {
  children: number;
  seed: number;
  storage: string;
  databases: string;
  reused: boolean;
  seedSeconds: number;
  /** The registry's refresh from the agencies' feeds (the first one derives every list). */
  hubRefreshSeconds?: number;
}

interface Ready {
  type: 'ready';
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl: string;
  population: PopulationReport;
}
type Request = { id: number; type: 'counts' } | { id: number; type: 'sql'; subgraph: SubgraphName; sql: string; params: unknown[] };
type Reply = { id: number; counts?: Record<SubgraphName, number>; rows?: unknown[]; error?: string };

/**
 * Child side of `bench:stack`: the whole stack (gateway and six subgraphs) in this process over
 * the benchmark population, seeding it first if it is not complete. The parent talks to it over
 * the IPC channel: SQL statement counts per subgraph, and raw SQL for the hand-written floors.
 */
export async function serveBenchStack(children: number): Promise<void> {
  const config = benchStorageConfig(children);
  const storage = await openStorage(config);
  let population!: PopulationReport;
  const stack = await startStack({
    storage,
    keys: loadTokenKeys(),
    beforeServe: async (dbs) => {
      const present = await dbs.registry.masterChild.count();
      if (present > children) throw new Error(`the benchmark databases hold ${present} children, more than ${children}; drop them and run again`);
      const started = performance.now();
      // Deterministic and idempotent: an interrupted or partial population is completed, a complete one is left alone.
      if (present < children) await seedPopulation(storage, { children, seed: BENCH_SEED, rates: DEFAULT_RATES });
      population = {
        children,
        seed: BENCH_SEED,
        storage: describeStorage(config),
        databases: config.kind === 'postgres' ? `${benchDatabasePrefix(children)}_<subgraph>` : (config.dataDir ?? 'memory'),
        reused: present === children,
        seedSeconds: Math.round((performance.now() - started) / 100) / 10,
      };
    },
  });
  // The cross-agency lists (pages 2 and 3) are the registry's; bring them up to date once, incrementally after the first run.
  const refreshStarted = performance.now();
  await stack.refreshHub();
  population.hubRefreshSeconds = Math.round((performance.now() - refreshStarted) / 100) / 10;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.subgraphs[name].url])) as Record<SubgraphName, string>;
  process.on('message', (message: Request | { type: 'close' }) => {
    if (message.type === 'close') {
      stack.close().then(() => process.exit(0), () => process.exit(1));
      return;
    }
    const reply = (answer: Omit<Reply, 'id'>) => process.send!({ id: message.id, ...answer });
    if (message.type === 'counts') return reply({ counts: { ...stack.queryCounts } });
    (stack.dbs[message.subgraph] as PrismaLike).$queryRawUnsafe<unknown[]>(message.sql, ...message.params).then(
      (rows) => reply({ rows }),
      (error: Error) => reply({ error: error.message }),
    );
  });
  process.on('disconnect', () => void stack.close().finally(() => process.exit(0)));
  const ready: Ready = { type: 'ready', gatewayUrl: stack.gateway.url, subgraphUrls, supergraphSdl: stack.supergraphSdl, population };
  process.send!(ready);
}

/** Parent side: a running `bench:stack` process. */
export interface StackProcess {
  pid: number;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl: string;
  population: PopulationReport;
  /** SQL statements each subgraph has sent since the process started. */
  queryCounts(): Promise<Record<SubgraphName, number>>;
  /** Runs SQL on one subgraph's database (through its own client) and returns the rows. */
  sql<Row = Record<string, unknown>>(subgraph: SubgraphName, sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Starts the benchmark stack in a child process; `unguarded`: the same build without access checks (the access scenario's baseline). */
export function startStackProcess(children: number, env: NodeJS.ProcessEnv, options: { unguarded?: boolean } = {}): Promise<StackProcess> {
  const [entry, args] = options.unguarded
    ? [path.join(__dirname, 'unguarded-stack.js'), [String(children)]]
    : [path.join(__dirname, '..', 'cli', 'main.js'), ['bench:stack', '--children', String(children)]];
  const child: ChildProcess = fork(entry, args, {
    env,
    // e.g. CHILDGRAPH_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof": Node refuses --cpu-prof in NODE_OPTIONS.
    execArgv: [...process.execArgv, ...(env.CHILDGRAPH_BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // SQL rows carry BigInt and Date values, which JSON serialisation would lose.
    serialization: 'advanced',
  });
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 0;
  const ask = (request: Omit<Request, 'id'>) =>
    new Promise<Reply>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ ...request, id });
    });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the benchmark stack exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.on('message', (message: Ready | Reply) => {
      if ('type' in message && message.type === 'ready') {
        child.off('exit', onExit);
        resolve({
          pid: child.pid!,
          gatewayUrl: message.gatewayUrl,
          subgraphUrls: message.subgraphUrls,
          supergraphSdl: message.supergraphSdl,
          population: message.population,
          queryCounts: async () => (await ask({ type: 'counts' })).counts!,
          sql: async <Row>(subgraph: SubgraphName, sql: string, params: unknown[] = []) => {
            const reply = await ask({ type: 'sql', subgraph, sql, params } as Omit<Request, 'id'>);
            if (reply.error) throw new Error(reply.error);
            return reply.rows as Row[];
          },
          close: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.send({ type: 'close' });
            }),
        });
        return;
      }
      const reply = message as Reply;
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    });
  });
}
