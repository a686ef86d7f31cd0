import { InvalidArgumentError, type Command } from 'commander';
import { AGENCIES } from '../auth/principal';
import { isSubgraphName, SUBGRAPH_NAMES } from '../subgraphs/subgraph-names';
import { SCENARIO_IDS, type BenchCommandOptions } from '../bench/bench-options';
import type { ImportCommandOptions } from './import.command';
import type { LinkCommandOptions } from './link.command';
import type { SeedCommandOptions } from './seed.command';
import type { TokenCommandOptions } from './token.command';
import { UsageError } from './usage-error';

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

/**
 * Every command, in the order `childgraph --help` lists them. Each loads its module when it runs:
 * `token` or a refused command line need not load the servers, Prisma and type-graphql first.
 */
export function registerCommands(program: Command): void {
  registerServingCommands(program);
  registerSchemaCommands(program);
  registerDataCommands(program);
  registerBenchCommands(program);
  registerTokenCommand(program);
}

/** Running the hub: everything in one process, or one subgraph or the gateway each. */
function registerServingCommands(program: Command): void {
  program
    .command('serve')
    .description('start every subgraph and the gateway in one process (embedded PGlite, or PostgreSQL when DATABASE_URL is set)')
    .option('--seed-children <n>', 'children to seed on first start', positiveInt, 2000)
    .action(async (opts: { seedChildren: number }) => (await import('./serve.command.js')).serve(opts));

  program
    .command('subgraph <name>')
    .description(`run one subgraph (${SUBGRAPH_NAMES.join(', ')}) against <NAME>_DATABASE_URL; PORT overrides its default port`)
    .action(async (name: string) => {
      if (!isSubgraphName(name)) throw new UsageError(`unknown subgraph "${name}"; expected one of ${SUBGRAPH_NAMES.join(', ')}`);
      return (await import('./serve.command.js')).serveSubgraph(name);
    });

  program
    .command('gateway')
    .description('serve the committed schema/supergraph.graphql; SUBGRAPH_<NAME>_URL overrides each subgraph URL')
    .action(async () => (await import('./serve.command.js')).serveGateway());
}

/** Keeping the composed schema, the databases and the registry's derived facts up to date. */
function registerSchemaCommands(program: Command): void {
  program
    .command('compose')
    .description('write schema/<name>.graphql, schema/supergraph.graphql and schema/api.graphql')
    .action(async () => (await import('./compose.command.js')).compose());

  program
    .command('migrate [status]')
    .description('apply committed migrations to every subgraph database (one migrator at a time); `migrate status` reports, writes nothing, exits 1 when behind')
    .option('--status', 'the same as `migrate status`')
    .action(async (what: string | undefined, opts: { status?: boolean }) => {
      if (what !== undefined && what !== 'status') throw new UsageError(`migrate takes no argument but "status"; got "${what}"`);
      const command = await import('./migrate.command.js');
      return what === 'status' || opts.status ? command.printMigrationStatus() : command.migrate();
    });

  program
    .command('refresh')
    .description("bring the registry's cross-agency facts and lists up to date from the subgraphs' change feeds (SUBGRAPH_<NAME>_URL)")
    .action(async () => (await import('./refresh.command.js')).refresh());

  program
    .command('migrations:new <subgraph> <what>')
    .description('development: write the SQL migration that takes the last migrated schema to schema.prisma')
    // The WASM schema engine is a development dependency: loaded only when this command runs, so a
    // production install (npm ci --omit=dev) still starts every other command.
    .action(async (subgraph: string, what: string) => (await import('./migrations.command.js')).newMigration(subgraph, what));
}

