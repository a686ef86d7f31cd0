import { openSubgraphDbs } from '../gateway/stack';
import { openStorageFromEnv } from '../shared/db/storage-from-env';
import { placeholderPopulation } from '../synthetic/placeholder-population';
import { writePopulation } from '../synthetic/seed';

export async function seed(options: { children: number; seed: number }): Promise<void> {
  const storage = await openStorageFromEnv();
  const dbs = await openSubgraphDbs(storage);
  try {
    await writePopulation(dbs, placeholderPopulation(options.children, options.seed), (table, rows) =>
      process.stdout.write(`${table}: ${rows} rows\n`),
    );
  } finally {
    await Promise.all(Object.values(dbs).map((db: { $disconnect(): Promise<void> }) => db.$disconnect()));
    await storage.close();
  }
}
