import type { ReceptionStep } from '../../generated/prisma/protection/client';
import type { ProtectionDb } from './protection.db';
import { FieldError, parseDate, parseEnum } from '../../records/fields';
import { countRecords, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { applyProfileLinks } from './profiles.kind';
import { upsertTable, type HistoryRow, type UpsertTable } from '../../records/upsert';

/** One step of an abandoned child's reception file (Decree 56/2017 and the civil-status rules). */
export interface ReceptionStepRow {
  caseId: string;
  step: keyof typeof STEP_LABELS;
  dueOn: Date;
  completedOn: Date | null;
  note: string | null;
}

/** Reception files by the child's profile number: the file and when the child was found. */
type Files = Map<string, { caseId: string; foundOn: Date }>;

const STEP_LABELS = {
  RECEPTION: ['Tiếp nhận', 'reception'], FIRST_AID: ['Sơ cứu', 'first aid'], HEALTH_SCREENING: ['Khám sức khỏe', 'health screening'],
  HANDOVER: ['Bàn giao', 'handover'], PUBLIC_NOTICE: ['Thông báo tìm người thân', 'Niêm yết thông báo', 'public notice'],
  BIRTH_REGISTRATION: ['Đăng ký khai sinh', 'birth registration'], RESIDENCE_REGISTRATION: ['Đăng ký cư trú', 'residence registration'],
  HEALTH_INSURANCE: ['Cấp thẻ BHYT', 'Bảo hiểm y tế', 'health insurance'], ALTERNATIVE_CARE: ['Chăm sóc thay thế', 'alternative care'],
} as const;

const columns: readonly ColumnSpec[] = [
  { key: 'profileNumber', headers: ['profile_number', 'Mã hồ sơ trẻ em', 'Mã hồ sơ'], required: true, description: "the child's profile number; the profile must have a reception file" },
  { key: 'step', headers: ['step', 'Bước', 'Bước thực hiện'], required: true, description: 'Tiếp nhận / Sơ cứu / Khám sức khỏe / Bàn giao / Thông báo tìm người thân / Đăng ký khai sinh / Đăng ký cư trú / Cấp thẻ BHYT / Chăm sóc thay thế' },
  { key: 'dueOn', headers: ['due_on', 'Hạn hoàn thành', 'Thời hạn'], required: true, description: 'date; not before the child was found (may be in the future)' },
  { key: 'completedOn', headers: ['completed_on', 'Ngày hoàn thành'], required: false, description: 'date; not before the child was found, not in the future' },
  { key: 'note', headers: ['note', 'Ghi chú'], required: false, description: 'free text, up to 2,000 characters' },
];

const COMPARED = ['dueOn', 'completedOn', 'note'] as const;

const stepTable = (tx: ProtectionDb): UpsertTable<ReceptionStep> => ({
  table: '"protection"."ReceptionStep"',
  name: 'ReceptionStep',
  columns: [{ name: 'caseId', type: 'uuid' }, { name: 'step', type: '"protection"."ReceptionStepKind"' }, { name: 'dueOn', type: 'date' }, { name: 'completedOn', type: 'date' }, { name: 'note', type: 'text' }],
  compared: COMPARED,
  find: (keys) => tx.receptionStep.findMany({ where: { caseId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (s) => `${s.caseId}|${s.step}`,
  update: (id, fields) => tx.receptionStep.update({ where: { id }, data: fields }),
});

export const protectionReceptionSteps: RecordKind<ReceptionStepRow, ProtectionDb, Files> = {
  subgraph: 'protection',
  name: 'reception-steps',
  agency: 'SOCIAL',
  subjectRecordKind: 'protection.ChildProfile',
  description: "Steps of abandoned children's reception files, one step per row, for profiles that have a file.",
  columns,

  async loadReference(db) {
    const files = await db.abandonmentCase.findMany({ where: { profile: { profileNumber: { not: null } } }, relationLoadStrategy: 'query', select: { id: true, foundAt: true, profile: { select: { profileNumber: true } } } });
    return new Map(files.map((f) => [f.profile.profileNumber!, { caseId: f.id, foundOn: new Date(`${f.foundAt.toISOString().slice(0, 10)}T00:00:00Z`) }]));
  },

  parse(cells, files) {
    const { take, text, errors, pastDate, notBefore } = rowReader(cells);
    const file = take('profileNumber', (v) => {
      const found = files.get(v);
      if (!found) throw new FieldError('profileNumber', `profile ${v} has no abandoned-child reception file`);
      return found;
    }, true);
    const step = take('step', (v) => parseEnum(v, 'step', STEP_LABELS), true);
    const dueOn = take('dueOn', (v) => parseDate(v, 'dueOn'), true);
    const completedOn = pastDate('completedOn', false);
    const note = text('note', false);
    if (note && note.length > 2000) errors.push(new FieldError('note', 'is longer than 2,000 characters'));
    notBefore('dueOn', dueOn, file?.foundOn ?? null, 'the day the child was found');
    notBefore('completedOn', completedOn, file?.foundOn ?? null, 'the day the child was found');
    if (errors.length) return errors;
    return { caseId: file!.caseId, step: step!, dueOn: dueOn!, completedOn, note };
  },

  rowKey: { of: (r) => `${r.caseId}|${r.step}`, names: 'profile number and step' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const steps = new Map(rows.map((r) => [`${r.caseId}|${r.step}`, { ...r }]));
    const written = await upsertTable(tx, stepTable(tx), steps, runId, history);
    await saveHistory(tx, history);
    // A file whose steps changed gets a new version, so an officer editing it from an older read is refused.
    const changedFiles = [...new Set([...written.inserted.keys(), ...written.updated].map((key) => key.split('|')[0]))];
    if (changedFiles.length) await tx.abandonmentCase.updateMany({ where: { id: { in: changedFiles } }, data: { version: { increment: 1 } } });
    return countRecords(written, steps.size);
  },

  async unlinked() {
    return [];
  },

  // A step reaches the child through the reception file's profile: the links are the profile's.
  applyLinks: applyProfileLinks,

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [rollbackTableOf('ReceptionStep', tx.receptionStep, COMPARED, ['dueOn', 'completedOn'])], 'ChildProfile');
  },
};
