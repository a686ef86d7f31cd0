import { measureThroughput } from '../load';
import { measureOperation } from '../measure-operation';
import type { BenchContext, Scenario } from '../scenario';
import { round2 } from '../stats';
import { childProfileBodies } from './child-profile';
import { dropoutRiskPage } from './dropout-risk';
import { hasRootField, notComposed, pageBody, pageRequests } from './list-page';

const THROUGHPUT_CLIENTS = 32;

async function sideBySide(context: BenchContext, bodies: string[], requests?: number) {
  const peer = await context.peerGateway();
  // Each gateway's figures are taken back to back, so drift on the machine touches both alike.
  const hive = await measureOperation(context, { url: context.target.gatewayUrl, bodies, countOn: 'gateway', requests });
  const apollo = await measureOperation(context, { url: peer.url, bodies, countOn: 'gateway', requests });
  return {
    hive: { medianMs: hive.medianMs, p95Ms: hive.p95Ms, p99Ms: hive.p99Ms, bytesPerResponse: hive.bytesPerResponse },
    apollo: { medianMs: apollo.medianMs, p95Ms: apollo.p95Ms, p99Ms: apollo.p99Ms, bytesPerResponse: apollo.bytesPerResponse },
    medianRatio: round2(hive.medianMs / apollo.medianMs),
  };
}

/**
 * Scenario 7: the bundled gateway (Hive Gateway runtime, enforcing the auth directives) against
 * `@apollo/gateway` serving the same supergraph without them, over the same subgraphs (which
 * still check every token) in the same run.
 */
export const peerGatewayScenario: Scenario = {
  id: '7',
  title: 'bundled Hive gateway vs @apollo/gateway (auth directives stripped), scenarios 1 and 2',
  async run(context) {
    const bodies = childProfileBodies(context);
    const profile = await sideBySide(context, bodies);
    const peer = await context.peerGateway();
    const { rounds, seconds } = context.settings;
    context.progress(`  ${THROUGHPUT_CLIENTS} concurrent clients on each gateway`);
    const hiveThroughput = await measureThroughput({ url: context.target.gatewayUrl, token: context.token, bodies }, { connections: THROUGHPUT_CLIENTS, seconds, rounds });
    const apolloThroughput = await measureThroughput({ url: peer.url, token: context.token, bodies }, { connections: THROUGHPUT_CLIENTS, seconds, rounds });
    const dropoutRisk = hasRootField(context.supergraphSdl, dropoutRiskPage.rootField)
      ? { status: 'measured', ...(await sideBySide(context, [pageBody(dropoutRiskPage)], pageRequests(context))) }
      : notComposed(dropoutRiskPage);
    return {
      status: 'measured',
      peer: '@apollo/gateway 2.14.4 on @apollo/server, supergraph without @requiresScopes',
      childProfile: {
        ...profile,
        throughput: {
          connections: THROUGHPUT_CLIENTS,
          hiveRequestsPerSecond: hiveThroughput.requestsPerSecond,
          apolloRequestsPerSecond: apolloThroughput.requestsPerSecond,
          ratio: round2(hiveThroughput.requestsPerSecond / apolloThroughput.requestsPerSecond),
        },
      },
      dropoutRisk,
    };
  },
};
