import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One log line per request, as an operator reads them from `serve`'s output: refused, malformed,
 * answered and downloaded requests each leave a line with request id, status, duration, agency and
 * operation; the id follows the request into the subgraphs; no line holds a token.
 * Runs the built command (`npm run build` first) on the embedded database.
 */
const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

interface LogLine {
  msg: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  agency?: string | null;
  operation?: string | null;
}

describe('the request log', () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cg-request-log-')), 'data');

  it('writes one line per request, without tokens, and the request id reaches the subgraphs', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', CHILDGRAPH_REFRESH_SECONDS: '0', LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, [cli, 'serve', '--seed-children', '30'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<URL>((resolve, reject) => {
      const poll = setInterval(() => {
        const found = /GraphQL gateway: (\S+)/.exec(output);
        if (found) {
          clearInterval(poll);
          resolve(new URL(found[1]));
        }
      }, 100);
      child.on('exit', () => reject(new Error(`serve exited before listening:\n${output}`)));
    });
    try {
      await exercise(url);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    checkLines(output);
  }, 120_000);

  let social = '';
  let justice = '';
  async function exercise(url: URL) {
    const env: NodeJS.ProcessEnv = { ...process.env, CHILDGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' };
    const token = (agency: string) => spawnSync(process.execPath, [cli, 'token', '--agency', agency, '--purpose', 'request log test'], { env, encoding: 'utf8' }).stdout.trim();
    social = token('SOCIAL');
    justice = token('JUSTICE');
    const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

    const refused = await post('{"query":"{ children(first: 1) { totalCount } }"}', {});
    const malformed = await post('{"query": ', { authorization: `Bearer ${social}` });
    const answered = await post(JSON.stringify({ query: 'query ChildrenPage { children(first: 2) { edges { node { id fullName } } } }', operationName: 'ChildrenPage' }), {
      authorization: `Bearer ${social}`,
      'x-request-id': 'test-req-1',
    });
    const forged = await post('{"query":"{ children(first: 1) { totalCount } }"}', { authorization: `Bearer ${social}`, 'x-request-id': 'bad id {"injected":true}' });
    const download = await fetch(new URL('/exports/civil-status-gaps.csv?provinceCode=01', url), { headers: { authorization: `Bearer ${justice}` } });
    await download.arrayBuffer();
    expect([refused.status, malformed.status, answered.status, forged.status, download.status]).toEqual([401, 400, 200, 200, 200]);
    expect(answered.headers.get('x-request-id')).toBe('test-req-1');
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }

  function checkLines(output: string) {
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
    const requests = lines.filter((line) => line.msg === 'request');

    const byStatusAndPath = requests.map(({ status, path: at, agency, operation, method }) => ({ status, path: at, agency, operation, method }));
    expect(byStatusAndPath).toEqual(
      expect.arrayContaining([
        { status: 401, path: '/graphql', agency: null, operation: null, method: 'POST' },
        { status: 400, path: '/graphql', agency: 'SOCIAL', operation: null, method: 'POST' },
        { status: 200, path: '/graphql', agency: 'SOCIAL', operation: 'ChildrenPage', method: 'POST' },
        { status: 200, path: '/exports/civil-status-gaps.csv', agency: 'JUSTICE', operation: null, method: 'GET' },
      ]),
    );
    for (const line of requests) {
      expect(line.requestId).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
      expect(line.ms).toEqual(expect.any(Number));
    }
    // The gateway's line and the lines of the subgraphs the plan called share the caller's id.
    expect(requests.filter((line) => line.requestId === 'test-req-1').length).toBeGreaterThanOrEqual(2);
    // No token, no query text, no injected line.
    expect(output).not.toContain(social);
    expect(output).not.toContain(justice);
    expect(output).not.toMatch(/"injected"/);
    expect(JSON.stringify(requests)).not.toMatch(/fullName|children\(/);
  }
});
