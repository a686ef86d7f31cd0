import { createPublicKey } from 'node:crypto';
import { SUBGRAPH_NAMES } from '../subgraphs/subgraph-names';

/**
 * Every environment variable childgraph reads, in one list: its name, its default as an operator
 * sees it, what it means, and the rule its value follows. `checkConfiguration` applies every rule
 * when a command starts, so a wrong value stops the process at once with an error naming the
 * variable, instead of failing the first request that happens to read it. Where a module parses
 * its variables itself (the request bounds, the access limits, the token lifetime, ...), the rule
 * here calls that very parser, so each variable has one rule. The README's tables are printed from
 * this list (`configurationMarkdown`), and a test keeps the list equal to what the code reads.
 */
export interface Variable {
  /** The name; `<NAME>` stands for a subgraph's name in capitals (e.g. HEALTH_DATABASE_URL). */
  name: string;
  default: string;
  meaning: string;
  /** Which README table lists it. */
  table: 'configuration' | 'bounds';
  /** Throws an Error saying what is wrong with the value; the parsers' own messages name the variable. */
  check?: (value: string, env: NodeJS.ProcessEnv) => void | Promise<void>;
}

const wholeNumber = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`must be a whole number from ${min} to ${max}; got "${value}"`);
};

const url = (protocols: readonly string[]) => (value: string) => {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`must be a URL; got "${value}"`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`must be a ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL; got "${parsed.protocol}"`);
};

const oneOf = (values: readonly string[]) => (value: string) => {
  if (!values.includes(value)) throw new Error(`must be one of ${values.join(', ')}; got "${value}"`);
};

const nonEmpty = (value: string) => {
  if (value.trim() === '') throw new Error('must not be empty');
};

