import { isProvinceCode } from '../domain/admin-units';
import { openStorageFromEnv } from '../db/storage-from-env';
import { migrateSubgraphDbs } from '../subgraphs/open-dbs';
import { parseRates } from '../synthetic/rates';
import { OtherPopulationError, seedPopulation } from '../synthetic/seed';
import { progressReporter } from './progress';
import { UsageError } from './usage-error';

export interface SeedCommandOptions {
  children: number;
  seed: number;
  provinces?: string;
  truth?: string;
  rates?: string;
}

/** Checks every argument before anything is opened, so a bad command line writes nothing. */
export function parseSeedOptions(options: SeedCommandOptions) {
  const provinces = options.provinces ? options.provinces.split(',').map((code) => code.trim()) : undefined;
  const unknown = provinces?.filter((code) => !isProvinceCode(code)) ?? [];
  if (unknown.length) throw new UsageError(`unknown province code(s) ${unknown.join(', ')}; use the two-digit codes of Decision 19/2025 (e.g. 01, 79)`);
  let rates;
  try {
    rates = parseRates(options.rates);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { children: options.children, seed: options.seed, provinces, rates, truthFile: options.truth };
}

export async function seed(options: SeedCommandOptions): Promise<void> {
  const parsed = parseSeedOptions(options);
  const storage = await openStorageFromEnv();
  try {
    await migrateSubgraphDbs(storage);
    const started = Date.now();
    const { children } = await seedPopulation(storage, { ...parsed, onProgress: progressReporter('seeding children', parsed.children) }).catch((error: unknown) => {
      throw error instanceof OtherPopulationError ? new UsageError(error.message) : error;
    });
    process.stdout.write(`seeded ${children} children (seed ${parsed.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s${parsed.truthFile ? `; known answers in ${parsed.truthFile}` : ''}\n`);
  } finally {
    await storage.close();
  }
}
