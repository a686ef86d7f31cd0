import type { ChildProfile, SpecialCircumstance } from '../../generated/prisma/protection/client';
import type { ProtectionDb } from './protection.db';
import { parseEnum } from '../../records/fields';
import { applyLinksTo, CHILD_COLUMNS, CHILD_IDENTITY_COMPARED, childIdentityColumns, countRows, isoDay, linkCandidateOf, rollbackRun, rollbackTableOf, saveHistory, type ChildIdentity } from '../../records/kind-helpers';
import type { ColumnSpec, RecordKind, TouchedRecord } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable, wouldChange } from '../../records/upsert';

/** The 14 groups of Law on Children 2016, art. 10, as commune lists name them. */
export const CIRCUMSTANCE_LABELS = {
  ORPHANED_BOTH_PARENTS: ['Mồ côi cả cha và mẹ', 'Mồ côi cha mẹ', 'orphaned'],
  ABANDONED: ['Bị bỏ rơi', 'abandoned'],
  WITHOUT_CARER: ['Không nơi nương tựa', 'without carer'],
  DISABLED: ['Khuyết tật', 'disabled'],
  LIVING_WITH_HIV: ['Nhiễm HIV/AIDS', 'Sống chung với HIV/AIDS', 'HIV'],
  IN_CONFLICT_WITH_LAW: ['Vi phạm pháp luật', 'in conflict with the law'],
  DRUG_ADDICTED: ['Nghiện ma túy', 'drug addicted'],
  DROPPED_OUT_TO_WORK: ['Bỏ học kiếm sống', 'dropped out to work'],
  SEVERELY_HARMED_BY_VIOLENCE: ['Bị bạo lực', 'Bị tổn hại nghiêm trọng do bạo lực', 'harmed by violence'],
  EXPLOITED: ['Bị bóc lột', 'exploited'],
  SEXUALLY_ABUSED: ['Bị xâm hại tình dục', 'sexually abused'],
  TRAFFICKED: ['Bị mua bán', 'trafficked'],
  SERIOUS_ILLNESS_POOR_HOUSEHOLD: ['Bệnh hiểm nghèo thuộc hộ nghèo', 'Mắc bệnh hiểm nghèo', 'serious illness'],
  MIGRANT_OR_REFUGEE_UNACCOMPANIED: ['Di cư, lánh nạn chưa xác định được cha mẹ', 'Di cư không người đi kèm', 'unaccompanied migrant'],
} as const;
const VERIFICATION_LABELS = { COLLECTED: ['Đã thu thập', 'Thu thập', 'collected'], CHECKED: ['Đã kiểm tra', 'Kiểm tra', 'checked'], RECHECKED: ['Đã phúc tra', 'Phúc tra', 'rechecked'] } as const;

/** One row of a commune's special-circumstance list: the child's profile and one circumstance. */
export interface CircumstanceRow extends ChildIdentity {
  profileNumber: string;
  group: keyof typeof CIRCUMSTANCE_LABELS;
  identifiedOn: Date;
  endedOn: Date | null;
  verification: keyof typeof VERIFICATION_LABELS;
}

const columns: readonly ColumnSpec[] = [
  { key: 'profileNumber', headers: ['profile_number', 'Mã hồ sơ trẻ em', 'Mã hồ sơ'], required: true, description: "the commune's child profile number" },
  ...CHILD_COLUMNS,
  { key: 'group', headers: ['group', 'Nhóm hoàn cảnh đặc biệt', 'Hoàn cảnh đặc biệt'], required: true, description: 'one of the 14 groups of Law on Children 2016 art. 10, e.g. Mồ côi cả cha và mẹ, Bị bỏ rơi, Khuyết tật' },
  { key: 'identifiedOn', headers: ['identified_on', 'Ngày xác định'], required: true, description: 'date; not before birth, not in the future' },
  { key: 'endedOn', headers: ['ended_on', 'Ngày kết thúc', 'Ngày thôi hưởng'], required: false, description: 'date; not before identifiedOn' },
  { key: 'verification', headers: ['verification', 'Trạng thái xác minh'], required: false, description: 'Đã thu thập / Đã kiểm tra / Đã phúc tra (Decision 3978/QĐ-BYT); Đã thu thập when empty' },
];

const CIRCUMSTANCE_COMPARED = ['endedOn', 'verification', 'communeCode'] as const;

const profileTable = (tx: ProtectionDb): UpsertTable<ChildProfile> => ({
  table: '"protection"."ChildProfile"',
  name: 'ChildProfile',
  columns: [{ name: 'profileNumber', type: 'text' }, ...childIdentityColumns('protection')],
  compared: CHILD_IDENTITY_COMPARED,
  find: (numbers) => tx.childProfile.findMany({ where: { profileNumber: { in: numbers } } }),
  keyOf: (profile) => profile.profileNumber!,
  update: (id, fields) => tx.childProfile.update({ where: { id }, data: fields }),
});

const circumstanceKey = (profileId: string, group: string, identifiedOn: Date) => `${profileId}|${group}|${isoDay(identifiedOn)}`;

