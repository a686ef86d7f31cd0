import type { Adoption } from '../../generated/prisma/civil/client';
import type { CivilDb } from './civil.db';
import { FieldError, parseCommuneCode, parseEnum } from '../../records/fields';
import { applyBirthRegistrationLinks } from './births.kind';
import { countRecords, isoDay, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable } from '../../records/upsert';

/** One adoption case, from application to registration or revocation, of a registered child. */
export interface AdoptionRow {
  birthRegistrationId: string;
  /** The commune that registered the child's birth: its officers keep the adoption case. */
  registeringCommuneCode: string;
  kind: 'DOMESTIC' | 'INTERCOUNTRY';
  status: 'APPLIED' | 'APPROVED' | 'REGISTERED' | 'REVOKED';
  appliedOn: Date;
  approvedOn: Date | null;
  registeredOn: Date | null;
  revokedOn: Date | null;
  decisionNumber: string | null;
  authorityCode: string;
}

/** The birth registrations an adoption can name: entry key to id and date of birth. */
type Registrations = Map<string, { id: string; birthDate: Date }>;

const columns: readonly ColumnSpec[] = [
  { key: 'registeringCommuneCode', headers: ['registering_commune_code', 'Mã xã đăng ký khai sinh', 'Mã xã đăng ký'], required: true, description: "the commune of the child's birth registration" },
  { key: 'registerBook', headers: ['register_book', 'Quyển số'], required: true, description: 'its register book' },
  { key: 'registrationNumber', headers: ['registration_number', 'Số đăng ký khai sinh', 'Số đăng ký'], required: true, description: 'its entry number; the registration must be known to the civil subgraph' },
  { key: 'kind', headers: ['kind', 'Hình thức nuôi con nuôi', 'Loại'], required: true, description: 'Trong nước / Có yếu tố nước ngoài (DOMESTIC / INTERCOUNTRY)' },
  { key: 'status', headers: ['status', 'Trạng thái'], required: true, description: 'Đã nộp hồ sơ / Đã phê duyệt / Đã đăng ký / Đã chấm dứt; each needs its date' },
  { key: 'appliedOn', headers: ['applied_on', 'Ngày nộp hồ sơ'], required: true, description: 'date; not before birth, not in the future' },
  { key: 'approvedOn', headers: ['approved_on', 'Ngày phê duyệt'], required: false, description: 'date; not before appliedOn' },
  { key: 'registeredOn', headers: ['registered_on', 'Ngày đăng ký nuôi con nuôi'], required: false, description: 'date; not before approvedOn' },
  { key: 'revokedOn', headers: ['revoked_on', 'Ngày chấm dứt'], required: false, description: 'date; not before registeredOn' },
  { key: 'decisionNumber', headers: ['decision_number', 'Số quyết định'], required: false, description: 'number of the decision' },
  { key: 'authorityCode', headers: ['authority_code', 'Cơ quan giải quyết', 'Mã cơ quan'], required: true, description: 'the commune (five digits) or department that decides' },
];

const KIND_LABELS = { DOMESTIC: ['Trong nước', 'domestic'], INTERCOUNTRY: ['Có yếu tố nước ngoài', 'Nước ngoài', 'intercountry'] } as const;
const STATUS_LABELS = {
  APPLIED: ['Đã nộp hồ sơ', 'Nộp hồ sơ', 'applied'], APPROVED: ['Đã phê duyệt', 'Phê duyệt', 'approved'],
  REGISTERED: ['Đã đăng ký', 'Đăng ký', 'registered'], REVOKED: ['Đã chấm dứt', 'Chấm dứt', 'revoked'],
} as const;
/** Each status needs the dates of the steps it went through. */
const DATES_OF = { APPLIED: [], APPROVED: ['approvedOn'], REGISTERED: ['approvedOn', 'registeredOn'], REVOKED: ['revokedOn'] } as const;
const COMPARED = ['kind', 'status', 'approvedOn', 'registeredOn', 'revokedOn', 'decisionNumber', 'authorityCode'] as const;
const entryKey = (commune: string, book: string, number: string) => `${commune}|${book}|${number}`;
const adoptionKey = (birthRegistrationId: string, appliedOn: Date) => `${birthRegistrationId}|${isoDay(appliedOn)}`;

