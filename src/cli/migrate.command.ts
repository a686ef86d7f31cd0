import { openSubgraphDbs } from '../gateway/stack';
import { openStorageFromEnv } from '../shared/db/storage-from-env';

export async function migrate(): Promise<void> {
  const storage = await openStorageFromEnv();
  const dbs = await openSubgraphDbs(storage);
  await Promise.all(Object.values(dbs).map((db: { $disconnect(): Promise<void> }) => db.$disconnect()));
  await storage.close();
  process.stdout.write('every subgraph database is migrated\n');
}
