import type { ListExport, ValueLabels } from './list-export';
import { AGENCY_LABELS, SEX_LABELS } from './shared-labels';

type Index = { fullName?: string; birthDate?: string; sex?: string; provinceCode?: string; communeCode?: string; personalId?: string | null } | null;
const index = (node: Record<string, unknown>): Index => (node.child as { index: Index } | null)?.index ?? null;

/** `CivilStatusGapKind`: what papers the child lacks. */
const GAP_LABELS: ValueLabels = {
  NO_BIRTH_REGISTRATION: { en: 'No birth registration', vi: 'Chưa đăng ký khai sinh' },
  LATE_BIRTH_REGISTRATION: { en: 'Late birth registration', vi: 'Đăng ký khai sinh quá hạn' },
  NO_PERSONAL_ID: { en: 'No personal ID number', vi: 'Chưa có số định danh cá nhân' },
  NO_RESIDENCE_REGISTRATION: { en: 'No permanent residence registration', vi: 'Chưa đăng ký thường trú' },
  ABANDONED_WITHOUT_LEGAL_FILE: { en: 'Abandoned child, legal file incomplete', vi: 'Trẻ bị bỏ rơi chưa hoàn thiện hồ sơ pháp lý' },
  ADOPTION_NOT_REGISTERED: { en: 'Adoption not registered', vi: 'Việc nuôi con nuôi chưa được đăng ký' },
  IDENTITY_MISMATCH: { en: 'Identity details disagree', vi: 'Thông tin nhân thân không thống nhất' },
};

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
    { key: 'kinds', en: 'Gaps', vi: 'Thiếu sót', labels: GAP_LABELS, value: (node) => node.kinds },
    { key: 'detectedBy', en: 'Detected by', vi: 'Cơ quan phát hiện', labels: AGENCY_LABELS, value: (node) => node.detectedBy },
    { key: 'since', en: 'Since', vi: 'Từ ngày', kind: 'date', value: (node) => node.since },
  ],
};
