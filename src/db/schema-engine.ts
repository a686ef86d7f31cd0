/**
 * Migration SQL from Prisma schema text without the native schema-engine binary, which Prisma 7's
 * CLI insists on downloading: runs `@prisma/schema-engine-wasm` over a driver adapter instead, to the
 * same effect as `prisma migrate diff --script`.
 *
 * Both functions return '' when there is nothing to migrate (the engine itself would print
 * "-- This is an empty migration."), so callers can assert on emptiness directly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { DiffTarget, SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as EngineRuntime from '@prisma/schema-engine-wasm/schema_engine_bg';

/**
 * e.g. `new PrismaPg({ connectionString })` or pglite-prisma-adapter's `new PrismaPGlite(pglite)`.
 * The engine wants a migration-aware factory, but these diffs never use a shadow database, so a
 * plain factory (as typed by storage helpers) is accepted too.
 */
export type SchemaEngineAdapterFactory = SqlDriverAdapterFactory & Partial<Pick<SqlMigrationAwareDriverAdapterFactory, 'connectToShadowDb'>>;

/** SQL taking a database from schema `from` (null = empty database) to schema `to`; no database state is read. */
export async function diffSchemaSql(opts: {
  from: string | null;
  to: string;
  adapterFactory: SchemaEngineAdapterFactory;
}): Promise<string> {
  const from: DiffTarget = opts.from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', ...schemaFiles(opts.from) };
  return diff(opts.adapterFactory, from, { tag: 'schemaDatamodel', ...schemaFiles(opts.to) });
}

/**
 * SQL bringing the live database behind `adapterFactory` to what `schema` describes. Only the
 * datasource's `schemas` (or the connection's default schema) are introspected, so unrelated schemas
 * and Prisma's `_prisma_migrations` table don't show up as drift.
 */
export async function diffDatabaseToSchemaSql(opts: {
  adapterFactory: SchemaEngineAdapterFactory;
  schema: string;
}): Promise<string> {
  // `schemaDatasource` means "the database the schema's datasource points at"; with the wasm engine
  // that is whatever the adapter connects to, so the schema needs no `url`. configDir only matters
  // for file-relative connection options, which adapters don't use.
  const files = schemaFiles(opts.schema);
  return diff(opts.adapterFactory, { tag: 'schemaDatasource', ...files, configDir: process.cwd() }, { tag: 'schemaDatamodel', ...files });
}

async function diff(factory: SchemaEngineAdapterFactory, from: DiffTarget, to: DiffTarget): Promise<string> {
  const { stdout } = await withEngine(factory, (engine) =>
    engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } }),
  );
  const script = stdout ?? '';
  return script.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('--')) ? '' : script;
}

function schemaFiles(content: string): { files: { path: string; content: string }[] } {
  // The path only shows up in validation error messages.
  return { files: [{ path: 'schema.prisma', content }] };
}

// --- engine lifecycle -------------------------------------------------------------------------

let engineClass: typeof SchemaEngine | undefined;
let panicked: Error | undefined;
const pendingCalls = new Set<(error: Error) => void>();

