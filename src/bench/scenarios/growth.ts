import { round2 } from '../stats';
import type { Scenario } from '../scenario';
import { dropoutRiskPage } from './dropout-risk';
import { hasRootField, notComposed, pageBody, pageRequests } from './list-page';
import { measureLatency } from '../load';

/** The smaller population scenario 5 compares with: 10% of N. */
export const GROWTH_SHARE = 0.1;

/**
 * Scenario 5: the dropout-risk page on 10% of the population against the full population, both
 * in a one-process stack so that only the data size differs.
 */
export const growthScenario: Scenario = {
  id: '5',
  title: 'dropout-risk page on 10% of the population vs all of it',
  async run(context) {
    if (!hasRootField(context.supergraphSdl, dropoutRiskPage.rootField)) return notComposed(dropoutRiskPage);
    const smallChildren = Math.max(1, Math.round(context.settings.children * GROWTH_SHARE));
    context.progress(`  preparing the ${smallChildren}-children population`);
    const small = await context.population(smallChildren);
    const { rounds, warmup } = context.settings;
    const options = { rounds, warmup, requests: pageRequests(context) };
    const bodies = [pageBody(dropoutRiskPage)];
    const smallFigures = await measureLatency({ url: small.gatewayUrl, token: context.token, bodies }, options);
    const fullFigures = await measureLatency({ url: context.counter.gatewayUrl, token: context.token, bodies }, options);
    return {
      status: 'measured',
      small: { children: smallChildren, ...smallFigures },
      full: { children: context.settings.children, ...fullFigures },
      ratio: round2(fullFigures.medianMs / smallFigures.medianMs),
    };
  },
};
