import type { SubgraphDbs } from '../subgraphs';
import { agencyRecordsBorn } from './agency-records';
import { FromRecordsEvaluation, type ScratchEvaluation } from './evaluate-from-records';
import { SeededIndexEvaluation, type LinkageEvaluation } from './evaluate-seeded-index';
import type { LinkageTruth } from './linkage-truth';

export interface LinkageEvaluations {
  /** The figure that counts: master children made from the records, as a hub starting empty. */
  fromRecords: ScratchEvaluation;
  /** Comparison and blocking alone, against the generator's one master child per true child. */
  againstSeededIndex: LinkageEvaluation;
  /** Reading the records, both evaluations and all. */
  seconds: number;
}

/**
 * `childgraph link --evaluate`: every agency subject record, read once one birth year at a time
 * (oldest first) through each subgraph's data layer, linked both ways and scored against the truth.
 * Writes nothing.
 */
export async function evaluateLinkage(dbs: SubgraphDbs, truth: LinkageTruth, onYear?: (year: number, records: number) => void): Promise<LinkageEvaluations> {
  const started = performance.now();
  const fromRecords = new FromRecordsEvaluation(truth);
  const againstSeededIndex = new SeededIndexEvaluation(dbs, truth);
  const span = await birthYearSpan(dbs);
  const recordsBorn = (year: number) => {
    const read = agencyRecordsBorn(dbs, { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
    // Awaited on the next turn; until then a failure must not count as unhandled.
    read.catch(() => undefined);
    return read;
  };
  // The next year is read while this one is linked: the databases and the engine work at once.
  let next = span.first <= span.last ? recordsBorn(span.first) : null;
  for (let year = span.first; year <= span.last; year++) {
    const records = await next!;
    next = year < span.last ? recordsBorn(year + 1) : null;
    if (records.length === 0) continue;
    fromRecords.takeYear(year, records);
    await againstSeededIndex.takeYear(year, records);
    onYear?.(year, records.length);
  }
  return { fromRecords: fromRecords.result(), againstSeededIndex: againstSeededIndex.result(), seconds: (performance.now() - started) / 1000 };
}

/** The birth years agency records can have: the registry's persons' and master children's, a year either side. */
async function birthYearSpan(dbs: SubgraphDbs): Promise<{ first: number; last: number }> {
  const [persons] = await dbs.identity.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT EXTRACT(YEAR FROM min("birthDate"))::int AS first, EXTRACT(YEAR FROM max("birthDate"))::int AS last FROM "identity"."Person"`;
  const [masters] = await dbs.registry.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT min("birthYear")::int AS first, max("birthYear")::int AS last FROM "registry"."MasterChild"`;
  const firsts = [persons.first, masters.first].filter((y): y is number => y !== null);
  const lasts = [persons.last, masters.last].filter((y): y is number => y !== null);
  return firsts.length ? { first: Math.min(...firsts) - 1, last: Math.max(...lasts) + 1 } : { first: 0, last: -1 };
}
