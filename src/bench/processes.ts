import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const CLI = path.join(__dirname, '..', 'cli', 'main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `childgraph <args>` as its own process and resolves once it prints its URL, as an operator
 * would start it. Output is kept for the error message if it dies first.
 */
export function startCliServer(name: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, ...args], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`childgraph ${args.join(' ')} exited with ${code}: ${output.slice(-2000)}`));
    child.once('exit', onExit);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!/http:\/\//.test(output)) return;
      child.off('exit', onExit);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({ name, pid: child.pid!, url: `http://127.0.0.1:${port}/graphql`, stop: () => stopProcess(child) });
    });
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
