import { COMMUNES, communeOf, communesOf, PROVINCES } from '../../../domain/admin-units';
import type { RegistryDb } from '../registry.db';
import { JOINTLY_SUPPRESSED, meetsTarget, type IndicatorDefinition } from './catalogue';
import type { CountName } from './counts';
import { cellKey, readCounts, readMedians, type AreaCounts, type CountSource } from './cube-reader';
import { CIRCUMSTANCE_GROUPS, type Breakdown } from './dimensions';
import { AreaLevel, definitionOf, IndicatorDimension, type IndicatorCell, type IndicatorTable } from './indicators.type';
import { administrativeAreaTree, NATION_CODE, type AreaTree } from './area-tree';
import { suppressAreaTotals, suppressByDimension, TOTAL, type AreaTotalsPattern } from './suppression';

/** The country's code in published cells. */
export const COUNTRY = NATION_CODE;

export interface Area {
  level: AreaLevel;
  code: string;
}

/** What a caller asked for, checked: an area, its rows (provinces or communes, or none), at most one breakdown. */
export interface IndicatorQuery {
  area: Area;
  rows: AreaLevel.PROVINCE | AreaLevel.COMMUNE | null;
  breakdown: Breakdown | 'CIRCUMSTANCE_GROUP' | null;
  indicators: readonly IndicatorDefinition[];
  day: string;
  /** A past day's snapshot instead of the current cube (no breakdown). */
  fromSnapshot: boolean;
}

/**
 * The indicators' tables for a query. Every count is first published with suppression computed on
 * whole tables (the country by province, and each province the query touches by commune), never
 * on the part a query shows, so the same cell is suppressed or not whichever query asks for it.
 */
export async function indicatorTables(db: RegistryDb, q: IndicatorQuery): Promise<IndicatorTable[]> {
  const provinces = provincesExpanded(q);
  const counts = countsOf(q.indicators);
  const totalsSource: CountSource = q.fromSnapshot ? { kind: 'snapshot', day: q.day } : { kind: 'cube', categorySql: null };
  const totals = valuesByCount(await readCounts(db, totalsSource, counts, provinces), counts);
  const protector = new Protector(administrativeAreaTree(), suppressionScope(q), [...PROVINCES.map((p) => p.code), ...provinces.flatMap((p) => communesOf(p).map((c) => c.code))]);
  const totalPatterns = new Map(jointGroups(counts).map((group) => [group, protector.totals(group.map((c) => totals.get(c)!))] as const));
  const patterns = new Map<CountName, Set<string>>();
  for (const [group, pattern] of totalPatterns) for (const count of group) patterns.set(count, pattern.cells);
  let values = totals;
  if (q.breakdown === 'CIRCUMSTANCE_GROUP') {
    const byGroup = valuesByCount(await readCounts(db, { kind: 'groups' }, counts, provinces), counts);
    values = mergeValues(totals, byGroup);
    // A child may be in several groups: each group is a table of its own, with no relation to the total.
    for (const count of counts) {
      for (const group of CIRCUMSTANCE_GROUPS) for (const key of protector.totals([onlyCategory(byGroup.get(count)!, group)]).cells) patterns.get(count)!.add(asCategory(key, group));
    }
  } else if (q.breakdown) {
    values = mergeValues(totals, valuesByCount(await readCounts(db, { kind: 'cube', categorySql: q.breakdown.sql }, counts, provinces), counts));
    for (const [group, totalPattern] of totalPatterns) {
      const cells = protector.breakdown(q.breakdown.categories, group.map((c) => values.get(c)!), totalPattern);
      for (const count of group) for (const key of cells) patterns.get(count)!.add(key);
    }
  }
  const medians = q.indicators.some((i) => i.unit === 'MEDIAN_DAYS') && !q.fromSnapshot
    ? await readMedians(db, q.day, q.breakdown && q.breakdown !== 'CIRCUMSTANCE_GROUP' ? q.breakdown.sql : null, provinces)
    : new Map<string, number>();
  return tablesOf(q, { values, patterns, medians });
}

