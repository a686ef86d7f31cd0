import type { SubgraphName } from '../subgraphs/subgraph-names';
import type { ServerProcess } from './processes';
import type { StackProcess } from './stack-process';

export interface BenchSettings {
  children: number;
  mode: 'embedded' | 'distributed';
  /** Measured rounds per figure; every figure reported is the median over rounds. */
  rounds: number;
  /** Sequential requests per latency round. */
  requests: number;
  /** Sequential requests before measuring, so caches, JIT and connection pools are warm. */
  warmup: number;
  /** Seconds per throughput round. */
  seconds: number;
}

/** What latency is measured against: the bundled gateway and the subgraphs behind it. */
export interface BenchTarget {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Peak RSS per process, in MB. */
  peakRss(): Record<string, number | null>;
  /** CPU time used so far per process, in ms. */
  cpuTimes(): Record<string, number | null>;
}

/** A child the population holds, to look up by personal ID. */
export interface SampleChild {
  id: string;
  personalId: string;
}

export interface BenchContext {
  settings: BenchSettings;
  /** A SOCIAL officer with national jurisdiction. */
  token: string;
  target: BenchTarget;
  /**
   * The whole stack in one process over the same databases: it counts SQL statements per subgraph
   * and runs the hand-written floors. In embedded mode it is also the target.
   */
  counter: StackProcess;
  supergraphSdl: string;
  sample: SampleChild[];
  /** `@apollo/gateway` over the target's subgraphs, started on first use. */
  peerGateway(): Promise<ServerProcess>;
  /** A second population (e.g. 10% of N) in its own stack process, started on first use. */
  population(children: number): Promise<StackProcess>;
  /** Results of the scenarios already run, by id (4 reads 2 and 3; 7 compares with 1 and 2). */
  earlier: Map<string, ScenarioResult>;
  progress(line: string): void;
}

export type ScenarioResult =
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: string }
  | ({ status: 'measured' } & Record<string, unknown>);

export interface Scenario {
  /** What `--scenarios` names it by. */
  id: string;
  title: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}
