import { UsageError } from '../cli/usage-error';
import type { BenchSettings } from './scenario';

/** Scenario ids in the order they run; `access` (the cost of access control) runs last, on its own stacks. */
export const SCENARIO_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', 'hardening', 'access'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface BenchCommandOptions {
  children: number;
  rounds: number;
  requests: number;
  warmup: number;
  duration: number;
  mode: string;
  scenarios: string;
  out?: string;
}

export interface BenchOptions {
  settings: BenchSettings;
  scenarios: ScenarioId[];
  out?: string;
}

/** Checks the command line before anything starts, so a typo costs nothing. */
export function parseBenchOptions(options: BenchCommandOptions, env: NodeJS.ProcessEnv = process.env): BenchOptions {
  if (options.mode !== 'embedded' && options.mode !== 'distributed') throw new UsageError(`--mode must be embedded or distributed, not "${options.mode}"`);
  if (options.mode === 'distributed' && !env.DATABASE_URL) {
    throw new UsageError('--mode distributed runs one process per subgraph, which needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
  }
  const requested = options.scenarios.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = requested.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
  if (unknown.length || requested.length === 0) throw new UsageError(`--scenarios takes a comma-separated list of ${SCENARIO_IDS.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`);
  return {
    settings: { children: options.children, mode: options.mode, rounds: options.rounds, requests: options.requests, warmup: options.warmup, seconds: options.duration },
    scenarios: SCENARIO_IDS.filter((id) => requested.includes(id)),
    out: options.out,
  };
}
