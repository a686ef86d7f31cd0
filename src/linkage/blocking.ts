import { LINKAGE_LIMITS } from './config';
import { transposedBirthDay, type NormalisedIdentity } from './normalise';

/** A master child as the engine holds it. */
export interface IndexedMaster {
  id: string;
  identity: NormalisedIdentity;
  /** The candidate search that last took this master (see `candidates`). */
  takenBy?: number;
}

/** Numbers candidate searches across every index, so a master carried into another index is never taken as seen. */
let searches = 0;

const DAY_MS = 86_400_000;
const yearOfDay = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/**
 * The master children a record is compared with, found through blocks so that linking N records
 * costs about N × (block size), not N × (index size). Each block is also tried under the record's
 * date with day and month swapped:
 * - same date of birth, sex and province: catches every spelling of the name, and children who
 *   moved within the province;
 * - same date of birth and given name (folded), anywhere: children who moved to another province,
 *   and records with the wrong sex;
 * - same commune and birth year (also the year a few days either side falls in): catches dates of
 *   birth that are off by a few days or recorded with the year only right.
 * A country-wide block of one birth date would hold ~90 children at a million; compared with every
 * record of that date it cost most of the engine's time, for the rare child who moved provinces
 * and whose given name was mistyped as well.
 * Each block contributes at most `maxBlockCandidates` (in insertion order, deterministic).
 */
export class MasterIndex {
  private readonly byDateSexProvince = new Map<string, IndexedMaster[]>();
  private readonly byDateGivenName = new Map<string, IndexedMaster[]>();
  private readonly byCommuneYear = new Map<string, IndexedMaster[]>();
  private readonly byPersonalId = new Map<string, IndexedMaster>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(master: IndexedMaster): void {
    const { identity } = master;
    push(this.byDateSexProvince, `${identity.birthDay}|${identity.sex}|${identity.provinceCode}`, master);
    push(this.byDateGivenName, `${identity.birthDay}|${givenName(identity)}`, master);
    push(this.byCommuneYear, `${identity.communeCode}|${identity.birthYear}`, master);
    if (identity.personalId) this.byPersonalId.set(identity.personalId, master);
    this.count++;
  }

  byPersonalIdNumber(personalId: string): IndexedMaster | undefined {
    return this.byPersonalId.get(personalId);
  }

  candidates(record: NormalisedIdentity): IndexedMaster[] {
    // A master in several of the record's blocks is taken once: marked with this search's number (a Set per record cost more).
    const search = ++searches;
    const out: IndexedMaster[] = [];
    const take = (block: IndexedMaster[] | undefined) => {
      if (!block) return;
      const limit = Math.min(block.length, LINKAGE_LIMITS.maxBlockCandidates);
      for (let i = 0; i < limit; i++) {
        const master = block[i];
        if (master.takenBy !== search) {
          master.takenBy = search;
          out.push(master);
        }
      }
    };
    const given = givenName(record);
    for (const day of [record.birthDay, transposedBirthDay(record)]) {
      if (day === null) continue;
      take(this.byDateSexProvince.get(`${day}|${record.sex}|${record.provinceCode}`));
      take(this.byDateGivenName.get(`${day}|${given}`));
    }
    const years = new Set([record.birthYear, yearOfDay(record.birthDay - LINKAGE_LIMITS.nearDays), yearOfDay(record.birthDay + LINKAGE_LIMITS.nearDays)]);
    for (const year of years) take(this.byCommuneYear.get(`${record.communeCode}|${year}`));
    return out;
  }
}

/** The given name as blocks key it: the last word of the folded name. */
const givenName = (identity: NormalisedIdentity) => identity.name.tokens[identity.name.tokens.length - 1] ?? '';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