const requestBound = (name: string, fallback: number, meaning: string): Variable => ({
  name,
  default: String(fallback),
  meaning,
  table: 'bounds',
  check: async (_value, env) => void (await import('../server/request-bounds.js')).gatewayBounds(env),
});

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const VARIABLES: readonly Variable[] = [
  { name: 'PORT', default: '4000 (a subgraph: its own)', meaning: 'port to listen on', table: 'configuration', check: wholeNumber(0, 65535) },
  { name: 'HOST', default: '`127.0.0.1`', meaning: 'address every server binds', table: 'configuration', check: nonEmpty },
  { name: 'NODE_ENV', default: 'unset', meaning: '`production`: hardened (see Access control), token keys required', table: 'configuration' },
  { name: 'LOG_LEVEL', default: '`info` (`silent` under Jest)', meaning: 'pino log level', table: 'configuration', check: oneOf(LOG_LEVELS) },
  { name: 'CHILDGRAPH_DATA_DIR', default: '`.data/`', meaning: 'embedded database, development secret', table: 'configuration', check: nonEmpty },
  { name: 'DATABASE_URL', default: 'unset: embedded', meaning: 'PostgreSQL server; databases `<prefix>_<name>`', table: 'configuration', check: url(['postgres:', 'postgresql:']) },
  { name: '<NAME>_DATABASE_URL', default: 'from `DATABASE_URL`', meaning: "one subgraph's database (e.g. `HEALTH_DATABASE_URL`)", table: 'configuration', check: url(['postgres:', 'postgresql:']) },
  {
    name: 'CHILDGRAPH_DB_PREFIX',
    default: '`childgraph`',
    meaning: 'prefix of those database names',
    table: 'configuration',
    check: (value) => {
      if (!/^[a-z_][a-z0-9_]{0,40}$/.test(value)) throw new Error(`must be lower-case letters, digits and _ (a PostgreSQL name); got "${value}"`);
    },
  },
  { name: 'SUBGRAPH_<NAME>_URL', default: '`http://127.0.0.1:<port>/graphql`', meaning: 'where `gateway` and the refresh reach a subgraph', table: 'configuration', check: url(['http:', 'https:']) },
  {
    name: 'CHILDGRAPH_JWT_SECRET',
    default: 'random, in `.data/jwt-secret`',
    meaning: 'HS256 signing secret, ≥ 32 characters',
    table: 'configuration',
    check: (value) => {
      if (value.length < 32) throw new Error('must be at least 32 characters');
    },
  },
  { name: 'CHILDGRAPH_JWKS_URL', default: 'unset', meaning: 'verify tokens by a JWKS (RS256/ES256)', table: 'configuration', check: url(['https:', 'http:']) },
  {
    name: 'CHILDGRAPH_JWT_PUBLIC_KEY',
    default: 'unset',
    meaning: 'verify tokens by one PEM public key',
    table: 'configuration',
    check: (value) => {
      try {
        createPublicKey(value.replace(/\\n/g, '\n'));
      } catch {
        throw new Error('is not a PEM public key (-----BEGIN PUBLIC KEY----- …; newlines may be written \\n)');
      }
    },
  },
  { name: 'CHILDGRAPH_JWT_ISSUER', default: '`childgraph`', meaning: 'required `iss`', table: 'configuration', check: nonEmpty },
  { name: 'CHILDGRAPH_JWT_AUDIENCE', default: '`childgraph`', meaning: 'required `aud`', table: 'configuration', check: nonEmpty },
  {
    name: 'CHILDGRAPH_TOKEN_MAX_LIFETIME',
    default: '`8h`',
    meaning: 'longest lifetime a token may have',
    table: 'configuration',
    check: async (_value, env) => void (await import('../auth/token.js')).maxTokenLifetimeSeconds(env),
  },
  { name: 'CHILDGRAPH_HUB_TOKEN', default: 'self-signed (development)', meaning: "the refresh's HUB token (needed in production)", table: 'configuration', check: nonEmpty },
  {
    name: 'CHILDGRAPH_REFRESH_SECONDS',
    default: '60',
    meaning: 'refresh interval; 0: only `childgraph refresh`',
    table: 'configuration',
    check: async (_value, env) => void (await import('../jobs/recurring-job.js')).intervalMsFromEnv('CHILDGRAPH_REFRESH_SECONDS', 60, env),
  },
  {
    name: 'CHILDGRAPH_LINK_SECONDS',
    default: '300',
    meaning: '`serve` links saved records; 0: `import --link-entered`',
    table: 'configuration',
    check: async (_value, env) => void (await import('../jobs/recurring-job.js')).intervalMsFromEnv('CHILDGRAPH_LINK_SECONDS', 300, env),
  },
  { name: 'CHILDGRAPH_AS_OF', default: 'today', meaning: 'day the hub takes as today (school year, gap deadlines)', table: 'configuration', check: async (_value, env) => void (await import('./as-of.js')).dateSetting('CHILDGRAPH_AS_OF', env) },
  {
    name: 'CHILDGRAPH_GAPS_AS_OF',
    default: '`CHILDGRAPH_AS_OF`',
    meaning: 'day to measure gap deadlines at',
    table: 'configuration',
    check: async (_value, env) => void (await import('./as-of.js')).dateSetting('CHILDGRAPH_GAPS_AS_OF', env),
  },
  {
    name: 'CHILDGRAPH_SCHOOL_YEAR',
    default: 'school year of that day',
    meaning: 'the current school year (opens in September)',
    table: 'configuration',
    check: async (_value, env) => void (await import('./as-of.js')).currentSchoolYear(new Date(), env),
  },
  {
    name: 'CHILDGRAPH_REQUEST_TIMEOUT_MS',
    default: '30000',
    meaning: 'time budget of a request (gateway, each subgraph)',
    table: 'configuration',
    check: async (_value, env) => void (await import('../server/request-bounds.js')).timeBudgets(env),
  },
  {
    name: 'CHILDGRAPH_SUBGRAPH_TIMEOUT_MS',
    default: '15000',
    meaning: 'time budget of a gateway-to-subgraph call',
    table: 'configuration',
    check: async (_value, env) => void (await import('../server/request-bounds.js')).timeBudgets(env),
  },
  {
    name: 'CHILDGRAPH_PERSISTED_ONLY',
    default: 'unset',
    meaning: '`1`: only persisted documents (`documentId`); `web,app1`: for those clients only (`web` the web app, else a token\'s `client_id`)',
    table: 'configuration',
    check: async (_value, env) => void (await import('../gateway/persisted-documents.js')).persistedOnly(env),
  },
  {
    name: 'CHILDGRAPH_ACCESS_LIMITS',
    default: '20,000 each',
    meaning: 'children per hour per subject by agency, JSON (`{"SOCIAL":5000}`)',
    table: 'configuration',
    check: async (_value, env) => void (await import('../auth/access-limits.js')).accessLimitsFromEnv(env),
  },
  {
    name: 'CHILDGRAPH_ACCESS_SLOWDOWN_MS',
    default: '2000',
    meaning: 'wait per response past that limit',
    table: 'configuration',
    check: async (_value, env) => void (await import('../auth/access-limits.js')).accessLimitsFromEnv(env),
  },
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', default: 'unset: no traces', meaning: 'OTLP/HTTP collector: traces on', table: 'configuration', check: url(['http:', 'https:']) },
  { name: 'OTEL_SERVICE_NAME', default: '`childgraph[-<name>]`', meaning: 'service name on the spans', table: 'configuration', check: nonEmpty },
  { name: 'USER', default: '`unknown`', meaning: 'import operator without `--operator`', table: 'configuration' },
  requestBound('CHILDGRAPH_MAX_TOKENS', 5000, 'lexical tokens in the document'),
  requestBound('CHILDGRAPH_MAX_DEPTH', 10, 'field nesting'),
  requestBound('CHILDGRAPH_MAX_ALIASES', 100, 'aliased fields, fragments expanded'),
  requestBound('CHILDGRAPH_MAX_ROOT_FIELDS', 20, 'fields at the root (aliases included)'),
  requestBound('CHILDGRAPH_MAX_FIELDS', 2000, 'fields once fragments are expanded'),
  requestBound('CHILDGRAPH_MAX_COST', 1_000_000, 'estimated fields resolved: a list multiplies what it selects by its `first`, the length of a list argument, or `CHILDGRAPH_DEFAULT_LIST_SIZE`'),
  requestBound('CHILDGRAPH_DEFAULT_LIST_SIZE', 10, 'items a list without `first` is counted as'),
  { name: 'CHILDGRAPH_BENCH_DB_PREFIX', default: '`childgraph_bench`', meaning: 'benchmark database prefix', table: 'configuration', check: nonEmpty },
  { name: 'CHILDGRAPH_BENCH_NODE_ARGS', default: 'unset', meaning: "Node flags of the benchmark's stack process", table: 'configuration' },
];

