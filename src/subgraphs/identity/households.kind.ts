import type { Household, HouseholdMember } from '../../generated/prisma/identity/client';
import { communeOf } from '../../domain/admin-units';
import { parsePersonalId } from '../../domain/personal-id';
import { foldVietnamese } from '../../domain/vietnamese';
import type { IdentityDb } from './identity.db';
import { FieldError, parseCommuneCode, parseInteger } from '../../records/fields';
import { countRows, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind, TouchedRecord } from '../../records/record-kind';
import { applyPersonLinks, personCommunes } from './persons.kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable, wouldChange } from '../../records/upsert';

/** One row of a household register extract (sổ hộ khẩu): the household and one of its members. */
export interface HouseholdRow {
  householdNumber: string;
  headName: string;
  communeCode: string;
  address: string;
  memberName: string;
  relationToHead: string;
  birthYear: number | null;
  personalId: string | null;
}

const columns: readonly ColumnSpec[] = [
  { key: 'householdNumber', headers: ['household_number', 'Số hộ khẩu', 'Mã hộ'], required: true, description: 'the household number' },
  { key: 'headName', headers: ['head_name', 'Họ tên chủ hộ', 'Chủ hộ'], required: true, description: 'full name of the head of household' },
  { key: 'communeCode', headers: ['commune_code', 'Mã xã', 'Mã xã/phường'], required: true, description: 'commune of the household, five digits (Decision 19/2025)' },
  { key: 'address', headers: ['address', 'Địa chỉ'], required: true, description: 'street address within the commune' },
  { key: 'memberName', headers: ['member_name', 'Họ tên thành viên', 'Họ và tên'], required: true, description: 'full name of the member' },
  { key: 'relationToHead', headers: ['relation_to_head', 'Quan hệ với chủ hộ'], required: true, description: 'e.g. Chủ hộ, Vợ, Con, Cháu' },
  { key: 'birthYear', headers: ['birth_year', 'Năm sinh'], required: false, description: 'four digits, not in the future' },
  { key: 'personalId', headers: ['personal_id', 'Số định danh cá nhân', 'Số định danh'], required: false, description: "the member's 12-digit personal ID; must agree with the birth year; identifies the member" },
];

const HOUSEHOLD_COMPARED = ['headName', 'provinceCode', 'communeCode', 'address'] as const;
const MEMBER_COMPARED = ['fullName', 'relationToHead', 'birthYear', 'personalId'] as const;

/** A member is known by personal ID, or else by name (folded) and birth year within the household. */
const memberKey = (householdId: string, m: { personalId: string | null; fullName: string; birthYear: number | null }) =>
  m.personalId ? `${householdId}|${m.personalId}` : `${householdId}|${foldVietnamese(m.fullName)}|${m.birthYear ?? ''}`;

const householdTable = (tx: IdentityDb): UpsertTable<Household> => ({
  table: '"identity"."Household"',
  name: 'Household',
  columns: [{ name: 'householdNumber', type: 'text' }, { name: 'headName', type: 'text' }, { name: 'provinceCode', type: 'varchar(2)' }, { name: 'communeCode', type: 'varchar(5)' }, { name: 'address', type: 'text' }],
  compared: HOUSEHOLD_COMPARED,
  find: (numbers) => tx.household.findMany({ where: { householdNumber: { in: numbers } } }),
  keyOf: (h) => h.householdNumber,
  update: (id, fields) => tx.household.update({ where: { id }, data: fields }),
});

