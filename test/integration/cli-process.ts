import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The built CLI (`npm run build` first): tests that spawn it run real processes on loopback. */
export const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** A port free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CliProcess {
  child: ChildProcess;
  /** Resolves once the process prints the URL it listens on. */
  ready: Promise<void>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
}

/** `childgraph <args>` in a child process; LOG_LEVEL is `error` unless `env` says otherwise. */
export function runCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/http:\/\//.test(output)) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => reject(new Error(`childgraph ${args.join(' ')} exited with ${code ?? signal}: ${output}`)));
  });
  ready.catch(() => undefined); // a process killed on purpose after it was ready rejects nobody
  return { child, ready, output: () => output };
}
