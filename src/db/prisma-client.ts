import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../server/subgraph-module';
import { traceStatement } from '../server/tracing';

const QUERY_EVENTS = [{ emit: 'event', level: 'query' }] as const;

type ClientConstructor<Client> = new (options: {
  adapter: SqlDriverAdapterFactory;
  log: typeof QUERY_EVENTS extends readonly (infer T)[] ? T[] : never;
}) => Client;

/** Creates a subgraph's Prisma client on a driver adapter, counting (and tracing) the SQL it sends. */
export function createPrismaClient<Client extends { $on(event: 'query', callback: (event: { query: string; duration: number }) => void): unknown }>(
  Ctor: ClientConstructor<Client>,
  adapter: SqlDriverAdapterFactory,
  hooks: DbHooks = {},
): Client {
  const client = new Ctor({ adapter, log: [...QUERY_EVENTS] });
  if (hooks.onQuery) client.$on('query', hooks.onQuery);
  client.$on('query', traceStatement);
  return client;
}
