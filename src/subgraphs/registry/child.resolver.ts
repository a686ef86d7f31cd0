import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Prisma } from '../../generated/prisma/registry/client';
import { badUserInput } from '../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize } from '../../server/pagination';
import { PERSONAL_ID_PATTERN } from '../../domain/personal-id';
import type { SubgraphContext } from '../../server/subgraph-module';
import { foldVietnamese } from '../../domain/vietnamese';
import { Child, ChildConnectionTypes, ChildFilter, ChildIndexEntry, RecordLink, type ChildNode } from './child.type';
import type { RegistryDb } from './registry.db';
import type { MasterWithLinks, RegistryLoaders } from './registry.loaders';
import { isMasterChildId } from './master-id';
import { Restricted } from '../../auth/guard';
import { communeWithin, jurisdictionWhere } from '../../auth/jurisdiction';
import { checkAreaFilter } from './area-filter';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;
const { Connection: ChildConnection, fromPage } = ChildConnectionTypes;

@Resolver(() => Child)
export class ChildResolver {
  @Query(() => Child, { nullable: true, description: 'One child by master id or by personal ID number (12 digits).' })
  @Restricted('Query.child')
  async child(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The master child id, e.g. c_0f8c2d4e-…; give this or personalId, not both.' }) id?: string | null,
    @Arg('personalId', () => String, { nullable: true, description: 'The personal identification number, 12 digits; give this or id, not both.' }) personalId?: string | null,
  ): Promise<ChildNode | null> {
    if ((id == null) === (personalId == null)) throw badUserInput('Give exactly one of "id" or "personalId"');
    if (id != null) {
      if (!isMasterChildId(id)) throw badUserInput(`"${id}" is not a child id; ids look like c_0f8c2d4e-…`, 'id');
      const master = await ctx.loaders.masterById.load(id);
      return master && withinJurisdiction(ctx, master) ? { id: master.id, master } : null;
    }
    if (!PERSONAL_ID_PATTERN.test(personalId!)) {
      throw badUserInput('A personal ID number has exactly 12 digits (PPP G YY NNNNNN)', 'personalId');
    }
    const found = await ctx.db.masterChild.findUnique({ where: { personalId: personalId! }, include: ctx.loaders.masterRelations.include() });
    const master = found && ctx.loaders.masterRelations.primed([found as MasterWithLinks])[0];
    return master && withinJurisdiction(ctx, master) ? { id: master.id, master } : null;
  }

  @Query(() => ChildConnection, { description: 'Children in the master index, in stable id order (keyset pagination).' })
  @Restricted('Query.children')
  async children(
    @Ctx() ctx: Context,
    @Arg('filter', () => ChildFilter, LIST_FILTER_ARG) filter?: ChildFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const where: Prisma.MasterChildWhereInput = { AND: [childWhere(filter ?? {}), jurisdictionWhere(ctx.principal.jurisdiction)] };
    const [afterId] = (decodeCursor(after, 1) ?? []) as string[];
    const [rows, totalCount] = await Promise.all([
      ctx.db.masterChild.findMany({
        where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
        orderBy: { id: 'asc' },
        take: take + 1,
      }),
      ctx.db.masterChild.count({ where }),
    ]);
    const nodes: ChildNode[] = rows.slice(0, take).map((master) => ({ id: master.id, master }));
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes, cursorOf: (node) => encodeCursor([node.id]) });
  }

  @FieldResolver(() => ChildIndexEntry, { nullable: true, description: "The hub's master index entry." })
  @Restricted('Child.index')
  index(@Root() child: ChildNode, @Ctx() ctx: Context) {
    // Lists fetch the entry with their rows (list-page.ts), so a page needs no second query for it.
    return child.master ?? ctx.loaders.masterById.load(child.id);
  }

  @FieldResolver(() => [RecordLink], { description: 'Agency records linked to this child.' })
  @Restricted('Child.links')
  async links(@Root() child: ChildNode, @Ctx() ctx: Context) {
    return ctx.loaders.linksByChild.load(child.id);
  }
}

function withinJurisdiction(ctx: Context, master: { communeCode: string }): boolean {
  return communeWithin(ctx.principal.jurisdiction, master.communeCode);
}

function childWhere(filter: ChildFilter): Prisma.MasterChildWhereInput {
  const conditions: Prisma.MasterChildWhereInput[] = [];
  checkAreaFilter(filter);
  if (filter.provinceCode != null) conditions.push({ provinceCode: filter.provinceCode });
  if (filter.communeCode != null) conditions.push({ communeCode: filter.communeCode });
  if (filter.birthYearFrom != null) conditions.push({ birthYear: { gte: filter.birthYearFrom } });
  if (filter.birthYearTo != null) conditions.push({ birthYear: { lte: filter.birthYearTo } });
  if (filter.name != null) {
    const words = foldVietnamese(filter.name).split(' ').filter(Boolean);
    if (words.length === 0) throw badUserInput('name must contain at least one letter or digit', 'filter');
    conditions.push(...words.map((word) => ({ searchName: { contains: word } })));
  }
  return { AND: conditions };
}
