import { measureLatency } from '../load';
import type { BenchSettings, ScenarioResult } from '../scenario';
import { round2 } from '../stats';
import type { StackProcess } from '../stack-process';
import { pageRequests } from './list-page';

/** A 500-row list with restricted fields from every subgraph, as a SOCIAL officer reads it. */
export const RESTRICTED_PAGE = `query RestrictedPage {
  children(first: 500) {
    edges { node {
      id fullName personalId residences { communeCode } guardians { relationship }
      birthRegistration { isLate } adoptionStatus enrollments { grade status } lastScreenedOn
      disability { certificateLevel } insuranceCards { validTo } specialCircumstances { group }
      sensitiveCircumstances { group } carePlacements { kind } householdPoverty { level }
    } }
  }
}`;

export const ACCESS_CONTROL_BUDGET = 1.25;

/**
 * The cost of access control: the same build with and without the checks (decorators apply them
 * when modules load, so each variant is its own stack process over the same population). The
 * variants alternate (twice when there are several rounds) so drift touches both; each keeps its best median.
 */
export async function runAccessControlScenario(
  settings: BenchSettings,
  token: string,
  startStack: (withoutEnforcement: boolean) => Promise<StackProcess>,
  progress: (line: string) => void,
): Promise<ScenarioResult> {
  const runs: { enforcement: boolean; medianMs: number; p95Ms: number; p99Ms: number }[] = [];
  const body = JSON.stringify({ query: RESTRICTED_PAGE });
  const alternations = Math.min(2, settings.rounds);
  for (let i = 0; i < alternations; i++) {
    for (const withoutEnforcement of [false, true]) {
      progress(`  ${withoutEnforcement ? 'without' : 'with'} enforcement, run ${i + 1} of ${alternations}`);
      const stack = await startStack(withoutEnforcement);
      try {
        const figures = await measureLatency({ url: stack.gatewayUrl, token, bodies: [body] }, { rounds: settings.rounds, requests: pageRequests({ settings }), warmup: settings.warmup });
        runs.push({ enforcement: !withoutEnforcement, medianMs: figures.medianMs, p95Ms: figures.p95Ms, p99Ms: figures.p99Ms });
      } finally {
        await stack.close();
      }
    }
  }
  const best = (enforcement: boolean) => Math.min(...runs.filter((r) => r.enforcement === enforcement).map((r) => r.medianMs));
  return {
    status: 'measured',
    page: '500 rows, 15 restricted fields from six subgraphs, SOCIAL national',
    medianWithMs: best(true),
    medianWithoutMs: best(false),
    ratio: round2(best(true) / best(false)),
    budget: ACCESS_CONTROL_BUDGET,
    runs,
  };
}
