import { RISK_LEVEL_LABELS, SITUATION_LABELS } from '../../subgraphs/registry/risk/risk.labels';
import { SEX_LABELS } from '../../subgraphs/sex-labels';
import type { ExportColumn, Language, ListExport } from './list-export';

type Node = Record<string, unknown>;
type Index = { fullName?: string; birthDate?: string; sex?: string } | null;
const child = (node: Node) => (node.child ?? {}) as { id?: string; index?: Index };
const school = (node: Node, key: string) => (node[key] ?? null) as { code: string; name: string } | null;

/**
 * Identity columns from the registry's master index, which the list row carries: the identity
 * subgraph's `child { fullName }` is empty for a pupil the police do not know, the index never.
 */
const CHILD_COLUMNS: readonly ExportColumn[] = [
  { key: 'childId', en: 'Child id', vi: 'Mã trẻ', value: (n) => child(n).id },
  { key: 'fullName', en: 'Full name', vi: 'Họ và tên', value: (n) => child(n).index?.fullName },
  { key: 'birthDate', en: 'Date of birth', vi: 'Ngày sinh', kind: 'date', value: (n) => child(n).index?.birthDate },
  { key: 'sex', en: 'Sex', vi: 'Giới tính', labels: SEX_LABELS, value: (n) => child(n).index?.sex },
];
const CHILD_SELECTION = 'child { id index { fullName birthDate sex } }';
const AREA_COLUMNS: readonly ExportColumn[] = [
  { key: 'provinceCode', en: 'Province code', vi: 'Mã tỉnh', kind: 'code', value: (n) => n.provinceCode },
  { key: 'communeCode', en: 'Commune code', vi: 'Mã xã', kind: 'code', value: (n) => n.communeCode },
];

export const dropoutRiskExport: ListExport = {
  name: 'dropout-risk',
  rootField: 'dropoutRiskList',
  filterType: 'DropoutRiskFilter',
  nodeSelection: `${CHILD_SELECTION} school { code name } schoolYear grade level score reasons { labelEn labelVi } provinceCode communeCode`,
  columns: [
    ...CHILD_COLUMNS,
    ...AREA_COLUMNS,
    { key: 'schoolCode', en: 'School code', vi: 'Mã trường', kind: 'code', value: (n) => school(n, 'school')?.code },
    { key: 'schoolName', en: 'School', vi: 'Trường', value: (n) => school(n, 'school')?.name },
    { key: 'schoolYear', en: 'School year', vi: 'Năm học', value: (n) => n.schoolYear },
    { key: 'grade', en: 'Grade', vi: 'Lớp', value: (n) => n.grade },
    { key: 'level', en: 'Risk level', vi: 'Mức nguy cơ', labels: RISK_LEVEL_LABELS, value: (n) => n.level },
    { key: 'score', en: 'Score', vi: 'Điểm', value: (n) => n.score },
    { key: 'reasons', en: 'Reasons', vi: 'Lý do', value: reasonLabels },
  ],
};

export const outOfSchoolExport: ListExport = {
  name: 'out-of-school',
  rootField: 'outOfSchoolChildren',
  filterType: 'OutOfSchoolFilter',
  nodeSelection: `${CHILD_SELECTION} situation ageYears schoolYear lastSchool { code name } lastGrade lastSchoolYear leftOn provinceCode communeCode`,
  columns: [
    ...CHILD_COLUMNS,
    ...AREA_COLUMNS,
    { key: 'situation', en: 'Situation', vi: 'Tình trạng', labels: SITUATION_LABELS, value: (n) => n.situation },
    { key: 'ageYears', en: 'Age', vi: 'Tuổi', value: (n) => n.ageYears },
    { key: 'schoolYear', en: 'School year', vi: 'Năm học', value: (n) => n.schoolYear },
    { key: 'lastSchoolCode', en: 'Last school code', vi: 'Mã trường gần nhất', kind: 'code', value: (n) => school(n, 'lastSchool')?.code },
    { key: 'lastSchoolName', en: 'Last school', vi: 'Trường gần nhất', value: (n) => school(n, 'lastSchool')?.name },
    { key: 'lastGrade', en: 'Last grade', vi: 'Lớp gần nhất', value: (n) => n.lastGrade },
    { key: 'lastSchoolYear', en: 'Last school year', vi: 'Năm học gần nhất', value: (n) => n.lastSchoolYear },
    { key: 'leftOn', en: 'Left school on', vi: 'Ngày nghỉ học', kind: 'date', value: (n) => n.leftOn },
  ],
};

export const DROPOUT_RISK_EXPORTS: readonly ListExport[] = [dropoutRiskExport, outOfSchoolExport];

/** The schema's own labels of the risk reasons, in the caller's language. */
function reasonLabels(node: Node, language: Language): string[] {
  return ((node.reasons ?? []) as { labelEn: string; labelVi: string }[]).map((r) => (language === 'vi' ? r.labelVi : r.labelEn));
}
