import type { InsuranceCard, Patient } from '../../generated/prisma/health/client';
import type { HealthDb } from './health.db';
import { FieldError, parseDate, parseEnum } from '../../records/fields';
import { countRows, rollbackRun, rollbackTableOf, saveHistory, YES_NO } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable } from '../../records/upsert';
import { PATIENT_COLUMNS, PATIENT_RECORD_KIND, patientFields, patientLinkCandidate, patientEntry, patientRollback, patientTable, readPatient, type PatientFields } from './patient.kind';

/** One row of a health-insurance card list: the child's record and one card. */
export interface InsuranceRow extends PatientFields {
  cardNumber: string;
  validFrom: Date;
  validTo: Date;
  freeUnderSix: boolean;
}

const columns: readonly ColumnSpec[] = [
  ...PATIENT_COLUMNS,
  { key: 'cardNumber', headers: ['card_number', 'Mã thẻ BHYT', 'Số thẻ BHYT', 'Mã thẻ'], required: true, description: 'the card code, two letters and 13 digits (e.g. TE1010012345678)' },
  { key: 'validFrom', headers: ['valid_from', 'Giá trị từ ngày', 'Từ ngày'], required: true, description: 'date; not before birth' },
  { key: 'validTo', headers: ['valid_to', 'Giá trị đến ngày', 'Đến ngày'], required: true, description: 'date; after validFrom (may be in the future)' },
  { key: 'freeUnderSix', headers: ['free_under_six', 'Trẻ dưới 6 tuổi'], required: false, description: 'Có / Không: issued free to a child under six (Law on Health Insurance, art. 12)' },
];

const CARD_NUMBER = /^[A-Z]{2}\d{13}$/;
const COMPARED = ['patientId', 'validFrom', 'validTo', 'freeUnderSix'] as const;
const SIX_YEARS_MS = 6 * 365.25 * 86_400_000;

const cardTable = (tx: HealthDb): UpsertTable<InsuranceCard> => ({
  table: '"health"."InsuranceCard"',
  name: 'InsuranceCard',
  columns: [{ name: 'patientId', type: 'uuid' }, { name: 'cardNumber', type: 'varchar(15)' }, { name: 'validFrom', type: 'date' }, { name: 'validTo', type: 'date' }, { name: 'freeUnderSix', type: 'boolean' }],
  compared: COMPARED,
  find: (numbers) => tx.insuranceCard.findMany({ where: { cardNumber: { in: numbers } } }),
  keyOf: (card) => card.cardNumber,
  update: (id, fields) => tx.insuranceCard.update({ where: { id }, data: fields }),
});

export const healthInsurance: RecordKind<InsuranceRow, HealthDb, null> = {
  ...PATIENT_RECORD_KIND,
  name: 'insurance',
  description: "Health-insurance cards (thẻ BHYT): the child's health record and one card per row, keyed by card number.",
  columns,

  parse(cells) {
    const reader = rowReader(cells);
    const { take, errors, notBefore } = reader;
    const patient = readPatient(reader);
    const cardNumber = take('cardNumber', (v) => {
      const code = v.toUpperCase().replace(/\s+/g, '');
      if (!CARD_NUMBER.test(code)) throw new FieldError('cardNumber', `"${v}" is not a health-insurance card code (two letters and 13 digits, e.g. TE1010012345678)`);
      return code;
    }, true);
    const validFrom = take('validFrom', (v) => parseDate(v, 'validFrom'), true);
    const validTo = take('validTo', (v) => parseDate(v, 'validTo'), true);
    const freeUnderSix = take('freeUnderSix', (v) => parseEnum(v, 'freeUnderSix', YES_NO), false);
    notBefore('validFrom', validFrom, patient.birthDate, 'the date of birth');
    if (validFrom && validTo && validTo <= validFrom) errors.push(new FieldError('validTo', 'is not after the date the card became valid'));
    if (freeUnderSix === 'YES' && validFrom && patient.birthDate && validFrom.getTime() - patient.birthDate.getTime() >= SIX_YEARS_MS) {
      errors.push(new FieldError('freeUnderSix', 'the child was six or older when the card became valid'));
    }
    if (errors.length) return errors;
    return { ...(patient as PatientFields), cardNumber: cardNumber!, validFrom: validFrom!, validTo: validTo!, freeUnderSix: freeUnderSix === 'YES' };
  },

  rowKey: { of: (r) => r.cardNumber, names: 'card number' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const patients = await upsertTable(tx, patientTable(tx), new Map(rows.map((r) => [r.recordNumber, patientFields(r)])), runId, history);
    const recordOf = new Map(rows.map((r) => [r.cardNumber, r.recordNumber]));
    const cards = new Map(rows.map((r) => [r.cardNumber, { patientId: patients.idByKey.get(r.recordNumber)!, cardNumber: r.cardNumber, validFrom: r.validFrom, validTo: r.validTo, freeUnderSix: r.freeUnderSix }]));
    const written = await upsertTable(tx, cardTable(tx), cards, runId, history);
    await saveHistory(tx, history);
    return countRows(recordOf, patients, written, [...patients.inserted.values()].map((p) => patientLinkCandidate(p as unknown as Patient)));
  },


  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [rollbackTableOf('InsuranceCard', tx.insuranceCard, COMPARED, ['validFrom', 'validTo']), patientRollback(tx)], 'Patient');
  },

  entry: patientEntry(
    'InsuranceCard',
    (db, row) => db.insuranceCard.findUnique({ where: { cardNumber: row.cardNumber }, include: { patient: true } }),
    (tx) => tx.insuranceCard,
    // A card is keyed by its number: saving it under this row's patient takes it from the one holding it.
    async (tx, row, patient) => {
      const card = await tx.insuranceCard.findUnique({ where: { cardNumber: row.cardNumber }, include: { patient: true } });
      return card && card.patientId !== patient?.id ? [{ name: `insurance card ${row.cardNumber}`, communes: [card.patient.communeCode], changes: true }] : [];
    },
  ),
};
