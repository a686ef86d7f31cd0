import { RECEPTION_STEP_LABELS } from '../../subgraphs/protection/protection.labels';
import type { ListExport } from './list-export';

type Node = Record<string, unknown>;
type Step = { step: string; dueOn: string; completedOn: string | null; daysOverdue: number };
type Index = { fullName?: string; birthDate?: string } | null;
const child = (row: Node) => (row.child ?? {}) as { id?: string; index?: Index };
const file = (row: Node) => row.file as Node;
const step = (row: Node) => row.step as Step;

/**
 * The reception timeline (abandonedChildren) as a spreadsheet, one row per step with its file's
 * columns repeated: a clerk filters on the step, the commune or the days overdue. The child's name
 * and birth date are the master index's: a foundling is rarely known to the police.
 */
export const abandonedChildrenExport: ListExport = {
  name: 'abandoned-children',
  rootField: 'abandonedChildren',
  filterType: 'AbandonedChildFilter',
  nodeSelection: 'caseId child { id index { fullName birthDate } } foundAt provinceCode communeCode overdueSteps steps { step dueOn completedOn daysOverdue }',
  rowsOf: (node) => ((node.steps ?? []) as Step[]).map((s) => ({ file: node, child: node.child, step: s })),
  columns: [
    { key: 'caseId', en: 'Reception file ID', vi: 'Mã hồ sơ tiếp nhận', value: (row) => file(row).caseId },
    { key: 'childId', en: 'Child ID', vi: 'Mã trẻ em', value: (row) => child(row).id },
    { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (row) => child(row).index?.fullName },
    { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', kind: 'date', value: (row) => child(row).index?.birthDate },
    { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', kind: 'code', value: (row) => file(row).provinceCode },
    { key: 'communeCode', en: 'Receiving commune code', vi: 'Mã xã tiếp nhận', kind: 'code', value: (row) => file(row).communeCode },
    { key: 'foundOn', en: 'Found on', vi: 'Ngày phát hiện', kind: 'date', value: (row) => file(row).foundAt },
    { key: 'overdueSteps', en: 'Overdue steps in file', vi: 'Số bước quá hạn của hồ sơ', value: (row) => file(row).overdueSteps },
    { key: 'step', en: 'Step', vi: 'Bước', labels: RECEPTION_STEP_LABELS, value: (row) => step(row).step },
    { key: 'dueOn', en: 'Due on', vi: 'Hạn hoàn thành', kind: 'date', value: (row) => step(row).dueOn },
    { key: 'completedOn', en: 'Completed on', vi: 'Ngày hoàn thành', kind: 'date', value: (row) => step(row).completedOn },
    { key: 'daysOverdue', en: 'Days overdue', vi: 'Số ngày quá hạn', value: (row) => step(row).daysOverdue },
  ],
};
