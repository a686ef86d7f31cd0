import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** `serve` on the embedded database in a fresh data directory, on a port the system picks. */
async function startServe(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: URL; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [cli, 'serve', '--seed-children', '30'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /GraphQL gateway: (\S+)/.exec(output);
      if (found) resolve(new URL(found[1]));
    });
    child.on('exit', () => reject(new Error(`serve exited before listening:\n${output}`)));
  });
  return { child, url, exited };
}

describe('serve stops cleanly on SIGTERM', () => {
  it('finishes a request in flight, refuses new connections and exits 0', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cg-shutdown-')), 'data');
    const env = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', CHILDGRAPH_REFRESH_SECONDS: '0' };
    const { child, url, exited } = await startServe(env);
    const token = spawnSync(process.execPath, [cli, 'token', '--agency', 'SOCIAL', '--purpose', 'shutdown test'], { env, encoding: 'utf8' }).stdout.trim();
    const body = JSON.stringify({ query: '{ children(first: 2) { totalCount edges { node { id fullName } } } }' });

    // A request whose body is still arriving when the signal comes: it is in flight.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 500);
      }, 300);
    });

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.children.totalCount).toBeGreaterThan(0);
    const refused = await new Promise<string>((resolve) => {
      const late = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, () => resolve('answered'));
      late.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      late.end(body);
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await exited).toBe(0);
  }, 120_000);

  it('answers every request in flight under 32 clients, exits 0 within 10 s, then refuses connections', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cg-shutdown-load-')), 'data');
    const env = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', CHILDGRAPH_REFRESH_SECONDS: '0', CHILDGRAPH_LINK_SECONDS: '0' };
    const { child, url, exited } = await startServe(env);
    const token = spawnSync(process.execPath, [cli, 'token', '--agency', 'SOCIAL', '--purpose', 'shutdown test'], { env, encoding: 'utf8' }).stdout.trim();
    const body = JSON.stringify({ query: '{ children(first: 20) { totalCount edges { node { id fullName sex } } } }' });
    // A new connection per request: a request either reached the server (and must be answered) or was refused.
    const once = () =>
      new Promise<string>((resolve) => {
        const req = request(url, { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(res.statusCode === 200 && JSON.parse(text).data?.children ? 'answered' : `status ${res.statusCode}`));
          res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'response error'));
        });
        req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        req.end(body);
      });
    let stopping = false;
    const outcomes: string[] = [];
    const client = async () => {
      while (!stopping || outcomes.length === 0) {
        const outcome = await once();
        outcomes.push(outcome);
      }
    };
    const clients = Array.from({ length: 32 }, client);
    // The signal comes under a steady load: every client has had answers, and requests keep arriving.
    while (outcomes.filter((o) => o === 'answered').length < 64) await new Promise((resolve) => setTimeout(resolve, 50));
    const signalled = Date.now();
    stopping = true;
    child.kill('SIGTERM');
    await Promise.all(clients);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const counts = outcomes.reduce<Record<string, number>>((all, o) => ({ ...all, [o]: (all[o] ?? 0) + 1 }), {});
    // Every request sent before the signal was answered: no reset, no hang-up, no error status.
    expect(counts).toEqual({ answered: outcomes.length });
    expect(counts.answered).toBeGreaterThan(64);
    expect(await once()).toBe('ECONNREFUSED');
  }, 120_000);
});
