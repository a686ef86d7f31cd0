import type { Agency } from '../auth/principal';

/** The six subgraphs, in composition order; each owns the PostgreSQL schema of the same name. */
export const SUBGRAPH_NAMES = ['registry', 'identity', 'civil', 'education', 'health', 'protection'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The agency that owns (writes) each subgraph's records; the registry belongs to the hub itself. */
export const SUBGRAPH_OWNER: Record<SubgraphName, Agency | null> = {
  registry: null,
  identity: 'POLICE',
  civil: 'JUSTICE',
  education: 'EDUCATION',
  health: 'HEALTH',
  protection: 'SOCIAL',
};

/** Default ports in distributed mode (gateway on 4000). Embedded mode picks free ports. */
export const DEFAULT_SUBGRAPH_PORT: Record<SubgraphName, number> = {
  registry: 4001,
  identity: 4002,
  civil: 4003,
  education: 4004,
  health: 4005,
  protection: 4006,
};

export function isSubgraphName(value: string): value is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(value);
}
