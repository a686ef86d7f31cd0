import type { Measure, ReportIndicator } from './yearly-model';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ReportLabels {
  language: Language;
  title(year: number, province: string): string;
  province: string;
  provinceCode: string;
  year: string;
  asOf: string;
  dueBefore: string;
  /** Explains the shaded empty cells. */
  suppressedLegend: string;
  /** Explains the empty cells without shading. */
  emptyLegend: string;
  areaCode: string;
  areaName: string;
  measures: Record<Measure, string>;
  medianDays: string;
  days: string;
  met: string;
  notMet: string;
  definitions: string;
  definitionColumns: { id: string; group: string; name: string; unit: string; numerator: string; denominator: string; sources: string; legalBasis: string; target: string };
  units: Record<string, string>;
  noTarget: string;
  groups: Record<string, string>;
  sources: Record<string, string>;
  /** For number and date formatting (the HTML page). */
  locale: string;
}

const COMPARISON_SIGNS: Record<string, string> = { AT_LEAST: '≥', MORE_THAN: '>', AT_MOST: '≤' };

export const LABELS: Record<Language, ReportLabels> = {
  vi: {
    language: 'vi',
    title: (year, province) => `Báo cáo chỉ số trẻ em năm ${year}: ${province}`,
    province: 'Tỉnh, thành phố',
    provinceCode: 'Mã tỉnh',
    year: 'Năm báo cáo',
    asOf: 'Số liệu tính đến ngày',
    dueBefore: 'Gửi báo cáo trước ngày',
    suppressedLegend: 'Ô tô xám để trống: số nhỏ hơn 5, hoặc được ẩn để không suy ra được số nhỏ ở ô khác (bảo vệ thông tin trẻ em).',
    emptyLegend: 'Ô trống không tô: không có trẻ em nào trong mẫu số.',
    areaCode: 'Mã',
    areaName: 'Tỉnh / xã, phường',
    measures: { numerator: 'Tử số', denominator: 'Mẫu số', value: 'Tỷ lệ (%)', meetsTarget: 'Đạt chỉ tiêu' },
    medianDays: 'Trung vị (ngày)',
    days: 'ngày',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    definitions: 'Định nghĩa',
    definitionColumns: {
      id: 'Mã chỉ số', group: 'Nhóm', name: 'Tên chỉ số', unit: 'Đơn vị', numerator: 'Tử số', denominator: 'Mẫu số',
      sources: 'Nguồn dữ liệu', legalBasis: 'Căn cứ pháp lý', target: 'Chỉ tiêu',
    },
    units: { PERCENT: 'Tỷ lệ phần trăm', MEDIAN_DAYS: 'Trung vị số ngày' },
    noTarget: 'Không có chỉ tiêu',
    groups: {
      ABANDONED_CHILDREN: 'Trẻ bị bỏ rơi',
      SPECIAL_CIRCUMSTANCES: 'Hoàn cảnh đặc biệt',
      BIRTH_REGISTRATION: 'Khai sinh',
      HEALTH: 'Y tế',
      EDUCATION: 'Giáo dục',
    },
    sources: {
      registry: 'Chỉ mục trẻ em dùng chung',
      identity: 'Cơ sở dữ liệu quốc gia về dân cư',
      civil: 'Hộ tịch',
      education: 'Giáo dục',
      health: 'Y tế',
      protection: 'Bảo vệ trẻ em, trợ giúp xã hội',
    },
    locale: 'vi-VN',
  },
  en: {
    language: 'en',
    title: (year, province) => `Yearly child indicator report ${year}: ${province}`,
    province: 'Province',
    provinceCode: 'Province code',
    year: 'Reporting year',
    asOf: 'Values as of',
    dueBefore: 'Report due before',
    suppressedLegend: 'Grey empty cells: a count under 5, or withheld so that a small count elsewhere cannot be worked out (to protect children).',
    emptyLegend: 'Empty cells without shading: no children in the denominator.',
    areaCode: 'Code',
    areaName: 'Province / commune',
    measures: { numerator: 'Numerator', denominator: 'Denominator', value: 'Rate (%)', meetsTarget: 'Meets target' },
    medianDays: 'Median (days)',
    days: 'days',
    met: 'Yes',
    notMet: 'No',
    definitions: 'Definitions',
    definitionColumns: {
      id: 'Indicator ID', group: 'Group', name: 'Indicator', unit: 'Unit', numerator: 'Numerator', denominator: 'Denominator',
      sources: 'Sources', legalBasis: 'Legal basis', target: 'Target',
    },
    units: { PERCENT: 'Percent', MEDIAN_DAYS: 'Median days' },
    noTarget: 'No target',
    groups: {
      ABANDONED_CHILDREN: 'Abandoned children',
      SPECIAL_CIRCUMSTANCES: 'Special circumstances',
      BIRTH_REGISTRATION: 'Birth registration',
      HEALTH: 'Health',
      EDUCATION: 'Education',
    },
    sources: {
      registry: 'Shared child index',
      identity: 'National population database',
      civil: 'Civil status',
      education: 'Education',
      health: 'Health',
      protection: 'Child protection and social assistance',
    },
    locale: 'en-GB',
  },
};

/** The indicator's name in the report's language. */
export const indicatorName = (labels: ReportLabels, indicator: ReportIndicator): string => (labels.language === 'en' ? indicator.nameEn : indicator.name);

/** Who the numerator and denominator count, in the report's language (no numerator for a median). */
export const countsText = (labels: ReportLabels, indicator: ReportIndicator): { numerator: string | null; denominator: string } =>
  labels.language === 'en' ? { numerator: indicator.numerator, denominator: indicator.denominator } : { numerator: indicator.numeratorVi, denominator: indicator.denominatorVi };

/** A group the labels do not know yet (a new one in the catalogue) keeps its code rather than vanish. */
export const groupTitle = (labels: ReportLabels, group: string): string => labels.groups[group] ?? group;

export const measureLabel = (labels: ReportLabels, indicator: ReportIndicator, measure: Measure): string =>
  measure === 'value' && indicator.unit === 'MEDIAN_DAYS' ? labels.medianDays : labels.measures[measure];

export const sourcesText = (labels: ReportLabels, sources: readonly string[]): string => sources.map((s) => labels.sources[s] ?? s).join('; ');

export function targetText(labels: ReportLabels, indicator: ReportIndicator): string {
  const { target } = indicator;
  if (!target) return labels.noTarget;
  const sign = COMPARISON_SIGNS[target.comparison] ?? target.comparison;
  return indicator.unit === 'PERCENT' ? `${sign} ${target.value}%` : `${sign} ${target.value} ${labels.days}`;
}

export const meetsTargetText = (labels: ReportLabels, meets: boolean | null): string | null => (meets === null ? null : meets ? labels.met : labels.notMet);
