import { AGE_BANDS } from './cube-sql';
import { IndicatorDimension } from './indicators.type';

/** A breakdown besides the area: its categories (they partition the children) and the cube's SQL for a row's category. */
export interface Breakdown {
  dimension: IndicatorDimension;
  categories: readonly string[];
  sql: string;
}

export const BREAKDOWNS: Partial<Record<IndicatorDimension, Breakdown>> = {
  SEX: { dimension: IndicatorDimension.SEX, categories: ['MALE', 'FEMALE'], sql: `"sex"` },
  AGE_BAND: { dimension: IndicatorDimension.AGE_BAND, categories: AGE_BANDS.map((b) => b.code), sql: `"ageBand"` },
  ETHNIC_GROUP: { dimension: IndicatorDimension.ETHNIC_GROUP, categories: ['KINH', 'MINORITY', 'NOT_RECORDED'], sql: `"ethnicGroup"` },
  DISABILITY: {
    dimension: IndicatorDimension.DISABILITY,
    categories: ['WITH_DISABILITY', 'WITHOUT_DISABILITY'],
    sql: `CASE WHEN "hasDisability" THEN 'WITH_DISABILITY' ELSE 'WITHOUT_DISABILITY' END`,
  },
};

/** Article 10 groups that are not sensitive, and SENSITIVE for the others together (the registry never learns which). */
export const CIRCUMSTANCE_GROUPS = [
  'ORPHANED_BOTH_PARENTS', 'ABANDONED', 'WITHOUT_CARER', 'DISABLED', 'DROPPED_OUT_TO_WORK',
  'SERIOUS_ILLNESS_POOR_HOUSEHOLD', 'MIGRANT_OR_REFUGEE_UNACCOMPANIED', 'SENSITIVE',
] as const;
