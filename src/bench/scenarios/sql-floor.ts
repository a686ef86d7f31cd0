import { median, round2 } from '../stats';
import type { BenchContext, Scenario, ScenarioResult } from '../scenario';
import { civilStatusGapsScenario } from './civil-status-gaps';
import { dropoutRiskScenario } from './dropout-risk';
import { BENCH_PROVINCE, hasRootField, measurePage, notComposed, pageRequests, type ListPage } from './list-page';

/** The floor's median over rounds of sequential executions, in ms (through the subgraph's own client). */
async function timeFloor(context: BenchContext, floor: NonNullable<ListPage['floorSql']>): Promise<{ medianMs: number; rows: number }> {
  const { text, values } = floor.query(BENCH_PROVINCE);
  const run = () => context.counter.sql(floor.subgraph, text, values);
  for (let i = 0; i < context.settings.warmup; i++) await run();
  const roundMedians: number[] = [];
  let rows = 0;
  for (let round = 0; round < context.settings.rounds; round++) {
    const times: number[] = [];
    for (let i = 0; i < pageRequests(context); i++) {
      const started = performance.now();
      rows = (await run()).length;
      times.push(performance.now() - started);
    }
    roundMedians.push(median(times));
  }
  return { medianMs: round2(median(roundMedians)), rows };
}

async function floorOf(context: BenchContext, scenario: { id: string; page: ListPage }): Promise<ScenarioResult> {
  const { page } = scenario;
  if (!hasRootField(context.supergraphSdl, page.rootField)) return notComposed(page);
  if (!page.floorSql) return { status: 'skipped', reason: `no hand-written floor SQL for ${page.rootField} yet` };
  const floor = await timeFloor(context, page.floorSql);
  const earlier = context.earlier.get(scenario.id);
  const pageResult = earlier?.status === 'measured' ? earlier : await measurePage(context, page, context.target.gatewayUrl);
  if (pageResult.status !== 'measured') return pageResult;
  const pageMs = pageResult.medianMs as number;
  return { status: 'measured', floorMedianMs: floor.medianMs, floorRows: floor.rows, pageMedianMs: pageMs, ratio: round2(pageMs / floor.medianMs) };
}

/** Scenario 4: pages 2 and 3 against one hand-written SQL query each on the same data: the ratio. */
export const sqlFloorScenario: Scenario = {
  id: '4',
  title: 'pages 2 and 3 against their hand-written SQL floor',
  async run(context) {
    const dropoutRisk = await floorOf(context, dropoutRiskScenario);
    const civilStatusGaps = await floorOf(context, civilStatusGapsScenario);
    const parts = [dropoutRisk, civilStatusGaps];
    if (parts.every((p) => p.status === 'skipped')) {
      return { status: 'skipped', reason: parts.map((p) => (p.status === 'skipped' ? p.reason : '')).join('; ') };
    }
    return { status: 'measured', dropoutRisk, civilStatusGaps };
  },
};
