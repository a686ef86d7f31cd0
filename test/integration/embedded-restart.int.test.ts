import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '../../src/gateway/stack';
import { openStorage } from '../../src/db/storage';
import { DEFAULT_RATES } from '../../src/synthetic/rates';
import { seedPopulation } from '../../src/synthetic/seed';
import { TEST_KEYS } from './harness';

// The embedded default keeps its data under a directory; PostgreSQL keeps it anyway.
const embeddedOnly = process.env.DATABASE_URL ? describe.skip : describe;

embeddedOnly('the embedded default keeps its data across restarts', () => {
  it('migrates and seeds on first start only, and serves the same children after a restart', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cg-restart-')), 'pglite');
    const seededOnStart: number[] = [];
    const start = async () => {
      const storage = await openStorage({ kind: 'embedded', dataDir });
      return startStack({
        storage,
        keys: TEST_KEYS,
        beforeServe: async (dbs) => {
          const existing = await dbs.registry.masterChild.count();
          seededOnStart.push(existing);
          if (existing === 0) await seedPopulation(storage, { children: 50, seed: 2, rates: DEFAULT_RATES });
        },
      });
    };
    const first = await start();
    const before = await first.dbs.registry.masterChild.findMany({ orderBy: { id: 'asc' }, select: { id: true, fullName: true } });
    await first.close();
    const second = await start();
    try {
      const after = await second.dbs.registry.masterChild.findMany({ orderBy: { id: 'asc' }, select: { id: true, fullName: true } });
      expect(before).toHaveLength(50);
      expect(after).toEqual(before);
      expect(seededOnStart).toEqual([0, 50]);
    } finally {
      await second.close();
    }
  });
});
