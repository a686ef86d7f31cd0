import { pgArray } from '../../../db/bulk-insert';
import { maintainTables } from '../../../db/analyze';
import { currentSchoolYear, hubToday } from '../../../shared/as-of';
import type { Derivation } from '../feeds/refresh';
import type { RegistryDb } from '../registry.db';
import { listYearSql } from '../risk/risk-sql';
import { childIndicatorInsertSql } from './child-indicators-sql';
import { cubeInsertSql, groupCubeInsertSql, snapshotInsertSql } from './cube-sql';

/** FeedCursor rows that remember the day the children's rows and the cube were computed for. */
const CHILDREN_DAY = 'indicators.children-day';
export const CUBE_DAY = 'indicators.cube-day';
const LONG_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 };

/**
 * The indicators as a Derivation, in two steps. `recompute` rewrites the ChildIndicator rows of the
 * children whose facts changed (all of them on a first load or a new day: residences and insurance
 * cards are read as valid on the day). `finish`, once per refresh, rebuilds the cube and takes the
 * day's snapshot when anything changed or the day moved on, so the daily snapshot is taken by the
 * refresh loop on its own, even on a day without changes, and taking it twice changes nothing.
 */
export const indicatorsDerivation: Derivation = {
  name: 'indicators',
  async recompute(db, scope) {
    const day = hubToday();
    const year = await listedSchoolYear(db);
    if ('all' in scope || (await marker(db, CHILDREN_DAY)) !== day) return recomputeAll(db, day, year);
    await db.$transaction(async (tx) => {
      const ids = pgArray(scope.childIds);
      await tx.$executeRawUnsafe('DELETE FROM "registry"."ChildIndicator" WHERE "childId" = ANY($1::text[])', ids);
      await tx.$executeRawUnsafe(childIndicatorInsertSql('children'), day, year, ids);
    }, LONG_TRANSACTION);
  },
  async finish(db, { changed }) {
    const day = hubToday();
    if (!changed && (await marker(db, CUBE_DAY)) === day) return;
    const year = await listedSchoolYear(db);
    if ((await marker(db, CHILDREN_DAY)) !== day) await recomputeAll(db, day, year);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('DELETE FROM "registry"."IndicatorCube"');
      await tx.$executeRawUnsafe(cubeInsertSql(year ?? currentSchoolYear()), day);
      await tx.$executeRawUnsafe('DELETE FROM "registry"."IndicatorGroupCube"');
      await tx.$executeRawUnsafe(groupCubeInsertSql(year ?? currentSchoolYear()), day);
      await tx.$executeRawUnsafe('DELETE FROM "registry"."IndicatorSnapshot" WHERE "day" = $1::date', day);
      await tx.$executeRawUnsafe(snapshotInsertSql(), day);
      await setMarker(tx, CUBE_DAY, day);
    }, LONG_TRANSACTION);
  },
};

async function recomputeAll(db: RegistryDb, day: string, year: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('DELETE FROM "registry"."ChildIndicator"');
    await tx.$executeRawUnsafe(childIndicatorInsertSql('all'), day, year);
    await setMarker(tx, CHILDREN_DAY, day);
  }, LONG_TRANSACTION);
  // The DELETE leaves a table's worth of dead rows each day (autovacuum may be off).
  await maintainTables('VACUUM ChildIndicator', () => db.$executeRawUnsafe('VACUUM (ANALYZE) "registry"."ChildIndicator"'));
}

/** The school year the out-of-school and dropout lists are of: the current one once its first enrollments arrive, else the last. */
async function listedSchoolYear(db: RegistryDb): Promise<string | null> {
  const [row] = await db.$queryRawUnsafe<{ y: string | null }[]>(`SELECT ${listYearSql(currentSchoolYear())} AS y`);
  return row.y;
}

type MarkerDb = Pick<RegistryDb, 'feedCursor'>;

async function marker(db: MarkerDb, name: string): Promise<string | null> {
  return (await db.feedCursor.findUnique({ where: { feed: name } }))?.cursor ?? null;
}

async function setMarker(db: MarkerDb, name: string, day: string): Promise<void> {
  await db.feedCursor.upsert({ where: { feed: name }, create: { feed: name, cursor: day }, update: { cursor: day, refreshedAt: new Date() } });
}
