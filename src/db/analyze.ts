import { logger } from '../shared/logger';
import type { PrismaLike } from '../server/subgraph-module';

/**
 * Refreshes the planner's statistics on a schema's tables (those whose name matches `like`) after a
 * bulk write. Autovacuum would do it eventually, but may be off (it is on this project's machines),
 * and until then the planner plans from the table as it was: at 1,000,000 children a lookup of one
 * child's record by childId was planned as a scan of the whole table.
 */
export async function analyzeTables(db: Pick<PrismaLike, '$queryRawUnsafe' | '$executeRawUnsafe'>, schema: string, like = '%'): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename LIKE $2 AND tablename <> '_prisma_migrations' ORDER BY 1`,
    schema,
    like,
  );
  if (tables.length) await db.$executeRawUnsafe(`ANALYZE ${tables.map((t) => `"${schema}"."${t.name}"`).join(', ')}`);
}

/**
 * Runs table maintenance (ANALYZE, VACUUM) after the data it follows is committed: a failure (a
 * role that does not own the table, a lock held too long) leaves the planner with older statistics,
 * which is logged, but never fails the import or refresh that already committed its data.
 */
export async function maintainTables(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    logger.warn({ err: error, what }, 'table maintenance failed; the data is committed, the planner keeps older statistics');
  }
}
