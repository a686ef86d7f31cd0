import { createHash } from 'node:crypto';
import { communeOf } from '../domain/admin-units';
import { foldVietnamese } from '../domain/vietnamese';
import type { LinkIdentity } from './normalise';

/**
 * A master child made from the first record of a child the index did not know. Its id derives from
 * the record (same record, same id), so re-running linkage is deterministic.
 */
export function newMasterFrom(record: LinkIdentity & { recordKind: string; sourceRecordId: string }, personalId: string | null) {
  const hex = createHash('sha1').update(`${record.recordKind}:${record.sourceRecordId}`).digest('hex');
  const id = `c_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return {
    id,
    personalId,
    fullName: record.fullName,
    searchName: foldVietnamese(record.fullName),
    birthDate: record.birthDate,
    birthYear: record.birthDate.getUTCFullYear(),
    sex: record.sex,
    provinceCode: communeOf(record.communeCode)?.provinceCode ?? record.communeCode.slice(0, 2),
    communeCode: record.communeCode,
    motherName: record.motherName,
  };
}
