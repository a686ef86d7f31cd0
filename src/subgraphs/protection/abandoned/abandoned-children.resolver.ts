import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../../auth/guard';
import { communeOf } from '../../../domain/admin-units';
import { hubToday } from '../../../shared/as-of';
import { badUserInput } from '../../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize, selectsConnectionField } from '../../../server/pagination';
import type { SubgraphContext } from '../../../server/subgraph-module';
import type { ProtectionDb } from '../protection.db';
import type { ProtectionLoaders } from '../protection.loaders';
import { ReceptionStep } from '../protection.type';
import type { ReceptionStepKind } from '../../../generated/prisma/protection/enums';
import { abandonedChildrenPage, type AbandonedChildKeys, type AbandonedChildRow } from './abandoned-children.query';
import { AbandonedChildConnectionTypes, AbandonedChildFilter, type AbandonedChild } from './abandoned-children.type';
import { daysOverdue } from './days-overdue';
import { isUuid } from '../../../shared/uuid';

type Context = SubgraphContext<ProtectionDb, ProtectionLoaders>;
const { Connection, fromPage } = AbandonedChildConnectionTypes;

const RULE = 'Query.abandonedChildren';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;

/** The reception timeline of abandoned children: the social and justice offices' worklist of legal deadlines. */
@Resolver()
export class AbandonedChildrenResolver {
  @Query(() => Connection, {
    description:
      "Abandoned children's reception files with each step's legal due date, completion date and days overdue (as of the hub's today); the files with the longest-overdue open step first, then by when the child was found (keyset pagination). The area is the receiving commune's.",
  })
  @Restricted(RULE)
  async abandonedChildren(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AbandonedChildFilter, LIST_FILTER_ARG) filter?: AbandonedChildFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const withCount = selectsConnectionField(info, 'totalCount');
    const { page, count } = abandonedChildrenPage(filter ?? {}, ctx.principal.jurisdiction, hubToday(), afterKeys(after), take, withCount);
    const rows = await ctx.db.$queryRawUnsafe<AbandonedChildRow[]>(page.text, ...page.values);
    const totalCount = rows[0]?.totalCount ?? (count ? (await ctx.db.$queryRawUnsafe<{ totalCount: number }[]>(count.text, ...count.values))[0].totalCount : null);
    const nodes = rows.slice(0, take).map(toNode);
    // The list releases which children were abandoned and where their files stand: the audit row names every child on the page.
    for (const node of nodes) ctx.audit.record(RULE, node.child?.id);
    const keysOf = (node: AbandonedChild) => encodeCursor([node.maxDaysOverdue, node.foundAtKey, node.caseId]);
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes, cursorOf: keysOf });
  }
}

/** Days a step is late: see `daysOverdue`. Wherever a step is read (this list, Child.abandonmentCase). */
@Resolver(() => ReceptionStep)
export class ReceptionStepResolver {
  @FieldResolver(() => Int, { description: "Days late: if done, the days it was done after its due date; if open, the days its due date lies before the hub's today. 0 when not late." })
  daysOverdue(@Root() step: ReceptionStep): number {
    return daysOverdue(step, hubToday());
  }
}

function afterKeys(after: string | null | undefined): AbandonedChildKeys | null {
  const keys = decodeCursor(after, 3);
  if (!keys) return null;
  const [days, foundAt, caseId] = keys;
  if (typeof days !== 'number' || !Number.isInteger(days) || typeof foundAt !== 'string' || !TIMESTAMP.test(foundAt) || typeof caseId !== 'string' || !isUuid(caseId)) {
    throw badUserInput('"after" is not a cursor this list issued; pass pageInfo.endCursor unchanged', 'after');
  }
  return [days, foundAt, caseId];
}

const day = (value: string | null): Date | null => (value === null ? null : new Date(`${value.slice(0, 10)}T00:00:00Z`));

function toNode(row: AbandonedChildRow): AbandonedChild {
  return {
    caseId: row.id,
    version: row.version,
    child: row.childId ? { id: row.childId } : null,
    foundAt: row.foundAt,
    foundAtKey: row.foundAtKey,
    communeCode: row.receivingCommuneCode,
    provinceCode: communeOf(row.receivingCommuneCode)?.provinceCode ?? null,
    openSteps: row.openSteps,
    overdueSteps: row.overdueSteps,
    maxDaysOverdue: row.maxDaysOverdue,
    steps: (row.steps ?? []).map((s) => ({ step: s.step as ReceptionStepKind, dueOn: day(s.dueOn)!, completedOn: day(s.completedOn), note: s.note })),
  };
}
