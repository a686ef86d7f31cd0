import { oneToManyLoader, oneToOneLoader } from '../../server/loaders';
import { prefetchPlan, type RequestedFields } from '../../server/prefetch';
import type { MasterChild, RecordLink } from '../../generated/prisma/registry/client';
import type { RegistryDb } from './registry.db';

const LINK_ORDER = { linkedAt: 'asc' } as const;

export type MasterWithLinks = MasterChild & { links?: RecordLink[] };

export function createRegistryLoaders(db: RegistryDb, requested?: RequestedFields) {
  const linksByChild = oneToManyLoader(
    (ids) => db.recordLink.findMany({ where: { childId: { in: [...ids] } }, orderBy: [{ childId: 'asc' }, LINK_ORDER] }),
    (row) => row.childId,
  );
  // A child looked up for a profile is the first hop of the plan: its links come in the same statement.
  const masterRelations = prefetchPlan<MasterWithLinks>(requested, [
    { fields: ['links'], include: { links: { orderBy: LINK_ORDER } }, prime: (master) => linksByChild.prime(master.id, master.links!) },
  ]);
  return {
    masterRelations,
    masterById: oneToOneLoader(
      async (ids) => masterRelations.primed((await db.masterChild.findMany({ where: { id: { in: [...ids] } }, include: masterRelations.include() })) as MasterWithLinks[]),
      (row) => row.id,
    ),
    linksByChild,
  };
}
export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
