import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { SqlExecutor } from '../db/sql-executor';
import type { Storage } from '../db/storage';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { TABLES } from './batch';
import { populationBatches } from './batch-source';
import { writeCopyTables } from './bulk-write';
import type { GeneratorOptions } from './generator';
import type { TruthRecord } from './truth';

export interface SeedOptions extends GeneratorOptions {
  /** Write the known answers as JSON lines here. */
  truthFile?: string;
  onProgress?: (childrenWritten: number) => void;
  /** Receives each batch's known answers (tests keep them in memory instead of a file). */
  onTruth?: (records: TruthRecord[]) => void;
}

/**
 * Streams a synthetic population into every subgraph's own database, batch by batch: each
 * subgraph's rows through its own connection, in its own schema. Assumes migrations are applied.
 */
export async function seedPopulation(storage: Storage, options: SeedOptions): Promise<{ children: number }> {
  const executors = {} as Record<SubgraphName, SqlExecutor>;
  for (const name of SUBGRAPH_NAMES) {
    executors[name] = await storage.executorFor(name);
    // A crash loses at most the last batches, which a re-run writes again; no need to wait for each fsync.
    if (storage.config.kind === 'postgres') await executors[name].exec('SET synchronous_commit = off');
  }
  const truth = options.truthFile ? createWriteStream(options.truthFile, { encoding: 'utf8' }) : null;
  // Separate PostgreSQL databases take their batches in parallel; the one embedded connection takes them in turn.
  const parallel = storage.config.kind === 'postgres';
  // Into empty databases rows go straight in; otherwise (a second or interrupted run) through
  // staging, so nothing is written twice.
  const direct = (await Promise.all(SUBGRAPH_NAMES.map((name) => isEmpty(executors[name], name)))).every(Boolean);
  let written = 0;
  try {
    for await (const batch of populationBatches(options)) {
      const write = (name: SubgraphName) => writeCopyTables(executors[name], name, batch.copy[name], direct);
      if (parallel) await Promise.all(SUBGRAPH_NAMES.map(write));
      else for (const name of SUBGRAPH_NAMES) await write(name);
      if (truth && !truth.write(batch.truthLines)) await once(truth, 'drain');
      options.onTruth?.(batch.truthLines.split('\n').filter(Boolean).map((line) => JSON.parse(line) as TruthRecord));
      written += batch.children;
      options.onProgress?.(written);
    }
    // Planner statistics for what was just loaded: without them (and autovacuum may be off, as on
    // this project's machines) a lookup of one child's records by childId was planned as a scan of
    // the whole table in id order, 0.5 s instead of 0.1 ms at 1,000,000 children.
    const analyze = (name: SubgraphName) => executors[name].exec(`ANALYZE ${TABLES[name].map((table) => `"${name}"."${table}"`).join(', ')}`);
    if (parallel) await Promise.all(SUBGRAPH_NAMES.map(analyze));
    else for (const name of SUBGRAPH_NAMES) await analyze(name);
  } finally {
    if (truth) {
      truth.end();
      await once(truth, 'finish');
    }
    for (const executor of Object.values(executors)) await executor.close();
  }
  return { children: written };
}

async function isEmpty(db: SqlExecutor, subgraph: SubgraphName): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM "${subgraph}"."${TABLES[subgraph][0]}" LIMIT 1) t`);
  return n === 0;
}
