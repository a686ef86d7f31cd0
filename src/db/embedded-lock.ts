import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * An embedded database belongs to one process at a time: PGlite keeps its pages in the process, so a
 * second process (an import while `npm start` serves) would write beside it unseen, and the server
 * would not see the rows until restarted, or worse. The first process to open the directory writes
 * its pid into a lock file; another finds it and is refused, naming the holder. A lock left by a
 * process that is gone (killed) is taken over.
 */
export function lockEmbeddedDirectory(directory: string): () => void {
  const file = path.join(directory, 'childgraph.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new EmbeddedDatabaseBusyError(
        `the embedded database in ${directory} is open in process ${holder}${holder === process.pid ? ' (this one)' : ' (`npm start`?)'}, and it serves one process at a time: stop that process and run this again, or use PostgreSQL (DATABASE_URL) to work beside a running server`,
      );
    }
    rmSync(file, { force: true });
  }
  throw new EmbeddedDatabaseBusyError(`could not take the lock of the embedded database in ${directory}; run this again`);
}

export class EmbeddedDatabaseBusyError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
