import type { RequestedFields } from './prefetch';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { AuditCollector } from '../auth/audit';
import type { Principal } from '../auth/principal';
import type { SubgraphSchema } from './federation';
import type { SubgraphName } from '../subgraphs/subgraph-names';

/** What every Prisma client has; enough for the runtime to check health and shut down. */
export interface PrismaLike {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $disconnect(): Promise<void>;
}

export interface DbHooks {
  /** Called once per SQL statement the client sends: the N+1 tests and the benchmark count them. */
  onQuery?: () => void;
}

/** One agency subgraph: its data layer, its schema and its per-request context. */
export interface SubgraphModule<Db extends PrismaLike = PrismaLike> {
  name: SubgraphName;
  createDb(adapter: SqlDriverAdapterFactory, hooks?: DbHooks): Db;
  buildSchema(): Promise<SubgraphSchema>;
  /** `requested` is filled with the operation's field names once it is parsed (loaders prefetch by it). */
  createContext(principal: Principal, db: Db, requested: RequestedFields): object;
  /**
   * Why the subgraph cannot serve its lists yet (null: it can), beyond its database answering:
   * the registry, before the first hub refresh has filled them. `/readyz` reports it.
   */
  notReadyBecause?(db: Db): Promise<string | null>;
}

/** The request context every resolver receives (the server adds the audit collector). */
export interface SubgraphContext<Db, Loaders> {
  principal: Principal;
  db: Db;
  loaders: Loaders;
  audit: AuditCollector;
  requested: RequestedFields;
}
