import type { SubgraphName } from '../../subgraph-names';
import { GAP_RULES } from '../gaps/gap-rules';
import type { CountName } from './counts';

export type IndicatorGroup = 'ABANDONED_CHILDREN' | 'SPECIAL_CIRCUMSTANCES' | 'BIRTH_REGISTRATION' | 'HEALTH' | 'EDUCATION';

/** A plan's target: the value an area should reach (AT_LEAST 100 for "every abandoned child in care"). */
export interface Target {
  comparison: 'AT_LEAST' | 'MORE_THAN' | 'AT_MOST';
  value: number;
}

export interface IndicatorDefinition {
  id: string;
  group: IndicatorGroup;
  name: { vi: string; en: string };
  /** PERCENT: 100 × numerator / denominator. MEDIAN_DAYS: the median of a per-child number of days over the denominator's children. */
  unit: 'PERCENT' | 'MEDIAN_DAYS';
  numerator: CountName | null;
  denominator: CountName;
  sources: SubgraphName[];
  legalBasis: string;
  target: Target | null;
}

const REGISTRATION_DAYS = GAP_RULES.birthRegistrationDueDays;

/**
 * The indicators of the provincial plans for children in special circumstances (2025-2026), each a
 * ratio of two counts (counts.ts) over the children who live in an area (the master index's commune).
 * Their definitions are published in the schema (indicatorCatalogue) and the README's table.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'ABANDONED_IN_ALTERNATIVE_CARE', group: 'ABANDONED_CHILDREN', unit: 'PERCENT', numerator: 'abandonedInCare', denominator: 'abandoned',
    name: { vi: 'Trẻ em bị bỏ rơi được chăm sóc thay thế', en: 'Abandoned children in alternative care' },
    sources: ['protection'], legalBasis: 'Law on Children 2016 art. 62-63; Decree 56/2017', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'ABANDONED_LEGAL_FILE_COMPLETE', group: 'ABANDONED_CHILDREN', unit: 'PERCENT', numerator: 'abandonedLegalFileComplete', denominator: 'abandoned',
    name: { vi: 'Trẻ em bị bỏ rơi có đủ giấy tờ pháp lý (khai sinh, số định danh, thường trú)', en: 'Abandoned children with a complete legal file (birth registration, personal ID, residence)' },
    sources: ['protection', 'civil', 'identity'], legalBasis: 'Law on Civil Status 2014 art. 14; Decree 123/2015 art. 14; Law on Residence 2020', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'ABANDONED_DAYS_TO_BIRTH_REGISTRATION', group: 'ABANDONED_CHILDREN', unit: 'MEDIAN_DAYS', numerator: null, denominator: 'abandonedBirthRegistered',
    name: { vi: 'Số ngày (trung vị) từ khi tiếp nhận đến khi đăng ký khai sinh', en: 'Median days from reception to birth registration' },
    sources: ['protection', 'civil'], legalBasis: 'Decree 123/2015 art. 14 (registration right after the public notice)', target: null,
  },
  {
    id: 'ABANDONED_STEPS_OVERDUE', group: 'ABANDONED_CHILDREN', unit: 'PERCENT', numerator: 'abandonedStepsOverdue', denominator: 'abandoned',
    name: { vi: 'Trẻ em bị bỏ rơi có bước hồ sơ pháp lý quá hạn', en: 'Abandoned children with a legal-file step overdue' },
    sources: ['protection'], legalBasis: 'Decree 123/2015 art. 14; Law on Residence 2020; Law on Health Insurance', target: { comparison: 'AT_MOST', value: 0 },
  },
  {
    id: 'SPECIAL_CIRCUMSTANCES_SUPPORTED', group: 'SPECIAL_CIRCUMSTANCES', unit: 'PERCENT', numerator: 'specialSupported', denominator: 'specialCircumstances',
    name: { vi: 'Trẻ em có hoàn cảnh đặc biệt được trợ giúp', en: 'Children in special circumstances receiving support' },
    sources: ['protection'], legalBasis: 'Law on Children 2016 art. 10, 43; Decree 20/2021', target: { comparison: 'MORE_THAN', value: 95 },
  },
  {
    id: 'BIRTH_REGISTERED_ON_TIME', group: 'BIRTH_REGISTRATION', unit: 'PERCENT', numerator: 'registeredOnTime', denominator: 'birthRegistered',
    name: { vi: `Đăng ký khai sinh đúng hạn (trong ${REGISTRATION_DAYS} ngày)`, en: `Births registered within ${REGISTRATION_DAYS} days` },
    sources: ['civil'], legalBasis: 'Law on Civil Status 2014 art. 15', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'BIRTH_REGISTERED_LATE', group: 'BIRTH_REGISTRATION', unit: 'PERCENT', numerator: 'registeredLate', denominator: 'birthRegistered',
    name: { vi: 'Đăng ký khai sinh quá hạn', en: `Births registered late (after ${REGISTRATION_DAYS} days)` },
    sources: ['civil'], legalBasis: 'Law on Civil Status 2014 art. 15; Decree 123/2015', target: { comparison: 'AT_MOST', value: 0 },
  },
  {
    id: 'BIRTH_REGISTRATION_COVERAGE', group: 'BIRTH_REGISTRATION', unit: 'PERCENT', numerator: 'birthRegistered', denominator: 'children',
    name: { vi: 'Trẻ em được đăng ký khai sinh (trong số trẻ em cơ quan nào đó biết đến)', en: 'Birth registration coverage among children known to any agency' },
    sources: ['civil', 'identity', 'education', 'health', 'protection'], legalBasis: 'Law on Children 2016 art. 13; Law on Civil Status 2014', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'PERSONAL_ID_COVERAGE', group: 'BIRTH_REGISTRATION', unit: 'PERCENT', numerator: 'withPersonalId', denominator: 'children',
    name: { vi: 'Trẻ em có số định danh cá nhân', en: 'Children with a personal ID number' },
    sources: ['identity', 'civil', 'education', 'health', 'protection'], legalBasis: 'Law on Identification 2023 art. 12', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'SCREENED_LAST_12_MONTHS', group: 'HEALTH', unit: 'PERCENT', numerator: 'screenedLast12Months', denominator: 'children',
    name: { vi: 'Trẻ em được khám sàng lọc trong 12 tháng qua', en: 'Children screened in the last 12 months' },
    sources: ['health'], legalBasis: 'Law on Children 2016 art. 14; Circular 13/2016 (school health)', target: null,
  },
  {
    id: 'UNDER_SIX_INSURED', group: 'HEALTH', unit: 'PERCENT', numerator: 'underSixInsured', denominator: 'underSix',
    name: { vi: 'Trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế', en: 'Children under 6 with a health-insurance card' },
    sources: ['health'], legalBasis: 'Law on Health Insurance art. 12 (state-funded cards under 6)', target: { comparison: 'AT_LEAST', value: 100 },
  },
  {
    id: 'OUT_OF_SCHOOL', group: 'EDUCATION', unit: 'PERCENT', numerator: 'outOfSchool', denominator: 'compulsoryAge',
    name: { vi: 'Trẻ em trong độ tuổi phổ cập không đi học', en: 'Compulsory-age children out of school' },
    sources: ['education', 'identity'], legalBasis: 'Law on Education 2019 art. 14 (compulsory primary and lower-secondary)', target: { comparison: 'AT_MOST', value: 0 },
  },
  {
    id: 'DROPOUT_RATE', group: 'EDUCATION', unit: 'PERCENT', numerator: 'droppedOut', denominator: 'enrolled',
    name: { vi: 'Tỷ lệ bỏ học năm học hiện tại', en: 'Dropout rate of the current school year' },
    sources: ['education'], legalBasis: 'Law on Education 2019', target: null,
  },
  {
    id: 'HIGH_DROPOUT_RISK', group: 'EDUCATION', unit: 'PERCENT', numerator: 'highDropoutRisk', denominator: 'enrolled',
    name: { vi: 'Học sinh có nguy cơ bỏ học cao', en: 'Pupils at high dropout risk' },
    sources: ['education', 'health', 'protection', 'identity'], legalBasis: 'Provincial plans for children in special circumstances 2025-2026', target: null,
  },
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id);

/**
 * Counts whose cells add up to a count published beside them (registered on time + registered
 * late = registered): one suppression pattern for both, or the published total would give one
 * away from the other.
 */
export const JOINTLY_SUPPRESSED: readonly (readonly CountName[])[] = [['registeredOnTime', 'registeredLate']];

/** Whether a value meets its target (null without one). */
export function meetsTarget(target: Target | null, value: number | null): boolean | null {
  if (!target || value === null) return null;
  if (target.comparison === 'AT_LEAST') return value >= target.value;
  if (target.comparison === 'MORE_THAN') return value > target.value;
  return value <= target.value;
}
