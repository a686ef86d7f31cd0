import { openStorageFromEnv } from '../db/storage-from-env';
import { withSubgraphDbs } from '../subgraphs/open-dbs';

export async function migrate(): Promise<void> {
  await withSubgraphDbs(await openStorageFromEnv(), async () => {});
  process.stdout.write('every subgraph database is migrated\n');
}