interface Published {
  values: Map<CountName, Map<string, number>>;
  patterns: Map<CountName, Set<string>>;
  medians: Map<string, number>;
}

/** Each indicator's cells: the area asked for and its rows, each whole and then by the breakdown's categories. */
function tablesOf(q: IndicatorQuery, published: Published): IndicatorTable[] {
  const categories = q.breakdown === 'CIRCUMSTANCE_GROUP' ? CIRCUMSTANCE_GROUPS : (q.breakdown?.categories ?? []);
  const dimension = q.breakdown === null ? null : q.breakdown === 'CIRCUMSTANCE_GROUP' ? IndicatorDimension.CIRCUMSTANCE_GROUP : q.breakdown.dimension;
  const shown = shownAreas(q);
  return q.indicators.map((indicator) => ({
    indicator: definitionOf(indicator),
    dimension,
    cells: shown.flatMap((area) => [null, ...categories].map((category) => cellOf(indicator, area, category, published))),
  }));
}

/**
 * The suppression module (suppression.ts) over this query's cells: the tables' lines from the
 * country down to the areas shown, the areas given being the provinces and the communes read.
 */
class Protector {
  constructor(
    private readonly tree: AreaTree,
    private readonly scope: readonly string[],
    private readonly areas: readonly string[],
  ) {}

  /** Area totals of counts protected jointly; `cells` are the suppressed cells' keys. */
  totals(tables: ReadonlyMap<string, number>[]): { pattern: AreaTotalsPattern; cells: Set<string> } {
    const rows = new Map(this.areas.map((area) => [area, tables.map((t) => t.get(cellKey(area, null)) ?? 0)]));
    const pattern = suppressAreaTotals(this.tree, rows, this.scope);
    return { pattern, cells: new Set(pattern.suppressedAreas.map((area) => cellKey(area, null))) };
  }

  /** A breakdown's suppressed category cells, built on the totals' pattern. */
  breakdown(categories: readonly string[], tables: ReadonlyMap<string, number>[], totals: { pattern: AreaTotalsPattern }): string[] {
    const rows = new Map(this.areas.map((area) => [area, tables.map((t) => categories.map((c) => t.get(cellKey(area, c)) ?? 0))]));
    return suppressByDimension(this.tree, categories, rows, totals.pattern, this.scope).suppressedCells.map((cell) => cellKey(cell.area, cell.column));
  }
}

/** The parents whose lines a query shows: the area asked for (with its rows), or every province for all communes. */
function suppressionScope(q: IndicatorQuery): string[] {
  if (q.area.level === AreaLevel.COUNTRY && q.rows === AreaLevel.COMMUNE) return PROVINCES.map((p) => p.code);
  return [q.area.code];
}

function cellOf(indicator: IndicatorDefinition, area: Area, category: string | null, { values, patterns, medians }: Published): IndicatorCell {
  const key = cellKey(area.code, category);
  const published = (count: CountName | null): { value: number | null; suppressed: boolean } => {
    if (count === null) return { value: null, suppressed: false };
    const suppressed = patterns.get(count)!.has(key);
    return { value: suppressed ? null : (values.get(count)!.get(key) ?? 0), suppressed };
  };
  const numerator = published(indicator.numerator);
  const denominator = published(indicator.denominator);
  const suppressed = numerator.suppressed || denominator.suppressed;
  let value: number | null = null;
  if (!suppressed && indicator.unit === 'MEDIAN_DAYS') value = medians.get(key) ?? null;
  else if (!suppressed && denominator.value) value = Math.round((1000 * numerator.value!) / denominator.value) / 10;
  return {
    areaCode: area.code, areaName: areaName(area), areaLevel: area.level, category,
    numerator: numerator.value, denominator: denominator.value, value, suppressed,
    meetsTarget: meetsTarget(indicator.target, value),
  };
}

