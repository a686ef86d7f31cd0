import { LINKAGE_LIMITS } from './config';
import { transposedBirthDay, type NormalisedIdentity } from './normalise';

/** A master child as the engine holds it. */
export interface IndexedMaster {
  id: string;
  identity: NormalisedIdentity;
}

const DAY_MS = 86_400_000;
const yearOfDay = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/**
 * The master children a record is compared with, found through blocks so that linking N records
 * costs about N × (block size), not N × (index size):
 * - same date of birth and sex (also under the record's date with day and month swapped): catches
 *   every spelling of the name, and children who moved (a record with the wrong sex is found
 *   through its commune only);
 * - same commune and birth year (also the year a few days either side falls in): catches dates of
 *   birth that are off by a few days or recorded with the year only right.
 * Each block contributes at most `maxBlockCandidates` (in insertion order, deterministic).
 */
export class MasterIndex {
  private readonly byDateSex = new Map<string, IndexedMaster[]>();
  private readonly byCommuneYear = new Map<string, IndexedMaster[]>();
  private readonly byPersonalId = new Map<string, IndexedMaster>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(master: IndexedMaster): void {
    const { identity } = master;
    push(this.byDateSex, `${identity.birthDay}|${identity.sex}`, master);
    push(this.byCommuneYear, `${identity.communeCode}|${identity.birthYear}`, master);
    if (identity.personalId) this.byPersonalId.set(identity.personalId, master);
    this.count++;
  }

  byPersonalIdNumber(personalId: string): IndexedMaster | undefined {
    return this.byPersonalId.get(personalId);
  }

  candidates(record: NormalisedIdentity): IndexedMaster[] {
    const seen = new Set<string>();
    const out: IndexedMaster[] = [];
    const take = (block: IndexedMaster[] | undefined) => {
      if (!block) return;
      const limit = Math.min(block.length, LINKAGE_LIMITS.maxBlockCandidates);
      for (let i = 0; i < limit; i++) {
        const master = block[i];
        if (!seen.has(master.id)) {
          seen.add(master.id);
          out.push(master);
        }
      }
    };
    take(this.byDateSex.get(`${record.birthDay}|${record.sex}`));
    const transposed = transposedBirthDay(record);
    if (transposed !== null) take(this.byDateSex.get(`${transposed}|${record.sex}`));
    const years = new Set([record.birthYear, yearOfDay(record.birthDay - LINKAGE_LIMITS.nearDays), yearOfDay(record.birthDay + LINKAGE_LIMITS.nearDays)]);
    for (const year of years) take(this.byCommuneYear.get(`${record.communeCode}|${year}`));
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
