import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { Restricted } from '../../../auth/guard';
import { RiskLevel } from '../../../generated/prisma/registry/enums';
import { badUserInput } from '../../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize, selectsConnectionField } from '../../../server/pagination';
import type { SubgraphContext } from '../../../server/subgraph-module';
import type { RegistryDb } from '../registry.db';
import type { RegistryLoaders } from '../registry.loaders';
import { REASON_LABELS, type RiskReasonCode } from './config';
import { indexColumnsFor, indexFieldsOf, listPageStatement, readListPage, type IndexColumn, type ListPageExtras, type ListPageStatement } from '../list-page';
import { areaConditions, SqlConditions, validSchoolYear } from './list-query';
import { DropoutRiskConnectionTypes, DropoutRiskFilter, type DropoutRiskRow, type RiskReason } from './risk-list.type';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;
const { Connection, fromPage } = DropoutRiskConnectionTypes;

const LEVELS_FROM: Record<RiskLevel, RiskLevel[]> = { LOW: ['LOW', 'MEDIUM', 'HIGH'], MEDIUM: ['MEDIUM', 'HIGH'], HIGH: ['HIGH'] };
/** One shared, read-only object per reason code: a page lists a few codes many times over. */
const REASONS = Object.fromEntries(
  Object.entries(REASON_LABELS).map(([code, label]) => [code, Object.freeze({ code: code as RiskReasonCode, labelEn: label.en, labelVi: label.vi })]),
) as Record<RiskReasonCode, RiskReason>;
const TALLY = { table: '"registry"."DropoutRiskTally"', column: 'pupils' };
const COLUMNS = `"childId", "provinceCode", "communeCode", "schoolCode", "schoolName", "schoolYear", "grade", "level", "score", "reasons"`;

interface Row extends ListPageExtras {
  provinceCode: string;
  communeCode: string;
  schoolCode: string;
  schoolName: string;
  schoolYear: string;
  grade: number;
  level: RiskLevel;
  score: number;
  reasons: RiskReasonCode[];
}

/**
 * The page query of dropoutRiskList: highest score first, then child id, keyset-paginated over the
 * materialised DropoutRisk table (indexed per province, commune and school for this order), with
 * the total count and each child's master index entry in the same statement (list-page.ts). The
 * count sums DropoutRiskTally when every condition is on its columns (all but reasons), so it costs
 * a few hundred tally rows whatever the population, not one index entry per pupil.
 */
export function dropoutRiskPageSql(
  conditions: SqlConditions,
  take: number,
  after: [number, string] | null,
  options: { count: boolean; tallied: boolean; indexColumns: readonly IndexColumn[] },
): ListPageStatement {
  const n = conditions.values.length;
  const keyset = after && { sql: `"score" <= $${n + 1}::int AND ("score" < $${n + 1}::int OR "childId" > $${n + 2}::text)`, values: after };
  return listPageStatement({
    table: '"registry"."DropoutRisk"', columns: COLUMNS, where: conditions.parts.join(' AND ') || 'TRUE', values: conditions.values, after: keyset,
    orderBy: '"score" DESC, "childId" ASC', take, count: options.count, tally: options.tallied ? TALLY : undefined, indexColumns: options.indexColumns,
  });
}

/**
 * The benchmark's floor: the same 500 rows for one province by one hand-written query, with the
 * identity the list shows through federation (name, birth date, sex) joined from the master index,
 * and the province's total as the page reports it (summed from the tally).
 */
export function dropoutRiskFloorSql(provinceCode: string, first = 500): { text: string; values: unknown[] } {
  return {
    text: `SELECT r."childId", m."fullName", m."birthDate", m."sex", r."schoolCode", r."schoolName", r."schoolYear", r."grade", r."level", r."score", r."reasons",
                  (SELECT sum("pupils") FROM "registry"."DropoutRiskTally" WHERE "provinceCode" = $1) AS "totalCount"
             FROM (SELECT * FROM "registry"."DropoutRisk" WHERE "provinceCode" = $1 ORDER BY "score" DESC, "childId" ASC LIMIT $2) r
             JOIN "registry"."MasterChild" m ON m."id" = r."childId"
            ORDER BY r."score" DESC, r."childId" ASC`,
    values: [provinceCode, first],
  };
}

@Resolver()
export class DropoutRiskResolver {
  @Query(() => Connection, { description: 'Pupils at risk of dropping out, highest score first, within your jurisdiction (refreshed from the agencies every few minutes).' })
  @Restricted('Query.dropoutRiskList')
  async dropoutRiskList(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DropoutRiskFilter, LIST_FILTER_ARG) filter?: DropoutRiskFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const cursor = decodeCursor(after, 2) as [number, string] | null;
    if (cursor && (typeof cursor[0] !== 'number' || typeof cursor[1] !== 'string')) throw badUserInput('"after" is not a cursor this list issued; pass pageInfo.endCursor unchanged', 'after');
    const conditions = await this.conditions(ctx, filter ?? {});
    // Reasons are the one filter the tally cannot answer (a pupil has several).
    const page = dropoutRiskPageSql(conditions, take, cursor, {
      count: selectsConnectionField(info, 'totalCount'),
      tallied: !filter?.reasons?.length,
      indexColumns: indexColumnsFor(ctx.requested),
    });
    const { rows, totalCount } = await readListPage<Row>(ctx.db, page);
    const nodes: DropoutRiskRow[] = rows.slice(0, take).map((row) => {
      ctx.audit.record('Query.dropoutRiskList', row.childId);
      return {
        child: { id: row.childId, master: indexFieldsOf(row) },
        school: { code: row.schoolCode, name: row.schoolName },
        schoolYear: row.schoolYear,
        grade: row.grade,
        level: row.level,
        score: row.score,
        reasons: row.reasons.map((code) => REASONS[code]),
        provinceCode: row.provinceCode,
        communeCode: row.communeCode,
      };
    });
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes, cursorOf: (node) => encodeCursor([node.score, node.child.id]) });
  }

  private async conditions(ctx: Context, filter: DropoutRiskFilter): Promise<SqlConditions> {
    const conditions = areaConditions(new SqlConditions(), filter, ctx.principal.jurisdiction);
    if (filter.schoolCode != null) {
      const known = await ctx.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "registry"."DropoutRisk" WHERE "schoolCode" = $1 LIMIT 1`, filter.schoolCode);
      if (known.length === 0) throw badUserInput(`No school with code "${filter.schoolCode}" is known; school codes look like "01001THCS"`, 'filter');
      conditions.add((p) => `"schoolCode" = ${p}`, filter.schoolCode);
    }
    if (filter.grade != null) {
      if (!Number.isInteger(filter.grade) || filter.grade < 0 || filter.grade > 12) throw badUserInput(`grade is 0 (preschool) to 12; got ${filter.grade}`, 'filter');
      conditions.add((p) => `"grade" = ${p}`, filter.grade);
    }
    if (filter.minLevel != null) conditions.add((p) => `"level" = ANY(${p}::text[]::"registry"."RiskLevel"[])`, `{${LEVELS_FROM[filter.minLevel].join(',')}}`);
    if (filter.schoolYear != null) conditions.add((p) => `"schoolYear" = ${p}`, validSchoolYear(filter.schoolYear));
    if (filter.reasons?.length) conditions.add((p) => `"reasons" && ${p}::text[]`, `{${filter.reasons.join(',')}}`);
    return conditions;
  }
}