/** The provinces whose commune tables the query needs: the area's own, or all for communes country-wide. */
function provincesExpanded(q: IndicatorQuery): string[] {
  if (q.area.level === AreaLevel.PROVINCE) return [q.area.code];
  if (q.area.level === AreaLevel.COMMUNE) return [communeOf(q.area.code)!.provinceCode];
  return q.rows === AreaLevel.COMMUNE ? PROVINCES.map((p) => p.code) : [];
}

/** The area asked for, then its rows. */
function shownAreas(q: IndicatorQuery): Area[] {
  const rows: Area[] = [];
  if (q.rows === AreaLevel.PROVINCE) rows.push(...PROVINCES.map((p) => ({ level: AreaLevel.PROVINCE, code: p.code })));
  if (q.rows === AreaLevel.COMMUNE) {
    const communes = q.area.level === AreaLevel.PROVINCE ? communesOf(q.area.code) : COMMUNES;
    rows.push(...communes.map((c) => ({ level: AreaLevel.COMMUNE, code: c.code })));
  }
  return [q.area, ...rows];
}

const provinceNames = new Map(PROVINCES.map((p) => [p.code, p.name]));
export function areaName(area: Area): string {
  if (area.level === AreaLevel.COUNTRY) return 'Việt Nam';
  if (area.level === AreaLevel.PROVINCE) return provinceNames.get(area.code) ?? area.code;
  return communeOf(area.code)?.name ?? area.code;
}

/** Per count, each published cell's value: communes and provinces as read, the country as the provinces' sum, TOTAL as the categories' sum. */
function valuesByCount(read: { provinces: AreaCounts[]; communes: AreaCounts[] }, counts: readonly CountName[]): Map<CountName, Map<string, number>> {
  const byCount = new Map(counts.map((c) => [c, new Map<string, number>()]));
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const [rows, isProvince] of [[read.provinces, true], [read.communes, false]] as const) {
    for (const row of rows) {
      for (const count of counts) {
        const n = row.counts[count] ?? 0;
        const map = byCount.get(count)!;
        add(map, cellKey(row.area, row.category), n);
        if (row.category !== null) add(map, cellKey(row.area, null), n);
        if (isProvince) {
          add(map, cellKey(COUNTRY, row.category), n);
          if (row.category !== null) add(map, cellKey(COUNTRY, null), n);
        }
      }
    }
  }
  return byCount;
}

/** The breakdown's cells, with the whole areas' cells taken from `totals` (a group breakdown's categories do not add up to them). */
function mergeValues(totals: Map<CountName, Map<string, number>>, broken: Map<CountName, Map<string, number>>): Map<CountName, Map<string, number>> {
  return new Map(
    [...broken].map(([count, cells]) => {
      const merged = new Map([...cells].filter(([key]) => !key.endsWith('|TOTAL')));
      for (const [key, n] of totals.get(count)!) merged.set(key, n);
      return [count, merged];
    }),
  );
}

const onlyCategory = (cells: Map<string, number>, category: string): Map<string, number> =>
  new Map([...cells].filter(([key]) => key.endsWith(`|${category}`)).map(([key, n]) => [key.replace(`|${category}`, `|${TOTAL}`), n]));

/** A suppressed area total of a group's own table, as that group's cell. */
const asCategory = (key: string, category: string): string => key.replace(`|${TOTAL}`, `|${category}`);

/** The counts the indicators need, with every count that shares a suppression pattern with one of them (the pattern must not depend on what was asked). */
function countsOf(indicators: readonly IndicatorDefinition[]): CountName[] {
  const direct = indicators.flatMap((i) => (i.numerator ? [i.numerator, i.denominator] : [i.denominator]));
  return [...new Set(direct.flatMap((c) => JOINTLY_SUPPRESSED.find((group) => group.includes(c)) ?? [c]))];
}

/** The counts in groups protected together: those of JOINTLY_SUPPRESSED, each other count alone. */
function jointGroups(counts: readonly CountName[]): CountName[][] {
  const groups: CountName[][] = [];
  for (const count of counts) {
    if (groups.some((g) => g.includes(count))) continue;
    groups.push([...(JOINTLY_SUPPRESSED.find((group) => group.includes(count)) ?? [count])]);
  }
  return groups;
}