const circumstanceTable = (tx: ProtectionDb): UpsertTable<SpecialCircumstance> => ({
  table: '"protection"."SpecialCircumstance"',
  name: 'SpecialCircumstance',
  columns: [
    { name: 'profileId', type: 'uuid' }, { name: 'group', type: '"protection"."SpecialCircumstanceGroup"' }, { name: 'identifiedOn', type: 'date' }, { name: 'endedOn', type: 'date' },
    { name: 'verification', type: '"protection"."VerificationState"' }, { name: 'communeCode', type: 'varchar(5)' },
  ],
  compared: CIRCUMSTANCE_COMPARED,
  find: (keys) => tx.specialCircumstance.findMany({ where: { profileId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (c) => circumstanceKey(c.profileId, c.group, c.identifiedOn),
  update: (id, fields) => tx.specialCircumstance.update({ where: { id }, data: fields }),
});

const linkCandidate = linkCandidateOf('protection.ChildProfile');

/** Writes master child ids into child profiles (reception steps reach the child through theirs). */
export const applyProfileLinks = applyLinksTo('"protection"."ChildProfile"');

export const protectionCircumstances: RecordKind<CircumstanceRow, ProtectionDb, null> = {
  subgraph: 'protection',
  name: 'circumstances',
  agency: 'SOCIAL',
  subjectRecordKind: 'protection.ChildProfile',
  description: "A commune's list of children in special circumstances: the child's profile and one circumstance per row.",
  columns,

  async loadReference() {
    return null;
  },

  parse(cells) {
    const { take, text, errors, pastDate, childIdentity, notBefore } = rowReader(cells);
    const profileNumber = text('profileNumber', true);
    const child = childIdentity();
    const group = take('group', (v) => parseEnum(v, 'group', CIRCUMSTANCE_LABELS), true);
    const identifiedOn = pastDate('identifiedOn', true);
    const endedOn = pastDate('endedOn', false);
    const verification = take('verification', (v) => parseEnum(v, 'verification', VERIFICATION_LABELS), false);
    notBefore('identifiedOn', identifiedOn, child.birthDate, 'the date of birth');
    notBefore('endedOn', endedOn, identifiedOn, 'the date it was identified');
    if (errors.length) return errors;
    return {
      profileNumber: profileNumber!, fullName: child.fullName!, birthDate: child.birthDate!, sex: child.sex!, personalId: child.personalId, communeCode: child.communeCode!,
      motherName: child.motherName, group: group!, identifiedOn: identifiedOn!, endedOn, verification: verification ?? 'COLLECTED',
    };
  },

  rowKey: { of: (r) => `${r.profileNumber}|${r.group}|${isoDay(r.identifiedOn)}`, names: 'profile number, group and date identified' },

  async writeBatch(tx, rows, runId) {
    const history: HistoryRow[] = [];
    const profiles = await upsertTable(
      tx,
      profileTable(tx),
      new Map(rows.map((r) => [r.profileNumber, { profileNumber: r.profileNumber, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, personalId: r.personalId, communeCode: r.communeCode, motherName: r.motherName }])),
      runId,
      history,
    );
    const profileOf = new Map<string, string>();
    const circumstances = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      const profileId = profiles.idByKey.get(r.profileNumber)!;
      const key = circumstanceKey(profileId, r.group, r.identifiedOn);
      profileOf.set(key, r.profileNumber);
      circumstances.set(key, { profileId, group: r.group, identifiedOn: r.identifiedOn, endedOn: r.endedOn, verification: r.verification, communeCode: r.communeCode });
    }
    const written = await upsertTable(tx, circumstanceTable(tx), circumstances, runId, history);
    await saveHistory(tx, history);
    return countRows(profileOf, profiles, written, [...profiles.inserted.values()].map((p) => linkCandidate(p as unknown as ChildProfile)));
  },

  async unlinked(db, runId, afterId, limit) {
    const profiles = await db.childProfile.findMany({ where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return profiles.map(linkCandidate);
  },

  applyLinks: applyProfileLinks,

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [
      rollbackTableOf('SpecialCircumstance', tx.specialCircumstance, CIRCUMSTANCE_COMPARED, ['endedOn']),
      rollbackTableOf('ChildProfile', tx.childProfile, CHILD_IDENTITY_COMPARED, ['birthDate']),
    ], 'ChildProfile');
  },

  entry: {
    name: 'SpecialCircumstance',
    async find(db, row) {
      const found = await db.specialCircumstance.findFirst({ where: { profile: { profileNumber: row.profileNumber }, group: row.group, identifiedOn: row.identifiedOn }, include: { profile: true } });
      return found && { id: found.id, version: found.version, childId: found.profile.childId };
    },
    versioned: (tx) => tx.specialCircumstance,
    communeOf: (row) => row.communeCode,
    // The child's profile and, when the row corrects one, the circumstance (each carries its commune).
    async touched(tx, row) {
      const profile = await tx.childProfile.findUnique({ where: { profileNumber: row.profileNumber }, include: { specialCircumstances: { where: { group: row.group, identifiedOn: row.identifiedOn } } } });
      if (!profile) return [];
      const touched: TouchedRecord[] = [{ name: `child profile ${row.profileNumber}`, communes: [profile.communeCode], changes: wouldChange(profile, row, CHILD_IDENTITY_COMPARED) }];
      for (const circumstance of profile.specialCircumstances) {
        touched.push({ name: `a circumstance of child profile ${row.profileNumber}`, communes: [circumstance.communeCode], changes: wouldChange(circumstance, row, CIRCUMSTANCE_COMPARED) });
      }
      return touched;
    },
  },
};
