import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../shared/paths';
import { measureThroughput } from '../load';
import { measureOperation } from '../measure-operation';
import type { BenchContext, Scenario } from '../scenario';

/** The operation clients use for one child's profile: a field from every subgraph (SOCIAL's view). */
export const childProfileQuery = (): string => readFileSync(path.join(projectRoot(), 'test', 'operations', 'ChildProfile.graphql'), 'utf8');

/** One request body per sampled child, looked up by personal ID as a caseworker would. */
export const childProfileBodies = (context: BenchContext): string[] => {
  const query = childProfileQuery();
  return context.sample.map((child) => JSON.stringify({ query, variables: { personalId: child.personalId } }));
};

export const CONCURRENT_CLIENTS = [8, 32] as const;

/** Scenario 1: one child's full profile by personal ID across all six subgraphs, then throughput. */
export const childProfileScenario: Scenario = {
  id: '1',
  title: "one child's full profile by personal ID (six subgraphs, SOCIAL national)",
  async run(context) {
    const bodies = childProfileBodies(context);
    const url = context.target.gatewayUrl;
    const latency = await measureOperation(context, { url, bodies, countOn: 'gateway' });
    const throughput = [];
    for (const connections of CONCURRENT_CLIENTS) {
      context.progress(`  ${connections} concurrent clients, ${context.settings.rounds} x ${context.settings.seconds} s`);
      throughput.push(await measureThroughput({ url, token: context.token, bodies }, { connections, seconds: context.settings.seconds, rounds: context.settings.rounds, cpuTimes: context.target.cpuTimes }));
    }
    return { status: 'measured', ...latency, throughput };
  },
};
