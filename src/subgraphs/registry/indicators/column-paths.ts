/**
 * Cheapest paths in the graph of a table with many rows (a parent's children) and few columns (a
 * dimension's categories and TOTAL), whose edges are its cells. A path alternates rows and
 * columns, so it is a walk over the columns, each step through one row; keeping the two cheapest
 * rows of every pair of columns makes each search a few dozen operations instead of a pass over
 * every cell, which is what keeps a request's thirty tables within a few milliseconds.
 */
export class ColumnPaths {
  private readonly bestCost: Float64Array;
  private readonly bestRow: Int32Array;
  private readonly secondCost: Float64Array;
  private readonly secondRow: Int32Array;

  /**
   * `price` of passing through a cell, Infinity where no path may pass; a price may only go down
   * over time, and `update` must be called for a row whose prices did.
   */
  constructor(
    rows: number,
    private readonly columns: number,
    private readonly price: (row: number, column: number) => number,
  ) {
    const pairs = columns * columns;
    this.bestCost = new Float64Array(pairs).fill(Infinity);
    this.secondCost = new Float64Array(pairs).fill(Infinity);
    this.bestRow = new Int32Array(pairs).fill(-1);
    this.secondRow = new Int32Array(pairs).fill(-1);
    for (let row = 0; row < rows; row++) this.update(row);
  }

  update(row: number): void {
    for (let a = 0; a < this.columns; a++) {
      const priceA = this.price(row, a);
      if (priceA === Infinity) continue;
      for (let b = a + 1; b < this.columns; b++) this.offer(a * this.columns + b, row, priceA + this.price(row, b));
    }
  }

  /**
   * The cheapest path from `row` to `column` that does not use their own cell: a cycle through
   * that cell once the path is added. The cells as [row, column] pairs; null if there is none.
   */
  around(row: number, column: number): [row: number, column: number][] | null {
    const n = this.columns;
    const distance = new Array<number>(n).fill(Infinity);
    const stepFrom = new Array<number>(n).fill(-1);
    const stepRow = new Array<number>(n).fill(row);
    const done = new Array<boolean>(n).fill(false);
    for (let c = 0; c < n; c++) if (c !== column) distance[c] = this.price(row, c);
    for (;;) {
      let at = -1;
      for (let c = 0; c < n; c++) if (!done[c] && distance[c] < Infinity && (at === -1 || distance[c] < distance[at])) at = c;
      if (at === -1) return null;
      if (at === column) break;
      done[at] = true;
      for (let next = 0; next < n; next++) {
        if (done[next]) continue;
        const [cost, through] = this.cheapestLink(at, next, row);
        if (distance[at] + cost < distance[next]) {
          distance[next] = distance[at] + cost;
          stepFrom[next] = at;
          stepRow[next] = through;
        }
      }
    }
    const cells: [number, number][] = [];
    let at = column;
    for (; stepFrom[at] !== -1; at = stepFrom[at]) cells.push([stepRow[at], at], [stepRow[at], stepFrom[at]]);
    cells.push([row, at]);
    return cells;
  }

  /** The cheapest row linking two columns other than `excluded` (a path never returns to its start). */
  private cheapestLink(a: number, b: number, excluded: number): [cost: number, row: number] {
    const pair = a < b ? a * this.columns + b : b * this.columns + a;
    return this.bestRow[pair] === excluded ? [this.secondCost[pair], this.secondRow[pair]] : [this.bestCost[pair], this.bestRow[pair]];
  }

  /** Keeps the two cheapest rows of a pair (ties to the lower row); prices only go down, so a row already kept just gets cheaper. */
  private offer(pair: number, row: number, cost: number): void {
    if (cost === Infinity) return;
    if (this.bestRow[pair] === row) {
      this.bestCost[pair] = cost;
      return;
    }
    if (this.secondRow[pair] === row) this.secondCost[pair] = cost;
    else if (cheaper(cost, row, this.secondCost[pair], this.secondRow[pair])) [this.secondCost[pair], this.secondRow[pair]] = [cost, row];
    else return;
    if (cheaper(this.secondCost[pair], this.secondRow[pair], this.bestCost[pair], this.bestRow[pair])) {
      [this.bestCost[pair], this.bestRow[pair], this.secondCost[pair], this.secondRow[pair]] = [
        this.secondCost[pair],
        this.secondRow[pair],
        this.bestCost[pair],
        this.bestRow[pair],
      ];
    }
  }
}

const cheaper = (cost: number, row: number, otherCost: number, otherRow: number) =>
  cost < otherCost || (cost === otherCost && (otherRow === -1 || row < otherRow));
