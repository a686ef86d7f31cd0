import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { SqlExecutor } from '../db/sql-executor';
import type { Storage } from '../db/storage';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { TABLES } from './batch';
import { populationBatches } from './batch-source';
import { writeCopyTables } from './bulk-write';
import { childIdAt } from './child';
import type { GeneratorOptions } from './generator';
import { DEFAULT_RATES, type Rates } from './rates';
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
  try {
    await claimPopulation(executors.registry, options);
  } catch (error) {
    for (const executor of Object.values(executors)) await executor.close();
    throw error;
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

/** The values a synthetic population is drawn from: the same values give the same rows. */
interface PopulationParameters {
  seed: number;
  children: number;
  provinces: string | null;
  rates: Rates;
}

/**
 * Seeding is refused because the databases hold a population drawn from other parameters: the two
 * would share schools, personal IDs and record numbers, and writing the second stops part-way on a
 * key that belongs to the first.
 */
export class OtherPopulationError extends Error {}

const parametersOf = (options: GeneratorOptions): PopulationParameters => ({
  seed: options.seed,
  children: options.children,
  provinces: options.provinces?.length ? options.provinces.join(',') : null,
  rates: options.rates,
});

function sameParameters(a: PopulationParameters, b: PopulationParameters): boolean {
  const rateNames = new Set([...Object.keys(a.rates), ...Object.keys(b.rates)]) as Set<keyof Rates>;
  return a.seed === b.seed && a.children === b.children && a.provinces === b.provinces && [...rateNames].every((name) => JSON.stringify(a.rates[name]) === JSON.stringify(b.rates[name]));
}

/** The `childgraph seed` options that draw a population. */
function seedFlags(p: PopulationParameters): string {
  const changedRates = Object.fromEntries((Object.keys(p.rates) as (keyof Rates)[]).filter((name) => JSON.stringify(p.rates[name]) !== JSON.stringify(DEFAULT_RATES[name])).map((name) => [name, p.rates[name]]));
  return [
    `--children ${p.children} --seed ${p.seed}`,
    ...(p.provinces ? [`--provinces ${p.provinces}`] : []),
    ...(Object.keys(changedRates).length ? [`--rates '${JSON.stringify(changedRates)}'`] : []),
  ].join(' ');
}

const EMPTY_DATABASE = 'or seed an empty database (another CHILDGRAPH_DATA_DIR, or CHILDGRAPH_DB_PREFIX naming new PostgreSQL databases); nothing was written';

/**
 * Records what this seed draws, before its first row, or refuses when the databases hold a
 * population drawn from anything else. The same parameters again pass: re-running a seed changes
 * nothing and completes an interrupted one.
 */
async function claimPopulation(registry: SqlExecutor, options: GeneratorOptions): Promise<void> {
  const wanted = parametersOf(options);
  const [held] = await registry.query<PopulationParameters>('SELECT "seed", "children", "provinces", "rates" FROM "registry"."SyntheticPopulation" WHERE "id" = 1');
  if (held) {
    if (sameParameters(held, wanted)) return;
    throw new OtherPopulationError(
      `this database holds a synthetic population seeded with ${seedFlags(held)}; this seed asks for ${seedFlags(wanted)}, which would mix two populations. ` +
        `Seed again with ${seedFlags(held)} (changes nothing, completes an interrupted seed), ${EMPTY_DATABASE}`,
    );
  }
  // A population seeded before its parameters were recorded (its links are SEED_TRUTH): its seed
  // shows in its first child's id.
  const [earlier] = await registry.query<{ synthetic: boolean; ours: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "registry"."RecordLink" WHERE "method" = 'SEED_TRUTH') AS synthetic, EXISTS (SELECT 1 FROM "registry"."MasterChild" WHERE "id" = $1) AS ours`,
    [childIdAt(options.seed, 0)],
  );
  if (earlier.synthetic && !earlier.ours) {
    throw new OtherPopulationError(`this database holds a synthetic population seeded with another --seed than ${options.seed} (before childgraph recorded seeding parameters); seed again with the seed it was made with, ${EMPTY_DATABASE}`);
  }
  if (earlier.synthetic) return;
  await registry.query('INSERT INTO "registry"."SyntheticPopulation" ("seed", "children", "provinces", "rates") VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT ("id") DO NOTHING', [
    wanted.seed,
    wanted.children,
    wanted.provinces,
    JSON.stringify(wanted.rates),
  ]);
}