const memberTable = (tx: IdentityDb): UpsertTable<HouseholdMember> => ({
  table: '"identity"."HouseholdMember"',
  name: 'HouseholdMember',
  columns: [{ name: 'householdId', type: 'uuid' }, { name: 'fullName', type: 'text' }, { name: 'relationToHead', type: 'text' }, { name: 'birthYear', type: 'int4' }, { name: 'personalId', type: 'varchar(12)' }],
  compared: MEMBER_COMPARED,
  find: (keys) => tx.householdMember.findMany({ where: { householdId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (m) => memberKey(m.householdId, m),
  update: (id, fields) => tx.householdMember.update({ where: { id }, data: fields }),
});

export const identityHouseholds: RecordKind<HouseholdRow, IdentityDb, null> = {
  subgraph: 'identity',
  name: 'households',
  agency: 'POLICE',
  subjectRecordKind: 'identity.Person',
  description: 'A household register extract: the household and one member per row. Members with the personal ID of a known person join that person to the household.',
  columns,

  async loadReference() {
    return null;
  },

  parse(cells) {
    const { take, text, errors } = rowReader(cells);
    const householdNumber = text('householdNumber', true);
    const headName = text('headName', true);
    const communeCode = take('communeCode', (v) => parseCommuneCode(v, 'communeCode'), true);
    const address = text('address', true);
    const memberName = text('memberName', true);
    const relationToHead = text('relationToHead', true);
    const birthYear = take('birthYear', (v) => parseInteger(v, 'birthYear', 1900, new Date().getUTCFullYear()), false);
    const personalId = take('personalId', (v) => {
      const parts = parsePersonalId(v);
      if (!parts) throw new FieldError('personalId', `"${v}" is not a personal ID number (12 digits: province, sex/century, year, serial)`);
      return v;
    }, false);
    if (errors.length) return errors;
    return { householdNumber: householdNumber!, headName: headName!, communeCode: communeCode!, address: address!, memberName: memberName!, relationToHead: relationToHead!, birthYear, personalId };
  },

  rowKey: { of: (r) => memberKey(r.householdNumber, { personalId: r.personalId, fullName: r.memberName, birthYear: r.birthYear }), names: 'household number and member (personal ID, or name and birth year)' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const households = await upsertTable(
      tx,
      householdTable(tx),
      new Map(rows.map((r) => [r.householdNumber, { householdNumber: r.householdNumber, headName: r.headName, provinceCode: communeOf(r.communeCode)!.provinceCode, communeCode: r.communeCode, address: r.address }])),
      runId,
      history,
    );
    const householdOf = new Map<string, string>();
    const members = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      const householdId = households.idByKey.get(r.householdNumber)!;
      const member = { householdId, fullName: r.memberName, relationToHead: r.relationToHead, birthYear: r.birthYear, personalId: r.personalId };
      const key = memberKey(householdId, member);
      householdOf.set(key, r.householdNumber);
      members.set(key, member);
    }
    const written = await upsertTable(tx, memberTable(tx), members, runId, history);
    await saveHistory(tx, history);
    // Members who are persons the registry knows (by personal ID) join them to the household and carry their child id.
    await tx.$executeRawUnsafe(
      `UPDATE "identity"."Person" AS p SET "householdId" = m."householdId" FROM "identity"."HouseholdMember" AS m WHERE m."importRunId" = $1::uuid AND m."personalId" = p."personalId" AND p."householdId" IS DISTINCT FROM m."householdId"`,
      runId,
    );
    await tx.$executeRawUnsafe(
      `UPDATE "identity"."HouseholdMember" AS m SET "childId" = p."childId" FROM "identity"."Person" AS p WHERE m."importRunId" = $1::uuid AND m."personalId" = p."personalId" AND p."childId" IS NOT NULL`,
      runId,
    );
    return countRows(householdOf, households, written, []);
  },

  async unlinked() {
    return [];
  },

  // Members reach the child through the person with their personal ID: this kind's links are that person's.
  applyLinks: applyPersonLinks,

  async rollback(tx, runId) {
    // Persons joined to a household the run created leave it (a person the run moved from another
    // household is not moved back: the previous household is not kept).
    await tx.$executeRawUnsafe(
      `UPDATE "identity"."Person" SET "householdId" = NULL WHERE "householdId" IN (SELECT id FROM "identity"."Household" WHERE "importRunId" = $1::uuid AND version = 1)`,
      runId,
    );
    return rollbackRun(tx, runId, [
      rollbackTableOf('HouseholdMember', tx.householdMember, MEMBER_COMPARED),
      rollbackTableOf('Household', tx.household, HOUSEHOLD_COMPARED),
    ], 'Person');
  },

  // A row is one member of a household: the member is what a client reads, changes and versions.
  entry: {
    name: 'HouseholdMember',
    async find(db, row) {
      const household = await db.household.findUnique({ where: { householdNumber: row.householdNumber }, include: { members: true } });
      const key = household && memberKey(household.id, { personalId: row.personalId, fullName: row.memberName, birthYear: row.birthYear });
      const member = household?.members.find((m) => memberKey(household.id, m) === key);
      return member ? { id: member.id, version: member.version, childId: member.childId } : null;
    },
    versioned: (tx) => tx.householdMember,
    communeOf: (row) => row.communeCode,
    // The household (its members are kept with it) and, for a member with the personal ID of a known
    // person, that person, whom the write moves into this household (out of any other one).
    async touched(tx, row) {
      const household = await tx.household.findUnique({ where: { householdNumber: row.householdNumber } });
      const touched: TouchedRecord[] = [];
      if (household) {
        const fields = { headName: row.headName, provinceCode: communeOf(row.communeCode)!.provinceCode, communeCode: row.communeCode, address: row.address };
        touched.push({ name: `household ${row.householdNumber}`, communes: [household.communeCode], changes: wouldChange(household, fields, HOUSEHOLD_COMPARED) });
      }
      const person = row.personalId ? await tx.person.findUnique({ where: { personalId: row.personalId }, include: { residences: true, household: true } }) : null;
      if (person && (!household || person.householdId !== household.id)) {
        touched.push({ name: `person ${row.personalId}`, communes: personCommunes(person.residences), changes: true });
        // Named by what the clerk sent: the other household's number is that area's to tell.
        if (person.household) touched.push({ name: `the household of person ${row.personalId}`, communes: [person.household.communeCode], changes: true });
      }
      return touched;
    },
  },
};
