import type { Jurisdiction, Principal } from '../../../auth/principal';
import { mayBreakDownByCircumstanceGroup } from '../../../auth/policy';
import { communeOf } from '../../../domain/admin-units';
import { badUserInput } from '../../../shared/errors';
import { checkAreaFilter } from '../area-filter';
import { INDICATORS, type IndicatorDefinition } from './catalogue';
import { COUNTRY, type Area } from './compute';
import { BREAKDOWNS, type Breakdown } from './dimensions';
import { AreaLevel, IndicatorDimension } from './indicators.type';

/** The area a filter names, checked against the caller's jurisdiction; the jurisdiction's own area when the filter names none. */
export function areaOf(filter: { provinceCode?: string | null; communeCode?: string | null }, jurisdiction: Jurisdiction): Area {
  checkAreaFilter(filter);
  const asked: Area | null = filter.communeCode
    ? { level: AreaLevel.COMMUNE, code: filter.communeCode }
    : filter.provinceCode
      ? { level: AreaLevel.PROVINCE, code: filter.provinceCode }
      : null;
  if (jurisdiction.kind === 'national') return asked ?? { level: AreaLevel.COUNTRY, code: COUNTRY };
  const own: Area = { level: jurisdiction.kind === 'province' ? AreaLevel.PROVINCE : AreaLevel.COMMUNE, code: jurisdiction.code };
  if (!asked) return own;
  const within = own.level === AreaLevel.PROVINCE ? asked.code === own.code || communeOf(asked.code)?.provinceCode === own.code : asked.code === own.code && asked.level === AreaLevel.COMMUNE;
  if (!within) throw badUserInput(`${asked.level.toLowerCase()} ${asked.code} is outside your jurisdiction (${own.level.toLowerCase()} ${own.code})`, 'filter');
  return asked;
}

/** The rows and breakdown of a `disaggregate` list: at most one area level and one other dimension. */
export function breakdownOf(
  dimensions: readonly IndicatorDimension[],
  area: Area,
  principal: Principal,
): { rows: AreaLevel.PROVINCE | AreaLevel.COMMUNE | null; breakdown: Breakdown | 'CIRCUMSTANCE_GROUP' | null } {
  const isLevel = (d: IndicatorDimension) => d === IndicatorDimension.PROVINCE || d === IndicatorDimension.COMMUNE;
  const levels = dimensions.filter(isLevel);
  const others = dimensions.filter((d) => !isLevel(d));
  if (levels.length > 1 || others.length > 1 || new Set(dimensions).size !== dimensions.length) {
    throw badUserInput('disaggregate takes at most one area level (PROVINCE or COMMUNE) and one other dimension; ask for each other breakdown separately', 'disaggregate');
  }
  const rows = levels[0] === IndicatorDimension.PROVINCE ? AreaLevel.PROVINCE : levels[0] === IndicatorDimension.COMMUNE ? AreaLevel.COMMUNE : null;
  if (rows === AreaLevel.PROVINCE && area.level !== AreaLevel.COUNTRY) throw badUserInput('PROVINCE rows are for the whole country: leave provinceCode and communeCode out', 'disaggregate');
  if (rows === AreaLevel.COMMUNE && area.level === AreaLevel.COMMUNE) throw badUserInput('COMMUNE rows are for a province or the country: the filter names one commune already', 'disaggregate');
  const other = others[0];
  if (other === undefined) return { rows, breakdown: null };
  if (other !== IndicatorDimension.CIRCUMSTANCE_GROUP) return { rows, breakdown: BREAKDOWNS[other]! };
  if (!mayBreakDownByCircumstanceGroup(principal.agency)) {
    throw badUserInput(`${principal.agency} may not see indicators by Article 10 group; ask without CIRCUMSTANCE_GROUP`, 'disaggregate');
  }
  return { rows, breakdown: 'CIRCUMSTANCE_GROUP' };
}

const GROUP_INDICATORS = INDICATORS.filter((i) => i.id === 'SPECIAL_CIRCUMSTANCES_SUPPORTED');

/** The indicators asked for (all when none), in catalogue order. */
export function indicatorsOf(ids: readonly string[] | null | undefined, breakdown: Breakdown | 'CIRCUMSTANCE_GROUP' | null): IndicatorDefinition[] {
  if (breakdown === 'CIRCUMSTANCE_GROUP') {
    if (ids && ids.some((id) => id !== 'SPECIAL_CIRCUMSTANCES_SUPPORTED')) {
      throw badUserInput('CIRCUMSTANCE_GROUP breaks down SPECIAL_CIRCUMSTANCES_SUPPORTED only; ask for the others without it', 'disaggregate');
    }
    return GROUP_INDICATORS;
  }
  return ids && ids.length > 0 ? INDICATORS.filter((i) => ids.includes(i.id)) : [...INDICATORS];
}
