import { GAP_KIND_LABELS } from '../../subgraphs/registry/gaps/gap-kind.labels';
import { AGENCY_LABELS } from '../../subgraphs/registry/registry.labels';
import { SEX_LABELS } from '../../subgraphs/sex-labels';
import type { ListExport } from './list-export';

type Index = { fullName?: string; birthDate?: string; sex?: string; provinceCode?: string; communeCode?: string; personalId?: string | null } | null;
const index = (node: Record<string, unknown>): Index => (node.child as { index: Index } | null)?.index ?? null;

/** The justice office's worklist (civilStatusGaps) as a spreadsheet; the identity is the master index's, from the row itself. */
export const civilStatusGapsExport: ListExport = {
  name: 'civil-status-gaps',
  rootField: 'civilStatusGaps',
  filterType: 'GapFilter',
  nodeSelection: 'child { id index { fullName birthDate sex provinceCode communeCode personalId } } kinds detectedBy since',
  columns: [
    { key: 'childId', en: 'Child ID', vi: 'Mã trẻ em', value: (node) => (node.child as { id: string }).id },
    { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (node) => index(node)?.fullName },
    { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', kind: 'date', value: (node) => index(node)?.birthDate },
    { key: 'sex', en: 'Sex', vi: 'Giới tính', labels: SEX_LABELS, value: (node) => index(node)?.sex },
    { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', kind: 'code', value: (node) => index(node)?.provinceCode },
    { key: 'communeCode', en: 'Commune code', vi: 'Mã xã', kind: 'code', value: (node) => index(node)?.communeCode },
    { key: 'personalId', en: 'Personal ID number', vi: 'Số định danh cá nhân', kind: 'code', value: (node) => index(node)?.personalId },
    { key: 'kinds', en: 'Gaps', vi: 'Thiếu sót', labels: GAP_KIND_LABELS, value: (node) => node.kinds },
    { key: 'detectedBy', en: 'Detected by', vi: 'Cơ quan phát hiện', labels: AGENCY_LABELS, value: (node) => node.detectedBy },
    { key: 'since', en: 'Since', vi: 'Từ ngày', kind: 'date', value: (node) => node.since },
  ],
};
