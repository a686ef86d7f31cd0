import type { AreaTree } from './area-tree';
import { protectSubtable } from './subtable';

/**
 * Statistical disclosure control for the indicator tables: which counts are published as null.
 *
 * The published universe is one big table per dimension: every area (nation, provinces,
 * communes) by the dimension's categories and a TOTAL column, the TOTAL column being the area
 * totals, which every dimension shares. A query (the country by province, a province by commune,
 * one commune; with one dimension or none) shows a piece of it. Counts under
 * SMALLEST_PUBLISHED_COUNT are suppressed (primary), and more cells (secondary) so that no
 * suppressed cell can be worked out from published ones, whatever answers are combined.
 *
 * A cell's status depends on the data only, never on the query: it is decided top-down, each line
 * (a parent and its children) fixed by the line above, so every query's answer is a consistent
 * piece of the same universe and the lines a query does not show need not be computed.
 * 1. Area totals (suppressAreaTotals): a line with exactly one suppressed cell gets its cheapest
 *    other child suppressed (the parent is fixed by the line above). Then every suppressed total
 *    can move (+1 on it, balanced by a suppressed sibling or parent, and so on down and up).
 * 2. Each dimension (suppressByDimension): each parent's subtable, its TOTAL column fixed by
 *    step 1 and its parent row by the subtable above, is repaired as subtable.ts explains.
 *
 * Values: per area, one value per jointly protected table (see below). Give the rows of the areas
 * a query's lines hold, at any level: an area not given is the sum of its children, a leaf not
 * given is zero (so GROUP BY results, which omit zero rows, can be passed as they are). Rows of
 * the whole country at commune level work for every query; so do province rows plus the communes
 * of the province asked for. A given parent that differs from its children's sum is an error.
 *
 * Joint tables: counts whose cells are linked across tables (births registered on time and late,
 * and all births, whose cells add up) must be suppressed in the same cells, or one would give the
 * other away. Pass them together: a cell is primary when any table's count is small, costs the sum
 * of the counts, and every table gets the one pattern. The same holds for a rate: publish it only
 * where both its numerator and denominator are published.
 */

/** Counts of 0 to 4 children are never published. */
export const SMALLEST_PUBLISHED_COUNT = 5;

/** The column of a breakdown holding the area totals. */
export const TOTAL = 'TOTAL';

/** Per area code: one count per jointly protected table. */
export type AreaTotals = ReadonlyMap<string, readonly number[]>;

/** Per area code: per jointly protected table, one count per category, in the order of the categories given. */
export type AreaBreakdown = ReadonlyMap<string, readonly (readonly number[])[]>;

export interface SuppressedCell {
  area: string;
  /** A category, or TOTAL. */
  column: string;
}

/**
 * The suppressed area totals of the lines computed. `scope`: the areas a query shows, each as a
 * table's parent (with its children) or alone; every line from the root down to them is computed.
 */
export function suppressAreaTotals(tree: AreaTree, totals: AreaTotals, scope: Iterable<string>): AreaTotalsPattern {
  const lines = linesFor(tree, scope);
  const given = new Map([...totals].map(([area, row]) => [area, checkedCounts(area, row)]));
  const rows = new AreaRows(tree, given, [...given.values()][0]?.length ?? 1);
  const suppressed = new Set<string>();
  if (rows.row(tree.root).some(isSmall)) suppressed.add(tree.root);
  for (const parent of lines) {
    rows.checkLine(parent);
    const children = tree.children(parent);
    for (const child of children) if (rows.row(child).some(isSmall)) suppressed.add(child);
    const line = [parent, ...children].filter((area) => suppressed.has(area));
    if (line.length !== 1) continue;
    const cheapest = children
      .filter((child) => !suppressed.has(child))
      .map((child) => ({ child, cost: sum(rows.row(child)) }))
      .sort((a, b) => a.cost - b.cost || (a.child < b.child ? -1 : 1))[0];
    if (!cheapest) throw new Error(`suppression: the only child of ${parent} differs from it in suppression; their counts must be equal`);
    suppressed.add(cheapest.child);
  }
  return new AreaTotalsPattern(tree, new Set(lines), suppressed, rows);
}

