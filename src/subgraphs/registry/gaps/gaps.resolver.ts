import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../../auth/guard';
import { badUserInput } from '../../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize, selectsConnectionField } from '../../../server/pagination';
import type { SubgraphContext } from '../../../server/subgraph-module';
import type { RegistryDb } from '../registry.db';
import type { RegistryLoaders } from '../registry.loaders';
import { gapsAsOf } from './gap-rules';
import { indexColumnsFor, indexFieldsOf, readListPage } from '../list-page';
import { gapPageQuery, gapWhere, type GapRow } from './gap-query';
import { CivilStatusGapConnectionTypes, GapFilter, type CivilStatusGap, type CivilStatusGapDetail, type IsoDay } from './gaps.type';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;
const { Connection, fromPage } = CivilStatusGapConnectionTypes;

const RULE = 'Query.civilStatusGaps';

@Resolver()
export class CivilStatusGapsResolver {
  @Query(() => Connection, {
    description:
      'Children known to an agency who lack a birth registration, personal ID, residence registration or legal file, or whose identity records contradict each other; oldest gap first (keyset pagination). As fresh as the last hub refresh (CHILDGRAPH_REFRESH_SECONDS).',
  })
  @Restricted(RULE)
  async civilStatusGaps(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => GapFilter, LIST_FILTER_ARG) filter?: GapFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const where = gapWhere(filter ?? {}, ctx.principal.jurisdiction, gapsAsOf());
    const page = gapPageQuery(where, afterKeys(after), take, { count: selectsConnectionField(info, 'totalCount'), indexColumns: indexColumnsFor(ctx.requested) });
    const { rows, totalCount } = await readListPage<GapRow>(ctx.db, page);
    const nodes = rows.slice(0, take).map(toNode);
    // The list releases which children have which gaps: the audit row names every child on the page.
    for (const node of nodes) ctx.audit.record(RULE, node.child.id);
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes, cursorOf: (node) => encodeCursor([isoDate(node.since), node.child.id]) });
  }
}

function afterKeys(after: string | null | undefined): [string, string] | null {
  const keys = decodeCursor(after, 2);
  if (!keys) return null;
  const [since, childId] = keys;
  if (typeof since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(since) || typeof childId !== 'string') {
    throw badUserInput('"after" is not a cursor this list issued; pass pageInfo.endCursor unchanged', 'after');
  }
  return [since, childId];
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
// The details keep their dates as the ISO strings stored; the Date scalar checks and sends them as they are.
const asDay = (value: unknown): IsoDay | null => (typeof value === 'string' ? value.slice(0, 10) : null);

interface StoredDetail {
  kind: CivilStatusGapDetail['kind'];
  since: string;
  detectedBy: CivilStatusGapDetail['detectedBy'];
  dueOn?: string;
  registeredOn?: string;
  daysLate?: number;
  approvedOn?: string;
  steps?: { step: string; dueOn: string; completedOn: string | null }[];
  reasons?: string[];
  birthDates?: { agency: CivilStatusGapDetail['detectedBy'][number]; birthDate: string }[] | null;
}

function toNode(row: GapRow): CivilStatusGap {
  const details = (row.details as StoredDetail[]).map((d) => ({
    kind: d.kind,
    since: asDay(d.since)!,
    detectedBy: d.detectedBy,
    dueOn: asDay(d.dueOn),
    registeredOn: asDay(d.registeredOn),
    daysLate: d.daysLate ?? null,
    approvedOn: asDay(d.approvedOn),
    steps: d.steps?.map((s) => ({ step: s.step, dueOn: asDay(s.dueOn)!, completedOn: asDay(s.completedOn) })) ?? null,
    reasons: d.reasons ?? null,
    birthDates: d.birthDates?.map((b) => ({ agency: b.agency, birthDate: asDay(b.birthDate)! })) ?? null,
  }));
  return {
    child: { id: row.childId, master: indexFieldsOf(row) },
    kinds: row.kinds as CivilStatusGap['kinds'],
    detectedBy: row.detectedBy as CivilStatusGap['detectedBy'],
    since: row.since,
    details,
  };
}
