import type { BirthRegistration } from '../../generated/prisma/civil/client';
import type { CivilDb } from './civil.db';
import { parseAdultPersonalId } from '../../records/fields';
import { applyLinksTo, CHILD_COLUMNS, countRecords, linkCandidateOf, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable, wouldChange } from '../../records/upsert';

/** One entry of a commune's birth register (sổ đăng ký khai sinh). */
export interface BirthRow {
  registeringCommuneCode: string;
  registerBook: string;
  registrationNumber: string;
  registeredOn: Date;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  placeOfBirth: string;
  motherName: string | null;
  motherPersonalId: string | null;
  fatherName: string | null;
  fatherPersonalId: string | null;
}

const childColumn = (key: string) => CHILD_COLUMNS.find((c) => c.key === key)!;

const columns: readonly ColumnSpec[] = [
  { key: 'registeringCommuneCode', headers: ['registering_commune_code', 'Mã xã đăng ký', 'Nơi đăng ký'], required: true, description: 'the commune that keeps the register, five digits (Decision 19/2025)' },
  { key: 'registerBook', headers: ['register_book', 'Quyển số', 'Sổ đăng ký'], required: true, description: 'register book, e.g. 01/2025' },
  { key: 'registrationNumber', headers: ['registration_number', 'Số đăng ký', 'Số'], required: true, description: 'entry number in the book; commune, book and number identify the entry' },
  { key: 'registeredOn', headers: ['registered_on', 'Ngày đăng ký'], required: true, description: 'date; not before birth, not in the future (more than 60 days after birth is a late registration)' },
  ...['fullName', 'birthDate', 'sex', 'personalId'].map(childColumn),
  { key: 'placeOfBirth', headers: ['place_of_birth', 'Nơi sinh'], required: true, description: 'hospital, health station or address' },
  childColumn('motherName'),
  { key: 'motherPersonalId', headers: ['mother_personal_id', 'Số định danh của mẹ'], required: false, description: "the mother's 12-digit personal ID" },
  { key: 'fatherName', headers: ['father_name', 'Họ tên cha'], required: false, description: "the father's full name" },
  { key: 'fatherPersonalId', headers: ['father_personal_id', 'Số định danh của cha'], required: false, description: "the father's 12-digit personal ID" },
];

const LATE_AFTER_DAYS = 60;
const entryKey = (r: { registeringCommuneCode: string; registerBook: string; registrationNumber: string }) => `${r.registeringCommuneCode}|${r.registerBook}|${r.registrationNumber}`;
const COMPARED = ['registeredOn', 'fullName', 'birthDate', 'sex', 'personalId', 'placeOfBirth', 'motherName', 'motherPersonalId', 'fatherName', 'fatherPersonalId', 'isLate'] as const;

