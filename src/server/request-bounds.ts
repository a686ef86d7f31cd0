import { getOperationAST, GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../shared/errors';
import { measureOperation, type OperationSize } from './operation-measure';

/**
 * How much one request may ask for. Every bound is checked before validation and execution, so a
 * request over one costs a parse of at most `maxTokens` tokens and one linear walk of its document.
 */
export interface RequestBounds {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  /** Fields once fragments are expanded (what graphql-js validation and execution would walk). */
  maxFields: number;
  /** Estimated fields resolved, list fields multiplied by their `first` or `defaultListSize`. */
  maxCost: number;
  defaultListSize: number;
}

/** Time budgets: a whole request, and each call the gateway makes to a subgraph. */
export interface TimeBudgets {
  requestMs: number;
  subgraphCallMs: number;
}

/**
 * The gateway's bounds, from the environment. The defaults admit every operation the hub's own
 * clients send (the child profile, 500-row list pages and their exports, a household two levels
 * deep, the refresh job's 5,000-row feed pages) with room to spare, and refuse by orders of magnitude
 * what one caller could use to exhaust the hub.
 */
export function gatewayBounds(env: NodeJS.ProcessEnv = process.env): RequestBounds {
  return {
    maxTokens: positive(env, 'CHILDGRAPH_MAX_TOKENS', 5000),
    maxDepth: positive(env, 'CHILDGRAPH_MAX_DEPTH', 10),
    maxAliases: positive(env, 'CHILDGRAPH_MAX_ALIASES', 100),
    maxRootFields: positive(env, 'CHILDGRAPH_MAX_ROOT_FIELDS', 20),
    maxFields: positive(env, 'CHILDGRAPH_MAX_FIELDS', 2000),
    maxCost: positive(env, 'CHILDGRAPH_MAX_COST', 1_000_000),
    defaultListSize: positive(env, 'CHILDGRAPH_DEFAULT_LIST_SIZE', 10),
  };
}

/**
 * A subgraph's bounds: the gateway's with headroom for what the gateway's planner adds to the part of
 * an accepted operation it sends on (key fields and `__typename` in every selection, fragments
 * inlined, `_entities` sized by the rows actually found rather than estimated), so the gateway never
 * builds a subgraph request that subgraph refuses. A caller going straight to a subgraph port meets
 * the same kind of bound, only these numbers.
 */
export function subgraphBounds(env: NodeJS.ProcessEnv = process.env): RequestBounds {
  const gateway = gatewayBounds(env);
  return {
    maxTokens: Math.max(4 * gateway.maxTokens, 8 * gateway.maxFields),
    maxDepth: gateway.maxDepth + 1,
    maxAliases: 4 * gateway.maxAliases,
    maxRootFields: gateway.maxRootFields,
    maxFields: 4 * gateway.maxFields,
    maxCost: 4 * gateway.maxCost,
    defaultListSize: gateway.defaultListSize,
  };
}

export function timeBudgets(env: NodeJS.ProcessEnv = process.env): TimeBudgets {
  return {
    requestMs: positive(env, 'CHILDGRAPH_REQUEST_TIMEOUT_MS', 30_000),
    subgraphCallMs: positive(env, 'CHILDGRAPH_SUBGRAPH_TIMEOUT_MS', 15_000),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number; got "${text}"`);
  return value;
}

export interface BoundedRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** Documents already parsed, by their text: a client sends the same few operations again and again. */
const PARSED_KEPT = 500;

/**
 * Checks one request against its bounds before anything else looks at it, and returns the error
 * to answer with (HTTP 400, QUERY_TOO_COMPLEX, naming the bound and its value), or null. A query
 * that does not parse for another reason is left to the server's own parser to report.
 */
export function requestBoundsChecker(schema: () => GraphQLSchema | undefined, bounds: RequestBounds) {
  // Wrapped: the cache keeps no null, and a query that does not parse is remembered as one too.
  const parsed = new LRUCache<string, { document: DocumentNode | null }>({ max: PARSED_KEPT });
  const documentOf = (query: string): DocumentNode | null | 'too many tokens' => {
    const known = parsed.get(query);
    if (known) return known.document;
    let document: DocumentNode | null;
    try {
      document = parse(query, { maxTokens: bounds.maxTokens, noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError && /Document contains more th\w* \d+ tokens/.test(error.message)) return 'too many tokens';
      document = null;
    }
    parsed.set(query, { document });
    return document;
  };

  return (request: BoundedRequest): GraphQLError | null => {
    const document = documentOf(request.query);
    if (document === 'too many tokens') return tooComplex(`The operation has more than ${bounds.maxTokens} tokens (the limit)`, 'maxTokens', bounds.maxTokens);
    const current = schema();
    if (!document || !current) return null;
    const operation = getOperationAST(document, request.operationName ?? undefined);
    // Several operations and no name, or a name not in the document: validation says so in its words.
    if (!operation) return null;
    const size = measureOperation(current, document, operation, { defaultListSize: bounds.defaultListSize, variables: request.variables ?? undefined });
    return overBound(size, bounds);
  };
}

function overBound(size: OperationSize, bounds: RequestBounds): GraphQLError | null {
  if (size.rootFields > bounds.maxRootFields) return tooComplex(`The operation selects ${size.rootFields} root fields; at most ${bounds.maxRootFields} are allowed`, 'maxRootFields', bounds.maxRootFields);
  if (size.aliases > bounds.maxAliases) return tooComplex(`The operation uses ${count(size.aliases)} aliases (fragments expanded); at most ${bounds.maxAliases} are allowed`, 'maxAliases', bounds.maxAliases);
  if (size.depth > bounds.maxDepth) return tooComplex(`The operation nests fields ${size.depth} deep; at most ${bounds.maxDepth} levels are allowed`, 'maxDepth', bounds.maxDepth);
  if (size.fields > bounds.maxFields) return tooComplex(`The operation selects ${count(size.fields)} fields once its fragments are expanded; at most ${bounds.maxFields} are allowed`, 'maxFields', bounds.maxFields);
  if (size.cost > bounds.maxCost) {
    return tooComplex(
      `The operation could resolve about ${count(size.cost)} fields (lists counted by their "first" argument, or ${bounds.defaultListSize} items); at most ${bounds.maxCost} are allowed: ask for fewer items or fewer nested lists`,
      'maxCost',
      bounds.maxCost,
    );
  }
  return null;
}

const count = (n: number) => (n >= 1e15 ? 'more than 10^15' : String(n));

function tooComplex(message: string, limit: keyof RequestBounds, value: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QueryTooComplex, limit, limitValue: value, http: { status: 400 } } });
}