const adoptionTable = (tx: CivilDb): UpsertTable<Adoption> => ({
  table: '"civil"."Adoption"',
  name: 'Adoption',
  columns: [
    { name: 'birthRegistrationId', type: 'uuid' }, { name: 'kind', type: '"civil"."AdoptionKind"' }, { name: 'status', type: '"civil"."AdoptionStatus"' }, { name: 'appliedOn', type: 'date' },
    { name: 'approvedOn', type: 'date' }, { name: 'registeredOn', type: 'date' }, { name: 'revokedOn', type: 'date' }, { name: 'decisionNumber', type: 'text' }, { name: 'authorityCode', type: 'text' },
  ],
  compared: COMPARED,
  find: (keys) => tx.adoption.findMany({ where: { birthRegistrationId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (a) => adoptionKey(a.birthRegistrationId, a.appliedOn),
  update: (id, fields) => tx.adoption.update({ where: { id }, data: fields }),
});

export const civilAdoptions: RecordKind<AdoptionRow, CivilDb, Registrations> = {
  subgraph: 'civil',
  name: 'adoptions',
  agency: 'JUSTICE',
  subjectRecordKind: 'civil.BirthRegistration',
  description: "Adoption cases (nuôi con nuôi) of children whose birth registration is known, one case per row (the child's registration and the application date identify it).",
  columns,

  // Adoptions name a birth registration: the whole register is read once (key, id, date of birth).
  async loadReference(db) {
    const rows = await db.birthRegistration.findMany({ select: { id: true, registeringCommuneCode: true, registerBook: true, registrationNumber: true, birthDate: true } });
    return new Map(rows.map((r) => [entryKey(r.registeringCommuneCode, r.registerBook, r.registrationNumber), { id: r.id, birthDate: r.birthDate }]));
  },

  parse(cells, registrations) {
    const { take, text, errors, pastDate, notBefore } = rowReader(cells);
    const commune = take('registeringCommuneCode', (v) => parseCommuneCode(v, 'registeringCommuneCode'), true);
    const book = text('registerBook', true);
    const number = text('registrationNumber', true);
    const registration = commune && book && number ? registrations.get(entryKey(commune, book, number)) : undefined;
    if (commune && book && number && !registration) errors.push(new FieldError('registrationNumber', `no birth registration ${number} in book ${book} of commune ${commune} is known`));
    const kind = take('kind', (v) => parseEnum(v, 'kind', KIND_LABELS), true);
    const status = take('status', (v) => parseEnum(v, 'status', STATUS_LABELS), true);
    const dates = { appliedOn: pastDate('appliedOn', true), approvedOn: pastDate('approvedOn', false), registeredOn: pastDate('registeredOn', false), revokedOn: pastDate('revokedOn', false) };
    notBefore('appliedOn', dates.appliedOn, registration?.birthDate ?? null, 'the date of birth');
    notBefore('approvedOn', dates.approvedOn, dates.appliedOn, 'the application date');
    notBefore('registeredOn', dates.registeredOn, dates.approvedOn, 'the approval date');
    notBefore('revokedOn', dates.revokedOn, dates.registeredOn ?? dates.appliedOn, 'the registration date');
    for (const column of status ? DATES_OF[status] : []) {
      if (!cells[column]?.trim()) errors.push(new FieldError(column, `is required when the status is ${status}`));
    }
    const authorityCode = text('authorityCode', true);
    if (errors.length) return errors;
    return {
      birthRegistrationId: registration!.id, registeringCommuneCode: commune!, kind: kind!, status: status!, appliedOn: dates.appliedOn!, approvedOn: dates.approvedOn,
      registeredOn: dates.registeredOn, revokedOn: dates.revokedOn, decisionNumber: text('decisionNumber', false), authorityCode: authorityCode!,
    };
  },

  rowKey: { of: (r) => adoptionKey(r.birthRegistrationId, r.appliedOn), names: "child's birth registration and application date" },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    // The registering commune is the registration's, not a column of Adoption.
    const adoptions = new Map(rows.map(({ registeringCommuneCode: _commune, ...r }) => [adoptionKey(r.birthRegistrationId, r.appliedOn), r]));
    const written = await upsertTable(tx, adoptionTable(tx), adoptions, runId, history);
    await saveHistory(tx, history);
    // The child was linked through the birth registration already: adoptions add nothing to link.
    return countRecords(written, adoptions.size);
  },

  async unlinked() {
    return [];
  },

  // An adoption reaches the child through the birth registration it names: the links are the registration's.
  applyLinks: applyBirthRegistrationLinks,

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [rollbackTableOf('Adoption', tx.adoption, COMPARED, ['approvedOn', 'registeredOn', 'revokedOn'])], 'BirthRegistration');
  },

  entry: {
    name: 'Adoption',
    async find(db, row) {
      const adoption = await db.adoption.findFirst({ where: { birthRegistrationId: row.birthRegistrationId, appliedOn: row.appliedOn }, include: { birthRegistration: true } });
      return adoption && { id: adoption.id, version: adoption.version, childId: adoption.birthRegistration.childId };
    },
    versioned: (tx) => tx.adoption,
    communeOf: (row) => row.registeringCommuneCode,
    // Reading the row looks the registration up by its commune (an unknown one is a row problem).
    keyCommuneColumn: 'registeringCommuneCode',
    // The adoption case is kept with the child's birth registration, by its registering commune.
    async touched(tx, row) {
      const registration = await tx.birthRegistration.findUniqueOrThrow({ where: { id: row.birthRegistrationId } });
      return [{ name: `birth registration ${registration.registrationNumber} in book ${registration.registerBook} of commune ${row.registeringCommuneCode}`, communes: [registration.registeringCommuneCode], changes: false }];
    },
  },
};
