import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from '../../src/db/storage';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/subgraph-names';

const cli = path.resolve(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const CHILDREN = 300;

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The benchmark end to end on a tiny population, so that it cannot silently rot: every scenario
 * either measured with its figures or marked skipped with a reason. Embedded by default; with
 * DATABASE_URL, distributed mode (a process per subgraph) on its own databases.
 */
describe('childgraph bench', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'childgraph-bench-'));
  const prefix = `${process.env.CHILDGRAPH_TEST_DB_PREFIX ?? 'cgtest'}_bench`;
  const mode = process.env.DATABASE_URL ? 'distributed' : 'embedded';
  const env = { ...process.env, CHILDGRAPH_DATA_DIR: dir, CHILDGRAPH_BENCH_DB_PREFIX: prefix, LOG_LEVEL: 'error' };

  async function dropBenchDatabases() {
    if (!process.env.DATABASE_URL) return;
    const admin = new Client({ connectionString: databaseUrl(process.env.DATABASE_URL, 'postgres') });
    await admin.connect();
    for (const name of SUBGRAPH_NAMES) await admin.query(`DROP DATABASE IF EXISTS "${prefix}_${CHILDREN}_${name}" WITH (FORCE)`);
    await admin.end();
  }
  beforeAll(dropBenchDatabases);
  afterAll(async () => {
    await dropBenchDatabases();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a bad command line before starting anything', async () => {
    const { code, stderr } = await runCli(['bench', '--scenarios', '1,9'], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scenarios .* unknown: 9/);
  });

  // Distributed mode changes where the stack runs, not what a scenario measures: it runs the profile,
  // a list page and the two gateway comparisons; the embedded run covers every scenario (access
  // control runs on one-process stacks in either mode).
  const scenarios = mode === 'distributed' ? ['1', '2', '6', '7'] : ['1', '2', '3', '4', '5', '6', '7', 'hardening', 'access'];

  it('runs every scenario on a tiny population and writes figures or a skip reason for each', async () => {
    const out = path.join(dir, 'bench.json');
    const args = ['bench', '--children', String(CHILDREN), '--mode', mode, '--scenarios', scenarios.join(','), '--rounds', '1', '--requests', '2', '--warmup', '1', '--duration', '1', '--out', out];
    const { code, stdout, stderr } = await runCli(args, env);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/1\. child profile by personal ID/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.population).toMatchObject({ children: CHILDREN, seed: 1, reused: false });
    expect(report.database).toEqual({ version: expect.stringMatching(/^\d+\.\d+/), autovacuum: expect.stringMatching(/^(on|off)$/), sharedBuffers: expect.any(String) });
    expect(report.machine.loadAverage).toHaveLength(3);
    expect(stdout).toMatch(/database: .+, autovacuum (on|off), shared_buffers/);
    expect(Object.keys(report.scenarios)).toEqual(scenarios);
    for (const [id, result] of Object.entries<{ status: string; reason?: string }>(report.scenarios)) {
      expect([id, result.status]).not.toEqual([id, 'failed']);
      if (result.status === 'skipped') expect(result.reason).toMatch(/\w/);
    }
    const profile = report.scenarios['1'];
    expect(profile).toMatchObject({ status: 'measured', failures: 0 });
    expect(profile.medianMs).toBeGreaterThan(0);
    expect(profile.p99Ms).toBeGreaterThanOrEqual(profile.medianMs);
    expect(profile.queriesPerRequest.total).toBeGreaterThanOrEqual(SUBGRAPH_NAMES.length);
    expect(profile.bytesPerResponse).toBeGreaterThan(500);
    expect(profile.throughput.map((t: { connections: number }) => t.connections)).toEqual([8, 32]);
    expect(report.scenarios['6'].subgraphs.map((s: { subgraph: string }) => s.subgraph).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    expect(report.scenarios['7'].childProfile.apollo.medianMs).toBeGreaterThan(0);
    // The two worklists exist now: their pages and floors are measured, not skipped.
    for (const id of scenarios.filter((s) => s === '2' || s === '3')) expect([id, report.scenarios[id].status, report.scenarios[id].queriesPerRequest?.total]).toEqual([id, 'measured', expect.any(Number)]);
    if (mode === 'embedded') {
      expect(report.scenarios['4'].dropoutRisk.ratio).toBeGreaterThan(0);
      expect(report.scenarios['4'].civilStatusGaps.floorRows).toBeGreaterThan(0);
      expect(report.scenarios.access.ratio).toBeGreaterThan(0);
      const hardening = report.scenarios.hardening;
      expect([hardening.persistedDocuments.medianIdMs, hardening.persistedDocuments.medianTextMs, hardening.requestBounds.warmCheckUs, hardening.bulkAccessCount.perRequestUs].every((v: number) => v > 0)).toBe(true);
      expect(hardening.requestBounds.coldCheckUs).toBeGreaterThan(hardening.requestBounds.warmCheckUs);
    }
    // CPU per request of every serving process, for each throughput round that completed requests
    // (a one-second round on a saturated machine may complete none).
    for (const t of profile.throughput as { cpuMsPerRequest: Record<string, number>; requestsPerSecond: number }[]) {
      if (t.requestsPerSecond > 0) expect(Object.keys(t.cpuMsPerRequest).length).toBe(mode === 'distributed' ? 7 : 1);
    }
    const processes = Object.keys(report.peakRssMb);
    expect(processes.length).toBe(mode === 'distributed' ? 8 : 2);
    for (const mb of Object.values(report.peakRssMb)) expect(mb).toBeGreaterThan(10);
  }, 300_000); // every scenario, several processes and a seed: minutes on a busy 2-core machine

  it('reuses the seeded population on a second run', async () => {
    const out = path.join(dir, 'again.json');
    const { code, stdout } = await runCli(['bench', '--children', String(CHILDREN), '--scenarios', '2', '--out', out], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/reused, already seeded/);
    expect(JSON.parse(readFileSync(out, 'utf8')).population.reused).toBe(true);
  });
});