/**
 * The suppressed cells of one dimension's breakdown, for the same or a smaller scope than the
 * area totals' pattern it builds on. `categories` must partition each area's population: their
 * counts add up to the area's total, which is checked.
 */
export function suppressByDimension(
  tree: AreaTree,
  categories: readonly string[],
  cells: AreaBreakdown,
  totals: AreaTotalsPattern,
  scope: Iterable<string>,
): BreakdownPattern {
  const width = categories.length;
  const flat = new Map([...cells].map(([area, tables]) => [area, flattenBreakdown(area, tables, width)]));
  const rows = new AreaRows(tree, flat, totals.tables * width);
  const rowPatterns = new Map<string, boolean[]>();
  const lines = linesFor(tree, scope);
  for (const parent of lines) {
    if (!totals.covers(parent)) throw new Error(`suppression: the area totals were not computed for ${parent}'s line; give them the same scope`);
    rows.checkLine(parent);
    const fixedParentRow = parent === tree.root ? null : rowPatterns.get(parent);
    if (fixedParentRow === undefined) throw new Error(`suppression: ${parent}'s row is not fixed by the line above`);
    const children = tree.children(parent);
    const chosenRows = fixedParentRow === null ? [...children, parent] : children;
    for (const area of [parent, ...children]) checkAddsUp(area, rows.row(area), totals.totalOf(area), width);
    const costs = chosenRows.map((area) => columnSums(rows.row(area), width));
    const primary = chosenRows.map((area) => columnHasSmall(rows.row(area), width));
    const pattern = protectSubtable({
      costs,
      primary,
      fixedParentRow,
      childTotals: children.map((child) => totals.isSuppressed(child)),
      parentTotal: totals.isSuppressed(parent),
    });
    chosenRows.forEach((area, row) => rowPatterns.set(area, pattern[row]));
  }
  return new BreakdownPattern(categories, rowPatterns, totals);
}

export class AreaTotalsPattern {
  constructor(
    private readonly tree: AreaTree,
    private readonly lines: ReadonlySet<string>,
    private readonly suppressed: ReadonlySet<string>,
    private readonly rows: AreaRows,
  ) {}

  /** Whether `parent`'s line (it and its children) was computed. */
  covers(parent: string): boolean {
    return this.lines.has(parent);
  }

  isSuppressed(area: string): boolean {
    const parent = this.tree.parent(area);
    if (!this.covers(area) && (parent === undefined || !this.covers(parent))) {
      throw new Error(`suppression: area ${area} is in no line computed; widen the scope`);
    }
    return this.suppressed.has(area);
  }

  /** How many tables are protected jointly. */
  get tables(): number {
    return this.rows.width;
  }

  /** The area's counts, one per joint table, as used. */
  totalOf(area: string): readonly number[] {
    return this.rows.row(area);
  }

  get suppressedAreas(): string[] {
    return [...this.suppressed].sort();
  }
}

export class BreakdownPattern {
  constructor(
    private readonly categories: readonly string[],
    private readonly rows: ReadonlyMap<string, readonly boolean[]>,
    private readonly totals: AreaTotalsPattern,
  ) {}

  /** `column`: a category, or TOTAL (the area totals' status). */
  isSuppressed(area: string, column: string): boolean {
    if (column === TOTAL) return this.totals.isSuppressed(area);
    const category = this.categories.indexOf(column);
    if (category === -1) throw new Error(`suppression: ${column} is not a category of this dimension (${this.categories.join(', ')})`);
    const row = this.rows.get(area);
    if (!row) throw new Error(`suppression: area ${area} is in no subtable computed; widen the scope`);
    return row[category];
  }

  /** Every suppressed category cell computed (TOTALs are the area totals' pattern's). */
  get suppressedCells(): SuppressedCell[] {
    const cells: SuppressedCell[] = [];
    for (const area of [...this.rows.keys()].sort()) {
      const row = this.rows.get(area)!;
      this.categories.forEach((column, category) => row[category] && cells.push({ area, column }));
    }
    return cells;
  }
}

