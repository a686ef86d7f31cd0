import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Agency } from '../../src/auth/principal';
import { signToken, type TokenKeys } from '../../src/auth/token';
import { startStack, type Stack } from '../../src/gateway/stack';
import { databaseUrl, openStorage, type StorageConfig } from '../../src/db/storage';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../src/subgraphs/subgraph-names';
import { DEFAULT_RATES, type Rates } from '../../src/synthetic/rates';
import { seedPopulation } from '../../src/synthetic/seed';
import type { TruthRecord } from '../../src/synthetic/truth';

export const TEST_KEYS: TokenKeys = { secret: new TextEncoder().encode('integration-test-secret-of-enough-length') };

/**
 * One database per Jest worker, test file and subgraph, so parallel files never share data.
 * `CHILDGRAPH_TEST_DB_PREFIX` separates checkouts whose suites run at once on one server.
 */
export const testDatabaseName = (tag: string, subgraph: SubgraphName): string =>
  `${process.env.CHILDGRAPH_TEST_DB_PREFIX ?? 'cgtest'}_${process.env.JEST_WORKER_ID ?? '0'}_${tag}_${subgraph}`;

/**
 * Where this test file's databases live: an in-memory PGlite by default; with DATABASE_URL, fresh
 * PostgreSQL databases named after the Jest worker and a per-file tag, dropped first.
 */
export async function testStorageConfig(tag: string): Promise<StorageConfig> {
  const server = process.env.DATABASE_URL;
  if (!server) return { kind: 'embedded', dataDir: null };
  const urls = {} as Record<SubgraphName, string>;
  const admin = new Client({ connectionString: databaseUrl(server, 'postgres') });
  await admin.connect();
  try {
    for (const name of SUBGRAPH_NAMES) {
      const database = testDatabaseName(tag, name);
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      urls[name] = databaseUrl(server, database);
    }
  } finally {
    await admin.end();
  }
  return { kind: 'postgres', urls };
}

export interface TestStack extends Stack {
  /** The seeded population's known answers, one record per child, in id order. */
  truth: TruthRecord[];
  token(agency: Agency, overrides?: { jurisdiction?: string; ttl?: string }): Promise<string>;
  /** POSTs a GraphQL request to the gateway (or any URL) and returns status and JSON body. */
  post(body: unknown, options?: { token?: string | null; url?: string }): Promise<{ status: number; body: GraphQLResponse }>;
}

export interface GraphQLResponse {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes vary per test
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function startTestStack(tag: string, children = 120, rates: Partial<Rates> = {}, options: { provinces?: readonly string[] } = {}): Promise<TestStack> {
  const storage = await openStorage(await testStorageConfig(tag));
  const truth: TruthRecord[] = [];
  const stack = await startStack({
    storage,
    keys: TEST_KEYS,
    beforeServe: async () => {
      await seedPopulation(storage, { children, seed: 7, rates: { ...DEFAULT_RATES, ...rates }, provinces: options.provinces, onTruth: (records) => truth.push(...records) });
    },
  });
  truth.sort((a, b) => (a.childId < b.childId ? -1 : 1));
  const token: TestStack['token'] = (agency, overrides = {}) => {
    const [kind, code] = (overrides.jurisdiction ?? 'national').split(':');
    const jurisdiction = kind === 'national' ? { kind: 'national' as const } : { kind: kind as 'province' | 'commune', code };
    return signToken(TEST_KEYS, { agency, jurisdiction, subject: `test-${agency.toLowerCase()}`, purpose: 'integration test' }, overrides.ttl ?? '5m');
  };
  const defaultToken = await token('SOCIAL');
  const post: TestStack['post'] = async (body, options = {}) => {
    const bearer = options.token === undefined ? defaultToken : options.token;
    const response = await fetch(options.url ?? stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };
  return { ...stack, truth, token, post };
}

/** An operation from test/operations/, the documents codegen types. */
export function operation(name: string): string {
  return readFileSync(path.join(__dirname, '..', 'operations', `${name}.graphql`), 'utf8');
}

/** Sets environment variables while `work` runs (a gateway reads its budgets and rules when it starts). */
export async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
