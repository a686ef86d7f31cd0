import type { ListExport } from './list-export';

type Node = Record<string, unknown>;
type Step = { step: string; dueOn: string; completedOn: string | null; daysOverdue: number };
const child = (row: Node) => (row.child ?? {}) as { id?: string; fullName?: string | null; birthDate?: string | null };
const file = (row: Node) => row.file as Node;
const step = (row: Node) => row.step as Step;
/** A GraphQL Date or DateTime as the calendar day it falls on (UTC), a date cell in XLSX. */
const day = (value: unknown): Date | null => (typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null);

/**
 * The reception timeline (abandonedChildren) as a spreadsheet, one row per step with its file's
 * columns repeated: a clerk filters on the step, the commune or the days overdue.
 */
export const abandonedChildrenExport: ListExport = {
  name: 'abandoned-children',
  rootField: 'abandonedChildren',
  filterType: 'AbandonedChildFilter',
  nodeSelection: 'caseId child { id fullName birthDate } foundAt provinceCode communeCode overdueSteps steps { step dueOn completedOn daysOverdue }',
  rowsOf: (node) => ((node.steps ?? []) as Step[]).map((s) => ({ file: node, child: node.child, step: s })),
  columns: [
    { key: 'caseId', en: 'Reception file ID', vi: 'Mã hồ sơ tiếp nhận', value: (row) => file(row).caseId as string },
    { key: 'childId', en: 'Child ID', vi: 'Mã trẻ em', value: (row) => child(row).id ?? null },
    { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (row) => child(row).fullName ?? null },
    { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', value: (row) => day(child(row).birthDate) },
    { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', value: (row) => (file(row).provinceCode as string | null) ?? null },
    { key: 'communeCode', en: 'Receiving commune code', vi: 'Mã xã tiếp nhận', value: (row) => file(row).communeCode as string },
    { key: 'foundOn', en: 'Found on', vi: 'Ngày phát hiện', value: (row) => day(file(row).foundAt) },
    { key: 'overdueSteps', en: 'Overdue steps in file', vi: 'Số bước quá hạn của hồ sơ', value: (row) => file(row).overdueSteps as number },
    { key: 'step', en: 'Step', vi: 'Bước', value: (row) => step(row).step },
    { key: 'dueOn', en: 'Due on', vi: 'Hạn hoàn thành', value: (row) => day(step(row).dueOn) },
    { key: 'completedOn', en: 'Completed on', vi: 'Ngày hoàn thành', value: (row) => day(step(row).completedOn) },
    { key: 'daysOverdue', en: 'Days overdue', vi: 'Số ngày quá hạn', value: (row) => step(row).daysOverdue },
  ],
};
