import { pgArray } from '../../../db/bulk-insert';
import type { Derivation } from '../feeds/refresh';
import type { RegistryDb } from '../registry.db';
import { currentSchoolYear } from '../../../shared/as-of';
import { insertDropoutRiskSql, insertOutOfSchoolSql, listYearSql } from './risk-sql';
import { maintainTables } from '../../../db/analyze';

/**
 * A list materialised in one registry table from the facts, one row per child: recomputed for the
 * children whose facts changed, or whole (set-based, one INSERT … SELECT) on a first load and when
 * the listed school year moves on (every pupil's "current" enrollment changes then): in September by
 * the calendar (currentSchoolYear), or when the first facts of the new year arrive.
 */
function materialisedList(name: string, table: string, insertSql: (scoped: boolean, currentYear: string) => string): Derivation {
  const qualified = `"registry"."${table}"`;
  return {
    name,
    async recompute(db: RegistryDb, scope) {
      const year = currentSchoolYear();
      const all = 'all' in scope || (await schoolYearMovedOn(db, qualified, year));
      await db.$transaction(
        async (tx) => {
          if (all) {
            await tx.$executeRawUnsafe(`TRUNCATE ${qualified}`);
            await tx.$executeRawUnsafe(insertSql(false, year));
            return;
          }
          const ids = pgArray((scope as { childIds: string[] }).childIds);
          await tx.$executeRawUnsafe(`DELETE FROM ${qualified} WHERE "childId" = ANY($1::text[])`, ids);
          await tx.$executeRawUnsafe(insertSql(true, year), ids);
        },
        { timeout: 30 * 60_000, maxWait: 60_000 },
      );
      // Fresh statistics, or the planner mistakes a province's rows for a few hundred and sorts them
      // all; and a visibility map (autovacuum may be off), so counts can be index-only scans.
      if (all) await maintainTables(`VACUUM ${table}`, () => db.$executeRawUnsafe(`VACUUM (ANALYZE) ${qualified}`));
    },
  };
}

async function schoolYearMovedOn(db: RegistryDb, table: string, currentYear: string): Promise<boolean> {
  const [row] = await db.$queryRawUnsafe<{ stored: string | null; current: string | null }[]>(
    `SELECT (SELECT "schoolYear" FROM ${table} LIMIT 1) AS stored, ${listYearSql(currentYear)} AS current`,
  );
  return row.stored !== null && row.stored !== row.current;
}

/** The dropout-risk worklist (risk-sql.ts, config.ts). */
export const dropoutRiskDerivation = materialisedList('dropout-risk', 'DropoutRisk', insertDropoutRiskSql);

/** Out-of-school children of compulsory age, and dropouts of this school year. */
export const outOfSchoolDerivation = materialisedList('out-of-school', 'OutOfSchoolChild', insertOutOfSchoolSql);
