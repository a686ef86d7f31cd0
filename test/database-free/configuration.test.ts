import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkConfiguration, configurationMarkdown, VARIABLES } from '../../src/shared/configuration';

const root = path.resolve(__dirname, '..', '..');

/** Every .ts file of src/ but the generated ones and the browser app (which reads no environment). */
function sourceFiles(dir = path.join(root, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' || name === 'web' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The variable names a source reads: env.NAME, env['NAME'], helpers given a name, and per-subgraph templates. */
function variablesRead(text: string): string[] {
  const names = [
    ...[...text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]),
    ...[...text.matchAll(/\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)].map((m) => m[1]),
    ...[...text.matchAll(/(?:positive\(env, |dateSetting\(|intervalMsFromEnv\()'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
    ...[...text.matchAll(/env\[`([A-Z_]*)\$\{[^}]*\.toUpperCase\(\)\}([A-Z_]*)`\]/g)].map((m) => `${m[1]}<NAME>${m[2]}`),
  ];
  return names.filter((name) => name !== 'JEST_WORKER_ID');
}

describe('configuration', () => {
  const files = sourceFiles().filter((file) => !file.endsWith(path.join('shared', 'configuration.ts')));
  const read = new Map<string, string[]>();
  for (const file of files) for (const name of variablesRead(readFileSync(file, 'utf8'))) read.set(name, [...(read.get(name) ?? []), path.relative(root, file)]);

  it('lists every variable the code reads, and reads every variable it lists', () => {
    // The scan sees each way the code reads one.
    for (const name of ['HOST', 'CHILDGRAPH_HUB_TOKEN', '<NAME>_DATABASE_URL', 'SUBGRAPH_<NAME>_URL', 'CHILDGRAPH_MAX_DEPTH', 'CHILDGRAPH_GAPS_AS_OF']) expect([name, read.has(name)]).toEqual([name, true]);
    const listed = new Set(VARIABLES.map((v) => v.name));
    expect([...read.keys()].filter((name) => !listed.has(name)).map((name) => `${name} (read in ${read.get(name)!.join(', ')})`)).toEqual([]);
    expect([...listed].filter((name) => !read.has(name))).toEqual([]);
  });

  it("is the README's tables (paste configurationMarkdown() between their markers)", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const table of ['configuration', 'bounds'] as const) {
      const start = readme.indexOf(`<!-- ${table} -->`);
      const end = readme.indexOf(`<!-- /${table} -->`);
      expect([table, start >= 0 && end > start]).toEqual([table, true]);
      expect(readme.slice(start + `<!-- ${table} -->`.length, end).trim()).toBe(configurationMarkdown(table));
    }
  });

  it('accepts the defaults and good values', async () => {
    await expect(checkConfiguration({})).resolves.toBeUndefined();
    await expect(
      checkConfiguration({
        PORT: '4100',
        LOG_LEVEL: 'warn',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        HEALTH_DATABASE_URL: 'postgresql://db/health',
        SUBGRAPH_CIVIL_URL: 'http://10.0.0.5:4003/graphql',
        CHILDGRAPH_MAX_DEPTH: '12',
        CHILDGRAPH_PERSISTED_ONLY: 'web,dashboard',
        CHILDGRAPH_ACCESS_LIMITS: '{"SOCIAL": 5000}',
        CHILDGRAPH_AS_OF: '2026-11-01',
        CHILDGRAPH_SCHOOL_YEAR: '2026-2027',
        CHILDGRAPH_REFRESH_SECONDS: '0',
        CHILDGRAPH_TOKEN_MAX_LIFETIME: '30m',
      }),
    ).resolves.toBeUndefined();
  });

  it('refuses each wrong value, naming its variable, all at once', async () => {
    const wrong: Record<string, string> = {
      PORT: '80a',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://db',
      EDUCATION_DATABASE_URL: 'not a url',
      SUBGRAPH_HEALTH_URL: 'ftp://x',
      CHILDGRAPH_DB_PREFIX: 'Child-Graph',
      CHILDGRAPH_JWT_SECRET: 'short',
      CHILDGRAPH_JWT_PUBLIC_KEY: 'not a key',
      CHILDGRAPH_MAX_DEPTH: '0',
      CHILDGRAPH_REQUEST_TIMEOUT_MS: 'soon',
      CHILDGRAPH_PERSISTED_ONLY: 'yes please',
      CHILDGRAPH_ACCESS_LIMITS: '{"NOBODY": 1}',
      CHILDGRAPH_AS_OF: '2026-13-40',
      CHILDGRAPH_SCHOOL_YEAR: '2026',
      CHILDGRAPH_REFRESH_SECONDS: '-1',
      CHILDGRAPH_TOKEN_MAX_LIFETIME: 'forever',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    };
    const error = await checkConfiguration(wrong).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^Configuration: /);
    for (const name of Object.keys(wrong)) expect([name, error?.message.includes(name)]).toEqual([name, true]);
  });
});
