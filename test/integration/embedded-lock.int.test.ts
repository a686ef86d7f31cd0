import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lockEmbeddedDirectory } from '../../src/db/embedded-lock';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const fixture = path.resolve(__dirname, '..', 'fixtures', 'persons.csv');

test('an import while another process holds the embedded database is refused, saying which and what to do', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cg-busy-'));
  mkdirSync(path.join(dataDir, 'pglite'));
  // This test process stands in for `npm start`.
  const unlock = lockEmbeddedDirectory(path.join(dataDir, 'pglite'));
  try {
    // Embedded mode, whatever database the suite runs on.
    const { DATABASE_URL: _postgres, ...inherited } = process.env;
    const env = { ...inherited, CHILDGRAPH_DATA_DIR: dataDir };
    const result = spawnSync(process.execPath, [cli, 'import', 'identity', 'persons', fixture], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`is open in process ${process.pid} (\`npm start\`?), and it serves one process at a time: stop that process`);
  } finally {
    unlock();
  }
});