export class ConfigurationError extends Error {}

/** The environment's values for `variable`: one, or one per subgraph for a `<NAME>` pattern. */
function valuesOf(variable: Variable, env: NodeJS.ProcessEnv): { name: string; value: string }[] {
  const names = variable.name.includes('<NAME>') ? SUBGRAPH_NAMES.map((subgraph) => variable.name.replace('<NAME>', subgraph.toUpperCase())) : [variable.name];
  return names.flatMap((name) => (env[name] === undefined || env[name] === '' ? [] : [{ name, value: env[name]! }]));
}

/**
 * Applies every variable's rule to the environment; throws a ConfigurationError listing each wrong
 * variable by name with what is wrong. Only the modules of variables that are set are loaded, so a
 * quick command stays quick.
 */
export async function checkConfiguration(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const problems: string[] = [];
  for (const variable of VARIABLES) {
    for (const { name, value } of valuesOf(variable, env)) {
      try {
        await variable.check?.(value, env);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push(message.includes(name) ? message : `${name} ${message}`);
      }
    }
  }
  const unique = [...new Set(problems)];
  if (unique.length) throw new ConfigurationError(`Configuration: ${unique.join('; ')}`);
}

/** The README table of one group of variables. */
export function configurationMarkdown(table: Variable['table']): string {
  const heading = table === 'bounds' ? '| variable | default | bounds |' : '| variable | default | meaning |';
  const rows = VARIABLES.filter((v) => v.table === table).map((v) => `| \`${v.name}\` | ${v.default} | ${v.meaning} |`);
  return [heading, '|---|---|---|', ...rows].join('\n');
}
