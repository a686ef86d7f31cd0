import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A new in-memory PGlite. Creating a cluster runs initdb, about 4 s of CPU; loading a dumped data
 * directory takes under 1 s. Tests and the migration diff start dozens of in-memory clusters, so
 * the first one dumps its freshly initialised, still empty directory into the temp directory
 * (named after the PGlite version, written whole or not at all) and the later ones load that dump.
 * A dump that cannot be read is replaced.
 */
export async function createInMemoryPGlite(): Promise<PGlite> {
  const dump = path.join(tmpdir(), `childgraph-pglite-${pgliteVersion()}-empty-cluster.tar`);
  if (existsSync(dump)) {
    const loaded = await PGlite.create('memory://', { loadDataDir: new Blob([readFileSync(dump)]) }).catch(() => null);
    if (loaded) return loaded;
  }
  const created = await PGlite.create('memory://');
  const image = Buffer.from(await (await created.dumpDataDir('none')).arrayBuffer());
  const partial = `${dump}.${process.pid}.partial`;
  try {
    writeFileSync(partial, image);
    renameSync(partial, dump);
  } catch {
    // A read-only or full temp directory only costs the next cluster its initdb.
    rmSync(partial, { force: true });
  }
  return created;
}

/** The installed PGlite's version: a dump is only loaded by the PGlite that wrote it. */
function pgliteVersion(): string {
  // The package's exports hide its package.json from require(); the file sits above its entry point.
  let dir = path.dirname(require.resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}
