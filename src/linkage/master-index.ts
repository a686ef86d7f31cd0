import type { RegistryDb } from '../subgraphs/registry/registry.db';
import { MasterIndex } from './blocking';
import { LINKAGE_LIMITS } from './config';
import { normaliseIdentity } from './normalise';

const DAY_MS = 86_400_000;

/** The span of birth dates a partition of records born in `year` can match (a few days either side). */
export function birthYearWindow(year: number): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, 0, 1) - LINKAGE_LIMITS.nearDays * DAY_MS),
    to: new Date(Date.UTC(year + 1, 0, 1) + LINKAGE_LIMITS.nearDays * DAY_MS),
  };
}

/**
 * The master children born in [from, to), indexed for linkage. Linking works one birth year at a
 * time, so memory holds one cohort (about 1/16 of the index), not the whole index.
 */
export async function loadMasterIndex(db: RegistryDb, from: Date, to: Date): Promise<MasterIndex> {
  const index = new MasterIndex();
  const masters = await db.masterChild.findMany({
    where: { birthDate: { gte: from, lt: to } },
    select: { id: true, personalId: true, fullName: true, birthDate: true, sex: true, communeCode: true, motherName: true },
    orderBy: { id: 'asc' },
  });
  for (const master of masters) index.add({ id: master.id, identity: normaliseIdentity(master) });
  return index;
}
