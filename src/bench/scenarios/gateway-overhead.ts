import type { SubgraphName } from '../../subgraphs/subgraph-names';
import { measureOperation } from '../measure-operation';
import { criticalPath, planOperation } from '../query-plan';
import type { Scenario } from '../scenario';
import { round2 } from '../stats';
import { childProfileBodies, childProfileQuery } from './child-profile';

/**
 * Scenario 6: scenario 1 through the gateway against the same subgraph requests sent straight to
 * each subgraph (the plan's fetches, replayed with the child's personal ID or key). The direct
 * cost of the plan is its critical path: the registry fetch, then the slowest of the parallel ones.
 */
export const gatewayOverheadScenario: Scenario = {
  id: '6',
  title: "scenario 1 through the gateway vs straight to each subgraph (the gateway's overhead)",
  async run(context) {
    const { fetches, shape } = planOperation(context.supergraphSdl, childProfileQuery());
    const gateway = await measureOperation(context, { url: context.target.gatewayUrl, bodies: childProfileBodies(context), countOn: 'gateway' });
    const direct = [];
    for (const fetch of fetches) {
      const subgraph = fetch.subgraph as SubgraphName;
      context.progress(`  straight to ${subgraph}`);
      const bodies = context.sample.map((child) =>
        JSON.stringify({
          query: fetch.operation,
          variables: fetch.entity ? { representations: [{ __typename: 'Child', id: child.id }] } : { personalId: child.personalId },
        }),
      );
      direct.push({ subgraph, ...(await measureOperation(context, { url: context.target.subgraphUrls[subgraph], bodies, countOn: subgraph })) });
    }
    const directMs = round2(criticalPath(shape, direct.map((d) => d.medianMs)));
    return {
      status: 'measured',
      gatewayMedianMs: gateway.medianMs,
      gatewayP99Ms: gateway.p99Ms,
      directCriticalPathMs: directMs,
      directSumMs: round2(direct.reduce((sum, d) => sum + d.medianMs, 0)),
      overheadMs: round2(gateway.medianMs - directMs),
      ratio: round2(gateway.medianMs / directMs),
      subgraphs: direct.map((d) => ({ subgraph: d.subgraph, medianMs: d.medianMs, p99Ms: d.p99Ms, queriesPerRequest: d.queriesPerRequest.total, bytesPerResponse: d.bytesPerResponse })),
    };
  },
};