function loadEngineClass(): typeof SchemaEngine {
  if (panicked) throw new Error(`Prisma schema engine is unusable after an earlier panic: ${panicked.message}`);
  if (engineClass) return engineClass;
  // The package entry imports the .wasm as an ES module, which Node can't load without flags, so
  // (as Prisma's own loader does) take the wasm-bindgen `_bg` glue and wire the instance in by hand.
  // One instance per process: the glue caches views of the instance's memory at module level.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const runtime = evaluateGlue(readFileSync(gluePath, 'utf8'));
  const wasmModule = new WebAssembly.Module(readFileSync(join(dirname(gluePath), 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasmModule, {
    // WebAssembly.Imports wants plain records of functions; the glue's exports are exactly that.
    './schema_engine_bg.js': runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  engineClass = runtime.SchemaEngine;
  return engineClass;
}

/**
 * The glue is ESM using only top-level `export function` / `export class`. It is evaluated here
 * rather than require()d because Jest (this project's runner) can't require ESM before Node 24.9
 * and doesn't transform node_modules, and because it must run in the caller's realm: it checks
 * adapter results with `instanceof Promise`, which fails across Jest's sandbox boundary.
 */
function evaluateGlue(source: string): typeof EngineRuntime {
  const exportDeclaration = /^export (?=(?:function|class) )/gm;
  const names = [...source.matchAll(/^export (?:function|class) (\w+)/gm)].map((match) => match[1]);
  const body = source.replace(exportDeclaration, '');
  if (/^\s*(?:export|import)\b/m.test(body) || !names.includes('SchemaEngine')) {
    throw new Error('Unexpected @prisma/schema-engine-wasm glue format; its loader in schema-engine.ts needs updating');
  }
  // Function constructor: the glue's own top-level scope, nothing from this module leaks into it.
  return new Function(`${body}\nreturn { ${names.join(', ')} };`)() as typeof EngineRuntime;
}

type PanicRegistry = { set_message(message: string): void; [panicHooked]?: true };
const panicHooked = Symbol('schema-engine-panic-hook');

/**
 * On a Rust panic the wasm reports the message through this global, then traps inside a microtask:
 * the pending engine promise never settles and the trap surfaces as an uncaught exception. Hook it
 * to reject our in-flight calls with the message. An existing registry is wrapped, not replaced
 * (@prisma/client installs one); ours throws like that one, so a crash at least names the panic.
 */
function hookPanics(): void {
  const global = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  const registry = (global.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      throw new Error(`Prisma schema engine panicked: ${message}`);
    },
  });
  if (registry[panicHooked]) return;
  const original = registry.set_message;
  registry.set_message = function (message: string) {
    panicked = new Error(`Prisma schema engine panicked: ${message}`);
    for (const reject of pendingCalls) reject(panicked);
    original.call(this, message);
  };
  registry[panicHooked] = true;
}

async function withEngine<T>(factory: SchemaEngineAdapterFactory, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  hookPanics();
  const SchemaEngineClass = loadEngineClass();
  const adapters = new Set<SqlDriverAdapter>();
  let rejectOnPanic: ((error: Error) => void) | undefined;
  const panic = new Promise<never>((_, reject) => pendingCalls.add((rejectOnPanic = reject)));
  let engine: SchemaEngine | undefined;
  try {
    const bound = bindMigrationAwareSqlAdapterFactory(trackingFactory(factory, adapters));
    // The callback receives the engine's JSON log lines; this module stays silent.
    engine = await Promise.race([SchemaEngineClass.new({ datamodels: undefined }, () => undefined, bound), panic]);
    return await Promise.race([run(engine), panic]);
  } catch (error) {
    if (error === panicked) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Prisma schema engine failed: ${message}`, { cause: error });
  } finally {
    if (rejectOnPanic) pendingCalls.delete(rejectOnPanic);
    if (engine && !panicked) engine.free();
    // free() does not dispose the adapters the engine opened (adapter-pg pools would keep the
    // process alive), and the engine connects eagerly even for pure schema-to-schema diffs.
    await Promise.allSettled([...adapters].map((adapter) => adapter.dispose()));
  }
}

function trackingFactory(
  factory: SchemaEngineAdapterFactory,
  adapters: Set<SqlDriverAdapter>,
): SqlMigrationAwareDriverAdapterFactory {
  const track = async (connect: () => Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const adapter = withPgCharFallback(await connect());
    const dispose = once(() => adapter.dispose());
    const tracked = new Proxy(adapter, {
      get: (target, prop) => (prop === 'dispose' ? dispose : Reflect.get(target, prop)),
    });
    adapters.add(tracked);
    return tracked;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(() => factory.connect()),
    connectToShadowDb: () =>
      track(() =>
        factory.connectToShadowDb
          ? factory.connectToShadowDb()
          : Promise.reject(new Error(`${factory.adapterName} cannot provide the shadow database the schema engine asked for`)),
      ),
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

// --- adapter-pg "char" workaround -------------------------------------------------------------

/**
 * The engine's catalog introspection selects PostgreSQL's internal one-byte "char" columns
 * (pg_constraint.contype, confdeltype, confupdtype). @prisma/adapter-pg 7.10 maps no column type for
 * OID 18 and rejects the whole result, so live-database diffs fail with "Column type 'char' could not
 * be deserialized". Only when that happens: retry with those columns cast to text, and label them
 * Character again, since the engine reads them as chars and panics on text.
 */
const CATALOG_CHAR_COLUMN = /\b((?:\w+\.)?(?:contype|confdeltype|confupdtype|confmatchtype))\b(?!\s*::)(\s+AS\s+"?(\w+)"?)?/gi;

function withPgCharFallback<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, prop) {
      if (prop === 'queryRaw') return (query: SqlQuery) => queryRawWithCharFallback(target, query);
      if (prop === 'startTransaction' && isDriverAdapter(target)) {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          withPgCharFallback(await target.startTransaction(...args));
      }
      const value: unknown = Reflect.get(target, prop);
      // Bind so adapters using private class fields (#x) keep working behind the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isDriverAdapter(queryable: SqlQueryable): queryable is SqlQueryable & SqlDriverAdapter {
  return 'startTransaction' in queryable;
}

async function queryRawWithCharFallback(queryable: SqlQueryable, query: SqlQuery): Promise<SqlResultSet> {
  try {
    return await queryable.queryRaw(query);
  } catch (error) {
    const unsupportedChar =
      isDriverAdapterError(error) && error.cause.kind === 'UnsupportedNativeDataType' && error.cause.type === 'char';
    if (!unsupportedChar) throw error;
    const charColumns = new Set<string>();
    const sql = query.sql.replace(CATALOG_CHAR_COLUMN, (_match, ref: string, as: string | undefined, alias: string | undefined) => {
      charColumns.add(alias ?? ref.slice(ref.lastIndexOf('.') + 1));
      return `${ref}::text${as ?? ''}`;
    });
    const result = await queryable.queryRaw({ ...query, sql });
    return {
      ...result,
      columnTypes: result.columnTypes.map((type, i) =>
        charColumns.has(result.columnNames[i] ?? '') ? ColumnTypeEnum.Character : type,
      ),
    };
  }
}