/** Rows by area: given, or the sum of the children, or zero for a leaf. */
class AreaRows {
  private readonly derived = new Map<string, readonly number[]>();

  constructor(
    private readonly tree: AreaTree,
    private readonly given: ReadonlyMap<string, readonly number[]>,
    readonly width: number,
  ) {
    for (const [area, row] of given) {
      if (!tree.has(area)) throw new Error(`suppression: unknown area ${area}`);
      if (row.length !== width) throw new Error(`suppression: area ${area} has ${row.length} counts where every area has ${width}`);
    }
  }

  row(area: string): readonly number[] {
    const known = this.given.get(area) ?? this.derived.get(area);
    if (known) return known;
    const row = this.childSum(area) ?? new Array<number>(this.width).fill(0);
    this.derived.set(area, row);
    return row;
  }

  checkLine(parent: string): void {
    const given = this.given.get(parent);
    const children = this.childSum(parent);
    if (given && children && given.some((value, i) => value !== children[i])) {
      throw new Error(`suppression: the counts of ${parent} (${given.join(', ')}) are not the sum of its children's (${children.join(', ')})`);
    }
  }

  private childSum(area: string): number[] | null {
    const children = this.tree.children(area);
    if (children.length === 0) return null;
    const total = new Array<number>(this.width).fill(0);
    for (const child of children) this.row(child).forEach((value, i) => (total[i] += value));
    return total;
  }
}

/** Every non-leaf area on the way from the root to each area of the scope, each after its parent. */
function linesFor(tree: AreaTree, scope: Iterable<string>): string[] {
  const depthOf = new Map<string, number>();
  for (const area of scope) {
    tree.lineage(area).forEach((ancestor, depth) => {
      if (!tree.isLeaf(ancestor)) depthOf.set(ancestor, depth);
    });
  }
  return [...depthOf].sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0)).map(([area]) => area);
}

function checkedCounts(area: string, counts: readonly number[]): readonly number[] {
  if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count < 0)) {
    throw new Error(`suppression: the counts of ${area} must be whole numbers, at least 0, one per table; got [${counts.join(', ')}]`);
  }
  return counts;
}

/** Table-major: table t, category k at t × width + k. */
function flattenBreakdown(area: string, tables: readonly (readonly number[])[], width: number): readonly number[] {
  if (tables.some((counts) => counts.length !== width)) {
    throw new Error(`suppression: area ${area} must have ${width} counts per table, one per category`);
  }
  const counts: number[] = [];
  for (const table of tables) counts.push(...table);
  return checkedCounts(area, counts);
}

function checkAddsUp(area: string, breakdown: readonly number[], totals: readonly number[], width: number): void {
  const tables = breakdown.length / width;
  if (tables !== totals.length) throw new Error(`suppression: the breakdown has ${tables} tables, the area totals ${totals.length}`);
  totals.forEach((total, table) => {
    const categories = breakdown.slice(table * width, (table + 1) * width);
    if (sum(categories) !== total) {
      throw new Error(`suppression: the categories of ${area} add up to ${sum(categories)}, its total is ${total}; a dimension's categories must partition the population`);
    }
  });
}

/** Per category, the sum over the joint tables (the cost of suppressing the cell). */
function columnSums(row: readonly number[], width: number): number[] {
  const sums = new Array<number>(width).fill(0);
  for (let i = 0; i < row.length; i++) sums[i % width] += row[i];
  return sums;
}

/** Per category, whether any joint table's count is small (the cell is primary). */
function columnHasSmall(row: readonly number[], width: number): boolean[] {
  const small = new Array<boolean>(width).fill(false);
  for (let i = 0; i < row.length; i++) if (isSmall(row[i])) small[i % width] = true;
  return small;
}

const isSmall = (count: number) => count < SMALLEST_PUBLISHED_COUNT;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
