import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { stripAuthDirectives } from './strip-auth';

/** One request the gateway sends to a subgraph for an operation. */
export interface SubgraphFetch {
  subgraph: string;
  operation: string;
  /** An `_entities` fetch, given the entity's key rather than the client's variables. */
  entity: boolean;
}

/** The plan's order: fetches in sequence add up, fetches in parallel wait for the slowest. */
export type PlanShape = { kind: 'fetch'; index: number } | { kind: 'sequence' | 'parallel'; nodes: PlanShape[] };

/**
 * The subgraph requests and their order for an operation, as a Federation query planner plans
 * them for this supergraph (the same planner family both gateways use).
 */
export function planOperation(supergraphSdl: string, query: string): { fetches: SubgraphFetch[]; shape: PlanShape } {
  const supergraph = Supergraph.build(stripAuthDirectives(supergraphSdl));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(query), {}));
  const fetches: SubgraphFetch[] = [];
  const shapeOf = (node: PlanNode): PlanShape => {
    switch (node.kind) {
      case 'Fetch':
        fetches.push({ subgraph: node.serviceName, operation: node.operation, entity: Boolean(node.requires) });
        return { kind: 'fetch', index: fetches.length - 1 };
      case 'Flatten':
        return shapeOf(node.node);
      case 'Sequence':
        return { kind: 'sequence', nodes: node.nodes.map(shapeOf) };
      case 'Parallel':
        return { kind: 'parallel', nodes: node.nodes.map(shapeOf) };
      default:
        throw new Error(`the plan has a ${node.kind} node, which the benchmark does not replay`);
    }
  };
  if (!plan.node || plan.node.kind === 'Subscription') throw new Error('the operation is not a query the gateway fetches');
  return { fetches, shape: shapeOf(plan.node) };
}

/** The time the plan takes when each fetch takes `costs[index]`: its critical path. */
export function criticalPath(shape: PlanShape, costs: readonly number[]): number {
  if (shape.kind === 'fetch') return costs[shape.index];
  const parts = shape.nodes.map((node) => criticalPath(node, costs));
  return shape.kind === 'sequence' ? parts.reduce((a, b) => a + b, 0) : Math.max(...parts);
}
