import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedDatabaseBusyError, lockEmbeddedDirectory } from '../../src/db/embedded-lock';

describe('one process at a time on an embedded database', () => {
  test('a second opener is refused, naming the holder; released, it can be taken again', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'cg-lock-'));
    const unlock = lockEmbeddedDirectory(directory);
    expect(readFileSync(path.join(directory, 'childgraph.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockEmbeddedDirectory(directory)).toThrow(EmbeddedDatabaseBusyError);
    expect(() => lockEmbeddedDirectory(directory)).toThrow(new RegExp(`open in process ${process.pid} \\(this one\\).*stop that process.*PostgreSQL`));
    unlock();
    expect(existsSync(path.join(directory, 'childgraph.lock'))).toBe(false);
    lockEmbeddedDirectory(directory)();
  });

  test("a lock left by a process that is gone is taken over", () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'cg-lock-'));
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(path.join(directory, 'childgraph.lock'), gone);
    const unlock = lockEmbeddedDirectory(directory);
    expect(readFileSync(path.join(directory, 'childgraph.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
  });
});
