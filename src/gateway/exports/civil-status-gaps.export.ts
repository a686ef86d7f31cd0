import type { ListExport } from './list-export';

type Index = { fullName?: string; birthDate?: string; sex?: string; provinceCode?: string; communeCode?: string; personalId?: string | null } | null;
const index = (node: Record<string, unknown>): Index => (node.child as { index: Index } | null)?.index ?? null;
const list = (value: unknown): string => (Array.isArray(value) ? value.join('; ') : '');

/** The justice office's worklist (civilStatusGaps) as a spreadsheet. */
export const civilStatusGapsExport: ListExport = {
  name: 'civil-status-gaps',
  rootField: 'civilStatusGaps',
  filterType: 'GapFilter',
  nodeSelection: 'child { id index { fullName birthDate sex provinceCode communeCode personalId } } kinds detectedBy since',
  columns: [
    { key: 'childId', en: 'Child ID', vi: 'Mã trẻ em', value: (node) => (node.child as { id: string }).id },
    { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (node) => index(node)?.fullName ?? null },
    { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', value: (node) => index(node)?.birthDate ?? null },
    { key: 'sex', en: 'Sex', vi: 'Giới tính', value: (node) => index(node)?.sex ?? null },
    { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', value: (node) => index(node)?.provinceCode ?? null },
    { key: 'communeCode', en: 'Commune code', vi: 'Mã xã', value: (node) => index(node)?.communeCode ?? null },
    { key: 'personalId', en: 'Personal ID number', vi: 'Số định danh cá nhân', value: (node) => index(node)?.personalId ?? null },
    { key: 'kinds', en: 'Gaps', vi: 'Thiếu sót', value: (node) => list(node.kinds) },
    { key: 'detectedBy', en: 'Detected by', vi: 'Cơ quan phát hiện', value: (node) => list(node.detectedBy) },
    { key: 'since', en: 'Since', vi: 'Từ ngày', value: (node) => (node.since as string) ?? null },
  ],
};