const registrationTable = (tx: CivilDb): UpsertTable<BirthRegistration> => ({
  table: '"civil"."BirthRegistration"',
  name: 'BirthRegistration',
  columns: [
    { name: 'registeringCommuneCode', type: 'varchar(5)' }, { name: 'registerBook', type: 'text' }, { name: 'registrationNumber', type: 'text' }, { name: 'registeredOn', type: 'date' },
    { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"civil"."Sex"' }, { name: 'personalId', type: 'varchar(12)' },
    { name: 'placeOfBirth', type: 'text' }, { name: 'motherName', type: 'text' }, { name: 'motherPersonalId', type: 'varchar(12)' }, { name: 'fatherName', type: 'text' },
    { name: 'fatherPersonalId', type: 'varchar(12)' }, { name: 'isLate', type: 'boolean' },
  ],
  compared: COMPARED,
  find: (keys) => tx.birthRegistration.findMany({ where: { OR: keys.map((k) => k.split('|')).map(([registeringCommuneCode, registerBook, registrationNumber]) => ({ registeringCommuneCode, registerBook, registrationNumber })) } }),
  keyOf: entryKey,
  update: (id, fields) => tx.birthRegistration.update({ where: { id }, data: fields }),
});

/** Writes master child ids into birth registrations (adoptions reach the child through theirs). */
export const applyBirthRegistrationLinks = applyLinksTo('"civil"."BirthRegistration"', { uniqueChild: true });

const linkCandidate = (r: BirthRegistration) => linkCandidateOf('civil.BirthRegistration')({ ...r, communeCode: r.registeringCommuneCode });

export const civilBirths: RecordKind<BirthRow, CivilDb, null> = {
  subgraph: 'civil',
  name: 'births',
  agency: 'JUSTICE',
  subjectRecordKind: 'civil.BirthRegistration',
  description: "A commune's birth register: one registration per row, identified by commune, book and number.",
  columns,

  async loadReference() {
    return null;
  },

  parse(cells) {
    const { take, text, errors, pastDate, childIdentity, notBefore } = rowReader(cells);
    const registerBook = text('registerBook', true);
    const registrationNumber = text('registrationNumber', true);
    const registeredOn = pastDate('registeredOn', true);
    // The child's commune, as the registry knows it, is the registering one.
    const { fullName, birthDate, sex, personalId, motherName, communeCode: registeringCommuneCode } = childIdentity('registeringCommuneCode');
    const placeOfBirth = text('placeOfBirth', true);
    const motherPersonalId = take('motherPersonalId', (v) => parseAdultPersonalId(v, 'motherPersonalId'), false);
    const fatherPersonalId = take('fatherPersonalId', (v) => parseAdultPersonalId(v, 'fatherPersonalId'), false);
    notBefore('registeredOn', registeredOn, birthDate, 'the date of birth');
    if (errors.length) return errors;
    return {
      registeringCommuneCode: registeringCommuneCode!, registerBook: registerBook!, registrationNumber: registrationNumber!, registeredOn: registeredOn!,
      fullName: fullName!, birthDate: birthDate!, sex: sex!, personalId, placeOfBirth: placeOfBirth!, motherName, motherPersonalId,
      fatherName: text('fatherName', false), fatherPersonalId,
    };
  },

  rowKey: { of: entryKey, names: 'commune, register book and registration number' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const entries = new Map(rows.map((r) => [entryKey(r), { ...r, isLate: r.registeredOn.getTime() - r.birthDate.getTime() > LATE_AFTER_DAYS * 86_400_000 }]));
    const written = await upsertTable(tx, registrationTable(tx), entries, runId, history);
    await saveHistory(tx, history);
    return countRecords(written, entries.size, [...written.inserted.values()].map((r) => linkCandidate(r as unknown as BirthRegistration)));
  },

  async unlinked(db, runId, afterId, limit) {
    const rows = await db.birthRegistration.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return rows.map(linkCandidate);
  },

  applyLinks: applyBirthRegistrationLinks,

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [rollbackTableOf('BirthRegistration', tx.birthRegistration, COMPARED, ['registeredOn', 'birthDate'])], 'BirthRegistration');
  },

  entry: {
    name: 'BirthRegistration',
    async find(db, row) {
      const { registeringCommuneCode, registerBook, registrationNumber } = row;
      const entry = await db.birthRegistration.findUnique({ where: { registeringCommuneCode_registerBook_registrationNumber: { registeringCommuneCode, registerBook, registrationNumber } } });
      return entry && { id: entry.id, version: entry.version, childId: entry.childId };
    },
    versioned: (tx) => tx.birthRegistration,
    communeOf: (row) => row.registeringCommuneCode,
    // The registering commune is part of the key, so an entry found is that commune's.
    async touched(tx, row) {
      const { registeringCommuneCode, registerBook, registrationNumber } = row;
      const current = await tx.birthRegistration.findUnique({ where: { registeringCommuneCode_registerBook_registrationNumber: { registeringCommuneCode, registerBook, registrationNumber } } });
      if (!current) return [];
      return [{ name: `birth registration ${row.registrationNumber} in book ${row.registerBook} of commune ${row.registeringCommuneCode}`, communes: [current.registeringCommuneCode], changes: wouldChange(current, row, COMPARED.filter((f) => f !== 'isLate')) }];
    },
  },
};