/** Getting records in: synthetic seeding, agency imports and their linkage to master children. */
function registerDataCommands(program: Command): void {
  program
    .command('seed')
    .description('write a deterministic synthetic population into every subgraph (idempotent)')
    .option('--children <n>', 'number of children', positiveInt, 1000)
    .option('--seed <s>', 'random seed: the same N and seed give the same data', positiveInt, 1)
    .option('--provinces <codes>', 'only these provinces, comma-separated two-digit codes (e.g. 01,79)')
    .option('--truth <file>', 'write the planted known answers as JSON lines to this file')
    .option('--rates <json>', 'override rates, e.g. \'{"abandoned":0.01}\' (see src/synthetic/rates.ts)')
    .action(async (opts: SeedCommandOptions) => (await import('./seed.command.js')).seed(opts));

  program
    .command('import')
    .description('import a file of agency records (validated, idempotent, resumable); --columns documents a kind')
    .argument('<subgraph>', 'owning subgraph, e.g. education')
    .argument('<kind>', 'record kind, e.g. enrollments')
    .argument('[file]', 'CSV, JSONL or XLSX file')
    .option('--format <format>', 'csv | jsonl | xlsx (default: from the file name)')
    .option('--delimiter <separator>', "CSV: the separator between values, ';', '|' or tab (default ',')")
    .option('--dry-run', 'validate and report rejects without writing')
    .option('--operator <name>', 'who runs the import (recorded with it)')
    .option('--columns', "print the kind's documented columns and exit")
    .option('--rollback <runId>', 'undo an import run (finished or interrupted) instead of importing')
    .option('--link-entered', 'send records entered through save mutations to the registry linkage instead of importing')
    .option('--no-link', "leave the records the run queued for linkage (no valid personal ID the hub knows) to a later childgraph link")
    .action(async (subgraph: string, kind: string, file: string | undefined, opts: ImportCommandOptions & { columns?: boolean; linkEntered?: boolean }) => {
      const { describeColumns, importFile, linkEntered, rollbackRun } = await import('./import.command.js');
      if (opts.columns) return void process.stdout.write(`${describeColumns(subgraph, kind)}\n`);
      if (opts.rollback) return rollbackRun(subgraph, kind, opts.rollback);
      if (opts.linkEntered) return linkEntered(subgraph, kind);
      if (!file) throw new UsageError('give the file to import');
      await importFile(subgraph, kind, file, opts);
    });

  program
    .command('link')
    .description('record linkage: link the records imports queued (PendingLink), or --evaluate against a truth file')
    .option('--evaluate', 'link every agency record from scratch (masters made from the records) and report precision, recall and review per hard case (writes nothing)')
    .option('--truth <file>', 'the known answers written by seed --truth')
    .option('--json <file>', 'with --evaluate: also write the figures as JSON')
    .action(async (opts: LinkCommandOptions) => (await import('./link.command.js')).link(opts));
}

/** The benchmark and the helper processes it starts. */
function registerBenchCommands(program: Command): void {
  program
    .command('bench')
    .description('run the benchmark suite (see README, Performance); PostgreSQL when DATABASE_URL is set')
    .option('--children <n>', 'children in the population (seeded once into its own databases, then reused)', positiveInt, 100_000)
    .option('--mode <mode>', 'embedded (one process) or distributed (a process per subgraph and the gateway; PostgreSQL)', 'embedded')
    .option('--scenarios <ids>', `comma-separated scenarios to run: ${SCENARIO_IDS.join(',')}`, SCENARIO_IDS.join(','))
    .option('--rounds <n>', 'measured rounds per figure; figures are medians over rounds', positiveInt, 3)
    .option('--requests <n>', 'sequential requests per latency round (list pages use a fifth)', positiveInt, 100)
    .option('--warmup <n>', 'sequential requests before measuring', positiveInt, 20)
    .option('--duration <seconds>', 'seconds per throughput round', positiveInt, 5)
    .option('--out <file>', 'write every figure as JSON')
    // The benchmark's modules (autocannon, @apollo/gateway: development dependencies) load only when
    // a bench command runs, so that a production install starts `serve`, `subgraph` and `gateway`.
    .action(async (opts: BenchCommandOptions) => (await import('./bench.command.js')).bench(opts));

  program
    .command('bench:stack', { hidden: true })
    .description('benchmark helper: the whole stack over the benchmark population, driven over IPC')
    .requiredOption('--children <n>', 'children', positiveInt)
    .action(async (opts: { children: number }) => (await import('../bench/stack-process.js')).serveBenchStack(opts.children));

  program
    .command('bench:apollo-gateway <supergraph>', { hidden: true })
    .description('benchmark helper: @apollo/gateway over a supergraph file without auth directives, on PORT')
    .action(async (file: string) => (await import('../bench/apollo-gateway.js')).serveApolloGateway(file, Number(process.env.PORT ?? 4100)));
}

/** Tokens for local use; deployments take theirs from the identity provider the keys belong to. */
function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print a signed token for local use')
    .requiredOption('--agency <agency>', `one of ${AGENCIES.join(', ')}`)
    .option('--jurisdiction <j>', 'national | province:CODE | commune:CODE', 'national')
    .option('--purpose <text>', 'why the data is needed (recorded in the audit trail)', 'local development')
    .option('--subject <id>', 'who the token is for', 'dev-user')
    .option('--client <name>', 'the app the token is for (its client_id claim; see CHILDGRAPH_PERSISTED_ONLY)')
    .option('--ttl <duration>', 'lifetime, e.g. 30m, 1h, 8h (at most CHILDGRAPH_TOKEN_MAX_LIFETIME, default 8h)', '1h')
    .action(async (opts: TokenCommandOptions) => (await import('./token.command.js')).printToken(opts));
}
