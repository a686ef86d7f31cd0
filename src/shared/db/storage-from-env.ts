import path from 'node:path';
import { dataDir } from '../paths';
import { openStorage, postgresUrlsFromEnv, type Storage } from './storage';

/** PostgreSQL when DATABASE_URL or <NAME>_DATABASE_URL is set, otherwise the embedded default. */
export async function openStorageFromEnv(): Promise<Storage> {
  const urls = postgresUrlsFromEnv();
  return openStorage(urls ? { kind: 'postgres', urls } : { kind: 'embedded', dataDir: path.join(dataDir(), 'pglite') });
}
