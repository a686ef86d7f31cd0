import { GAP_RULES } from '../gaps/gap-rules';
import { RISK_MODEL } from '../risk/config';
import { ageSql } from '../risk/risk-sql';

/**
 * The counts every indicator is a ratio (or median) of, each a rule over one ChildIndicator row
 * (child-indicators-sql.ts) on the day `$1` (a date). The cube (cube-sql.ts) keeps one column per
 * count, summed per commune, sex, age band, ethnic group and disability; the daily snapshot keeps
 * the commune totals. Only children aged 0-17 on the day are counted.
 *
 * A count's name is its column in IndicatorCube and IndicatorSnapshot: adding one needs a
 * migration (test/integration/indicators.int.test.ts checks the two agree).
 */
const ABANDONED = `("abandonedFoundOn" <= $1::date)`;
const IN_CARE = `("careStartedOn" <= $1::date AND ("careEndedOn" IS NULL OR "careEndedOn" > $1::date))`;
const SPECIAL = `(cardinality("specialGroups") > 0 OR "inSensitiveCircumstances")`;
/** Monthly social allowance (Decree 20/2021): paid in the last three months counts as receiving support. */
export const SUPPORT_RECENT_DAYS = 92;
const SUPPORTED = `(${IN_CARE} OR "lastSupportPaidOn" > $1::date - ${SUPPORT_RECENT_DAYS})`;
const ON_TIME = `("birthRegisteredOn" - "birthDate" <= ${GAP_RULES.birthRegistrationDueDays})`;
const AGE = `date_part('year', age($1::date, "birthDate"))`;

/** The age, at the current school year's reckoning date, that decides compulsory schooling (the out-of-school list's). */
export const compulsoryAgeSql = (schoolYear: string): string =>
  `(${ageSql('"birthDate"', `'${schoolYear}'`)} BETWEEN ${RISK_MODEL.compulsoryAge.from} AND ${RISK_MODEL.compulsoryAge.to})`;

export const COUNTS = {
  children: { sql: 'true', label: 'children aged 0-17 in the master index', labelVi: `trẻ em 0-17 tuổi trong chỉ mục trẻ em` },
  abandoned: { sql: ABANDONED, label: 'abandoned children (a reception file)', labelVi: `trẻ em bị bỏ rơi (có hồ sơ tiếp nhận)` },
  abandonedInCare: { sql: `${ABANDONED} AND ${IN_CARE}`, label: 'abandoned children in alternative care on the day', labelVi: `trẻ em bị bỏ rơi đang được chăm sóc thay thế vào ngày tính` },
  abandonedLegalFileComplete: { sql: `${ABANDONED} AND "legalFileComplete"`, label: 'abandoned children with birth registration, personal ID and permanent residence', labelVi: `trẻ em bị bỏ rơi đã có khai sinh, số định danh cá nhân và thường trú` },
  abandonedStepsOverdue: { sql: `${ABANDONED} AND "legalStepOpenDueOn" < $1::date`, label: 'abandoned children with a legal-file step open past its deadline', labelVi: `trẻ em bị bỏ rơi có bước hồ sơ pháp lý quá hạn chưa làm` },
  abandonedBirthRegistered: { sql: `${ABANDONED} AND "daysToBirthRegistration" IS NOT NULL`, label: 'abandoned children whose birth registration is done', labelVi: `trẻ em bị bỏ rơi đã được đăng ký khai sinh` },
  specialCircumstances: { sql: SPECIAL, label: 'children in special circumstances (Law on Children 2016, art. 10)', labelVi: `trẻ em có hoàn cảnh đặc biệt (Điều 10 Luật Trẻ em 2016)` },
  specialSupported: { sql: `${SPECIAL} AND ${SUPPORTED}`, label: `children in special circumstances in alternative care or paid support in the last ${SUPPORT_RECENT_DAYS} days`, labelVi: `trẻ em có hoàn cảnh đặc biệt đang được chăm sóc thay thế hoặc nhận trợ cấp trong ${SUPPORT_RECENT_DAYS} ngày qua` },
  birthRegistered: { sql: `"birthRegisteredOn" IS NOT NULL`, label: 'children with a birth registration', labelVi: `trẻ em đã được đăng ký khai sinh` },
  registeredOnTime: { sql: `"birthRegisteredOn" IS NOT NULL AND ${ON_TIME}`, label: `registered within ${GAP_RULES.birthRegistrationDueDays} days of birth`, labelVi: `đăng ký khai sinh trong ${GAP_RULES.birthRegistrationDueDays} ngày kể từ khi sinh` },
  registeredLate: { sql: `"birthRegisteredOn" IS NOT NULL AND NOT ${ON_TIME}`, label: `registered more than ${GAP_RULES.birthRegistrationDueDays} days after birth`, labelVi: `đăng ký khai sinh sau ${GAP_RULES.birthRegistrationDueDays} ngày kể từ khi sinh` },
  withPersonalId: { sql: `"hasPersonalId"`, label: 'children with a personal ID number', labelVi: `trẻ em có số định danh cá nhân` },
  screenedLast12Months: { sql: `"lastScreenedOn" > $1::date - 365`, label: 'children screened in the 12 months before the day', labelVi: `trẻ em được khám sàng lọc trong 12 tháng trước ngày tính` },
  underSix: { sql: `${AGE} < 6`, label: 'children under 6', labelVi: `trẻ em dưới 6 tuổi` },
  underSixInsured: { sql: `${AGE} < 6 AND "insuredUntil" >= $1::date`, label: 'children under 6 with a health-insurance card valid on the day', labelVi: `trẻ em dưới 6 tuổi có thẻ BHYT còn hạn vào ngày tính` },
  compulsoryAge: { sql: '$COMPULSORY_AGE', label: `children of compulsory school age (${RISK_MODEL.compulsoryAge.from}-${RISK_MODEL.compulsoryAge.to})`, labelVi: `trẻ em trong độ tuổi phổ cập (${RISK_MODEL.compulsoryAge.from}-${RISK_MODEL.compulsoryAge.to})` },
  outOfSchool: { sql: `"outOfSchool"`, label: 'compulsory-age children not enrolled this school year, or dropped out', labelVi: `trẻ em trong độ tuổi phổ cập không đi học năm học này hoặc đã bỏ học` },
  enrolled: { sql: `"enrolledThisYear"`, label: 'pupils enrolled this school year', labelVi: `học sinh nhập học năm học này` },
  droppedOut: { sql: `"droppedOutThisYear"`, label: 'pupils who dropped out this school year', labelVi: `học sinh bỏ học trong năm học này` },
  highDropoutRisk: { sql: `"highDropoutRisk"`, label: 'pupils at high dropout risk', labelVi: `học sinh có nguy cơ bỏ học cao` },
} as const satisfies Record<string, { sql: string; label: string; labelVi: string }>;

export type CountName = keyof typeof COUNTS;
export const COUNT_NAMES = Object.keys(COUNTS) as CountName[];

/** A count's rule as SQL, the school-year-dependent one filled in. */
export function countSql(name: CountName, schoolYear: string): string {
  return COUNTS[name].sql.replace('$COMPULSORY_AGE', compulsoryAgeSql(schoolYear));
}
