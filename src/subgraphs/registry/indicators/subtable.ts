import { CellGraph, type Edge } from './cell-graph';
import { ColumnPaths } from './column-paths';

/**
 * One subtable of a breakdown: a parent area's row and its children's rows, crossed with the
 * categories of one dimension and a TOTAL column. The TOTAL column is fixed beforehand (the
 * area totals' pattern); so is the parent row, unless this is the root's subtable (nothing above
 * fixes the nation's row, so its cells are chosen here, as the last row).
 */
export interface Subtable {
  /** Cost of suppressing each cell that may be chosen, [row][category]: the child rows in order, then the root's row when free. */
  readonly costs: readonly (readonly number[])[];
  /** The cells that must be suppressed (small counts), same shape as costs. */
  readonly primary: readonly (readonly boolean[])[];
  /** The parent row's suppressed categories, fixed by the subtable above; null for the root's subtable. */
  readonly fixedParentRow: readonly boolean[] | null;
  /** Suppressed TOTAL of each child row. */
  readonly childTotals: readonly boolean[];
  /** Suppressed TOTAL of the parent row. */
  readonly parentTotal: boolean;
}

/**
 * The secondary suppression of one subtable: the primary cells and the cheapest others that make
 * every suppressed cell unrecoverable, from this subtable and from any combination of published
 * tables. Returns the suppressed cells in the shape of `costs`.
 *
 * Why it is safe. With the margins negated, every row and column of a subtable sums to zero, so a
 * change of the suppressed cells that leaves every published cell and sum as it was is a cycle
 * flow in the graph whose nodes are the rows (parent row P included) and columns (TOTAL column T
 * included) and whose edges are the suppressed cells. Subtables share cells: a child row is the
 * parent row of the child's subtable, and the TOTAL column is the area totals' line, shared by
 * every dimension. Two rules make changes pass from one subtable to the next:
 *
 * 1. Extension: whatever change the subtable above makes to the parent row, and the area totals
 *    to the TOTAL column (each keeping its own sum), a change of the chosen cells must complete.
 *    In the graph of the chosen suppressed cells alone (no P, no T), a component can take a
 *    change only if what enters it through the parent row equals what enters it through the TOTAL
 *    column. That holds for every such change exactly when the columns of the parent row's
 *    suppressed cells lie in one component and the rows of the suppressed TOTALs in one, the same
 *    one when the parent's own TOTAL is suppressed (both margins then change by the same amount).
 *    In the root's subtable the root's row is chosen too, so what must lie in one component is
 *    the rows of the suppressed TOTALs, with the root's row if its TOTAL is suppressed.
 * 2. Hiding: every chosen suppressed cell must be on a cycle that leaves the parent row alone (the
 *    subtable above may have no change of that row to offer); passing through T is fine, as the
 *    area totals always allow +1 on one suppressed child TOTAL and -1 on another, and rule 1
 *    carries that into every dimension. The root's row has nothing above, so there any cycle does.
 *
 * Together with the area totals' rule (no line with exactly one suppressed cell), every suppressed
 * cell of the whole published set then has a change that moves it and no published value: none
 * can be recovered by subtracting any combination of answers. The repairs add the cheapest path
 * (by value, then by number of cells) that joins what rule 1 needs joined or closes a cycle
 * through a cell that breaks rule 2, until neither breaks.
 */
export function protectSubtable(table: Subtable): boolean[][] {
  if (table.fixedParentRow !== null && table.costs.length === 1) return copyParentRow(table, table.fixedParentRow);
  const nothingSuppressed =
    !table.parentTotal && !table.childTotals.some(Boolean) && !table.fixedParentRow?.some(Boolean) && !table.primary.some((row) => row.some(Boolean));
  if (nothingSuppressed) return table.primary.map((row) => row.map(() => false));
  return new SubtableRepair(table).run();
}

/**
 * A parent with one child: the child's row equals the parent's, cell for cell, so it is
 * suppressed exactly where the parent's is (and the parent row is safe in the subtable above).
 */
function copyParentRow(table: Subtable, parentRow: readonly boolean[]): boolean[][] {
  if (table.primary[0].some((small, category) => small && !parentRow[category])) {
    throw new Error('subtable: an only child has a small count its parent does not; the parent row must equal the sum of its children');
  }
  return [[...parentRow]];
}

type Repair = 'repaired' | 'nothing to repair' | 'stuck';

/**
 * Nodes: the rows (0..rows-1), the categories, then the TOTAL column. Edges: every choosable
 * cell (row-major), then the fixed suppressed TOTALs. A fixed parent row is no node at all: rule 2
 * must not lean on it, and rule 1 only asks where its suppressed columns lie.
 */
class SubtableRepair {
  private readonly rows: number;
  private readonly categories: number;
  private readonly choosable: number;
  private readonly graph: CellGraph;
  private readonly suppressed: boolean[];
  /** The price of suppressing each choosable cell: its value first, then one unit a cell, so that fewer cells win a tie. */
  private readonly prices: number[];
  private readonly totalSuppressed: boolean[];
  private readonly rule1Groups: number[][];
  private paths: ColumnPaths | undefined;

