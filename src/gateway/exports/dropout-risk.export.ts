import { REASON_LABELS, type RiskReasonCode } from '../../subgraphs/registry/risk/config';
import type { ListExport } from './list-export';

type Node = Record<string, unknown>;
const child = (node: Node) => (node.child ?? {}) as { id?: string; fullName?: string | null; birthDate?: string | null; sex?: string | null };
const school = (node: Node, key: string) => (node[key] ?? null) as { code: string; name: string } | null;

/** Identity columns: what the caller may read of the child comes through federation; a forbidden field exports empty. */
const CHILD_COLUMNS: ListExport['columns'] = [
  { key: 'childId', en: 'Child id', vi: 'Mã trẻ', value: (n) => child(n).id ?? null },
  { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (n) => child(n).fullName ?? null },
  { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', value: (n) => child(n).birthDate ?? null },
  { key: 'sex', en: 'Sex', vi: 'Giới tính', value: (n) => child(n).sex ?? null },
];
const AREA_COLUMNS: ListExport['columns'] = [
  { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', value: (n) => n.provinceCode as string },
  { key: 'communeCode', en: 'Commune code', vi: 'Mã xã', value: (n) => n.communeCode as string },
];

export const dropoutRiskExport: ListExport = {
  name: 'dropout-risk',
  rootField: 'dropoutRiskList',
  filterType: 'DropoutRiskFilter',
  nodeSelection: 'child { id fullName birthDate sex } school { code name } schoolYear grade level score reasons { code } provinceCode communeCode',
  columns: [
    ...CHILD_COLUMNS,
    ...AREA_COLUMNS,
    { key: 'schoolCode', en: 'School code', vi: 'Mã trường', value: (n) => school(n, 'school')?.code ?? null },
    { key: 'schoolName', en: 'School', vi: 'Trường', value: (n) => school(n, 'school')?.name ?? null },
    { key: 'schoolYear', en: 'School year', vi: 'Năm học', value: (n) => n.schoolYear as string },
    { key: 'grade', en: 'Grade', vi: 'Lớp', value: (n) => n.grade as number },
    { key: 'level', en: 'Risk level', vi: 'Mức nguy cơ', value: (n) => n.level as string },
    { key: 'score', en: 'Score', vi: 'Điểm', value: (n) => n.score as number },
    { key: 'reasonsEn', en: 'Reasons', vi: 'Lý do (tiếng Anh)', value: (n) => reasonLabels(n, 'en') },
    { key: 'reasonsVi', en: 'Reasons (Vietnamese)', vi: 'Lý do', value: (n) => reasonLabels(n, 'vi') },
  ],
};

export const outOfSchoolExport: ListExport = {
  name: 'out-of-school',
  rootField: 'outOfSchoolChildren',
  filterType: 'OutOfSchoolFilter',
  nodeSelection: 'child { id fullName birthDate sex } situation ageYears schoolYear lastSchool { code name } lastGrade lastSchoolYear leftOn provinceCode communeCode',
  columns: [
    ...CHILD_COLUMNS,
    ...AREA_COLUMNS,
    { key: 'situation', en: 'Situation', vi: 'Tình trạng', value: (n) => n.situation as string },
    { key: 'ageYears', en: 'Age', vi: 'Tuổi', value: (n) => n.ageYears as number },
    { key: 'schoolYear', en: 'School year', vi: 'Năm học', value: (n) => n.schoolYear as string },
    { key: 'lastSchoolCode', en: 'Last school code', vi: 'Mã trường gần nhất', value: (n) => school(n, 'lastSchool')?.code ?? null },
    { key: 'lastSchoolName', en: 'Last school', vi: 'Trường gần nhất', value: (n) => school(n, 'lastSchool')?.name ?? null },
    { key: 'lastGrade', en: 'Last grade', vi: 'Lớp gần nhất', value: (n) => (n.lastGrade as number | null) ?? null },
    { key: 'lastSchoolYear', en: 'Last school year', vi: 'Năm học gần nhất', value: (n) => (n.lastSchoolYear as string | null) ?? null },
    { key: 'leftOn', en: 'Left school on', vi: 'Ngày nghỉ học', value: (n) => (n.leftOn as string | null) ?? null },
  ],
};

export const DROPOUT_RISK_EXPORTS: readonly ListExport[] = [dropoutRiskExport, outOfSchoolExport];

function reasonLabels(node: Node, language: 'en' | 'vi'): string {
  return ((node.reasons ?? []) as { code: RiskReasonCode }[]).map((r) => REASON_LABELS[r.code]?.[language] ?? r.code).join('; ');
}
