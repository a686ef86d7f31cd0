import path from 'node:path';
import { dataDir } from '../shared/paths';
import { openStorage, postgresUrlsFromEnv, type Storage } from './storage';

/**
 * PostgreSQL when DATABASE_URL or <NAME>_DATABASE_URL is set (databases `<prefix>_<name>`, prefix
 * CHILDGRAPH_DB_PREFIX or `childgraph`), otherwise the embedded default.
 */
export async function openStorageFromEnv(): Promise<Storage> {
  const urls = postgresUrlsFromEnv(process.env, process.env.CHILDGRAPH_DB_PREFIX ?? 'childgraph');
  return openStorage(urls ? { kind: 'postgres', urls } : { kind: 'embedded', dataDir: path.join(dataDir(), 'pglite') });
}