  constructor(table: Subtable) {
    const { costs, primary, fixedParentRow, childTotals, parentTotal } = table;
    this.rows = costs.length;
    this.categories = costs[0]?.length ?? 0;
    if (this.categories < 2) throw new Error('subtable: a dimension needs at least two categories');
    this.choosable = this.rows * this.categories;
    const totalNode = this.rows + this.categories;
    const edges: Edge[] = [];
    for (let row = 0; row < this.rows; row++) {
      for (let category = 0; category < this.categories; category++) edges.push({ from: row, to: this.rows + category });
    }
    this.totalSuppressed = costs.map((_, row) => (row < childTotals.length ? childTotals[row] : parentTotal));
    const totalRows = this.totalSuppressed.flatMap((suppressed, row) => (suppressed ? [row] : []));
    for (const row of totalRows) edges.push({ from: row, to: totalNode });
    this.graph = new CellGraph(totalNode + 1, edges);
    this.suppressed = [];
    this.prices = [];
    for (let row = 0; row < this.rows; row++) {
      for (let category = 0; category < this.categories; category++) {
        this.suppressed.push(primary[row][category]);
        this.prices.push(costs[row][category] * (this.choosable + 1) + 1);
      }
    }
    const parentColumns = (fixedParentRow ?? []).flatMap((suppressed, category) => (suppressed ? [this.rows + category] : []));
    const bothMarginsMove = fixedParentRow === null || parentTotal;
    this.rule1Groups = (bothMarginsMove ? [[...parentColumns, ...totalRows]] : [parentColumns, totalRows]).filter((group) => group.length > 1);
  }

  /** Built when first needed: most subtables have no cell to repair. */
  private columnPaths(): ColumnPaths {
    this.paths ??= new ColumnPaths(this.rows, this.categories + 1, (row, column) =>
      column < this.categories ? this.price(row * this.categories + column) : this.totalSuppressed[row] ? 0 : Infinity,
    );
    return this.paths;
  }

  run(): boolean[][] {
    // A repair suppresses at least one more cell, so the bound is never reached; it only guards against a defect.
    for (let pass = 0; pass <= this.choosable; pass++) {
      const outcome = this.joinRule1Group();
      const next = outcome === 'nothing to repair' ? this.closeCyclesThroughBridges() : outcome;
      if (next === 'nothing to repair') return this.pattern();
      if (next === 'stuck') break;
    }
    this.suppressed.fill(true);
    return this.pattern();
  }

  /** Rule 1: joins the first group found split over several components of the chosen suppressed cells. */
  private joinRule1Group(): Repair {
    if (this.rule1Groups.length === 0) return 'nothing to repair';
    const chosen = (edge: number) => edge < this.choosable;
    const component = this.graph.componentsOf((edge) => chosen(edge) && this.suppressed[edge]);
    for (const group of this.rule1Groups) {
      const groupComponents = new Set(group.map((node) => component[node]));
      if (groupComponents.size < 2) continue;
      const start = component[group[0]];
      const sources = component.flatMap((c, node) => (c === start ? [node] : []));
      const isTarget = (node: number) => component[node] !== start && groupComponents.has(component[node]);
      const path = this.graph.cheapestPath((edge) => (chosen(edge) ? this.price(edge) : null), sources, isTarget);
      return path !== null && this.suppress(path) ? 'repaired' : 'stuck';
    }
    return 'nothing to repair';
  }

  /** Rule 2: closes a cycle through every choosable suppressed cell that is on none. */
  private closeCyclesThroughBridges(): Repair {
    const bridges = this.graph.bridgesOf((edge) => edge >= this.choosable || this.suppressed[edge]).filter((edge) => edge < this.choosable);
    let outcome: Repair = 'nothing to repair';
    for (const bridge of bridges) {
      const cells = this.columnPaths().around(Math.floor(bridge / this.categories), bridge % this.categories);
      if (cells === null) return 'stuck';
      const path = cells.flatMap(([row, column]) => (column < this.categories ? [row * this.categories + column] : []));
      if (this.suppress(path)) outcome = 'repaired';
    }
    return outcome;
  }

  /** Nothing for a cell already suppressed. */
  private price(edge: number): number {
    return this.suppressed[edge] ? 0 : this.prices[edge];
  }

  /** True when the path had a cell not yet suppressed. */
  private suppress(path: readonly number[]): boolean {
    let added = false;
    for (const edge of path) {
      if (this.suppressed[edge]) continue;
      added = this.suppressed[edge] = true;
      this.paths?.update(Math.floor(edge / this.categories));
    }
    return added;
  }

  private pattern(): boolean[][] {
    return Array.from({ length: this.rows }, (_, row) => this.suppressed.slice(row * this.categories, (row + 1) * this.categories));
  }
}
