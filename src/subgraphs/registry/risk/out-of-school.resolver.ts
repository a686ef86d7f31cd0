import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../../auth/guard';
import { badUserInput } from '../../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize, selectsConnectionField } from '../../../server/pagination';
import type { SubgraphContext } from '../../../server/subgraph-module';
import type { RegistryDb } from '../registry.db';
import type { RegistryLoaders } from '../registry.loaders';
import { indexColumnsFor, indexFieldsOf, listPageStatement, readListPage, type ListPageExtras } from '../list-page';
import { areaConditions, SqlConditions } from './list-query';
import { OutOfSchoolConnectionTypes, OutOfSchoolFilter, type OutOfSchoolRow, type OutOfSchoolSituation } from './risk-list.type';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;
const { Connection, fromPage } = OutOfSchoolConnectionTypes;

interface Row extends ListPageExtras {
  provinceCode: string;
  communeCode: string;
  ageYears: number;
  situation: OutOfSchoolSituation;
  schoolYear: string;
  lastSchoolCode: string | null;
  lastSchoolName: string | null;
  lastGrade: number | null;
  lastSchoolYear: string | null;
  leftOn: Date | null;
}

@Resolver()
export class OutOfSchoolResolver {
  @Query(() => Connection, {
    description: 'Children of compulsory school age resident in your jurisdiction with no enrollment this school year, and those who dropped out this year; in child id order.',
  })
  @Restricted('Query.outOfSchoolChildren')
  async outOfSchoolChildren(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OutOfSchoolFilter, LIST_FILTER_ARG) filter?: OutOfSchoolFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const [afterId] = (decodeCursor(after, 1) ?? []) as string[];
    const conditions = areaConditions(new SqlConditions(), filter ?? {}, ctx.principal.jurisdiction);
    for (const [bound, op] of [[filter?.ageFrom, '>='], [filter?.ageTo, '<=']] as const) {
      if (bound == null) continue;
      if (!Number.isInteger(bound) || bound < 0 || bound > 17) throw badUserInput(`ageFrom and ageTo are ages in years (0-17); got ${bound}`, 'filter');
      conditions.add((p) => `"ageYears" ${op} ${p}`, bound);
    }
    if (filter?.situations?.length) conditions.add((p) => `"situation" = ANY(${p}::text[])`, `{${filter.situations!.join(',')}}`);
    const keyset = afterId ? { sql: `"childId" > $${conditions.values.length + 1}`, values: [String(afterId)] } : null;
    const page = listPageStatement({
      table: '"registry"."OutOfSchoolChild"', columns: '*', where: conditions.parts.join(' AND ') || 'TRUE', values: conditions.values, after: keyset,
      orderBy: '"childId"', take, count: selectsConnectionField(info, 'totalCount'), indexColumns: indexColumnsFor(ctx.requested),
    });
    const { rows, totalCount } = await readListPage<Row>(ctx.db, page);
    const nodes: OutOfSchoolRow[] = rows.slice(0, take).map((row) => {
      ctx.audit.record('Query.outOfSchoolChildren', row.childId);
      return {
        child: { id: row.childId, master: indexFieldsOf(row) },
        situation: row.situation,
        ageYears: row.ageYears,
        schoolYear: row.schoolYear,
        lastSchool: row.lastSchoolCode ? { code: row.lastSchoolCode, name: row.lastSchoolName ?? '' } : null,
        lastGrade: row.lastGrade,
        lastSchoolYear: row.lastSchoolYear,
        leftOn: row.leftOn,
        provinceCode: row.provinceCode,
        communeCode: row.communeCode,
      };
    });
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes, cursorOf: (node) => encodeCursor([node.child.id]) });
  }
}
