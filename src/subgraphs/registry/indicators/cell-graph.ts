/**
 * Graph algorithms for cell suppression. A table's cells are the edges of a graph whose nodes are
 * its rows and columns (subtable.ts says why); the edges are fixed when the graph is built, and
 * each question names the edges that take part (the suppressed cells, say). Nodes are numbered
 * 0..nodeCount-1; an edge is its index in the list given.
 */
export interface Edge {
  readonly from: number;
  readonly to: number;
}

export class CellGraph {
  private readonly incident: number[][];

  constructor(
    readonly nodeCount: number,
    private readonly edges: readonly Edge[],
  ) {
    this.incident = Array.from({ length: nodeCount }, (): number[] => []);
    edges.forEach(({ from, to }, edge) => {
      this.incident[from].push(edge);
      if (to !== from) this.incident[to].push(edge);
    });
  }

  /** The connected component of every node, as the smallest node number in it. */
  componentsOf(present: (edge: number) => boolean): number[] {
    const root = Array.from({ length: this.nodeCount }, (_, i) => i);
    const find = (node: number): number => {
      while (root[node] !== node) node = root[node] = root[root[node]];
      return node;
    };
    this.edges.forEach(({ from, to }, edge) => {
      if (!present(edge)) return;
      const [a, b] = [find(from), find(to)];
      if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
    });
    return root.map((_, node) => find(node));
  }

  /**
   * The present edges on no cycle (Tarjan's low-link), in index order. Parallel edges are told
   * apart by index, so two edges between the same nodes are never bridges.
   */
  bridgesOf(present: (edge: number) => boolean): number[] {
    const order = new Array<number>(this.nodeCount).fill(-1);
    const low = new Array<number>(this.nodeCount).fill(0);
    const bridges: number[] = [];
    let clock = 0;
    const visit = (node: number, viaEdge: number): void => {
      order[node] = low[node] = clock++;
      for (const edge of this.incident[node]) {
        if (edge === viaEdge || !present(edge)) continue;
        const next = this.other(edge, node);
        if (order[next] === -1) {
          visit(next, edge);
          low[node] = Math.min(low[node], low[next]);
          if (low[next] > order[node]) bridges.push(edge);
        } else {
          low[node] = Math.min(low[node], order[next]);
        }
      }
    };
    for (let node = 0; node < this.nodeCount; node++) if (order[node] === -1) visit(node, -1);
    return bridges.sort((a, b) => a - b);
  }

  /**
   * The cheapest path from any of `sources` to a node for which `isTarget` holds (Dijkstra), as
   * edge indices; `weight` gives an edge's price, or null where the path may not pass. Ties go to
   * the lower node number, so the answer is the same on every run. Null when no target is reachable.
   */
  cheapestPath(weight: (edge: number) => number | null, sources: readonly number[], isTarget: (node: number) => boolean): number[] | null {
    const distance = new Array<number>(this.nodeCount).fill(Infinity);
    const reachedBy = new Array<number>(this.nodeCount).fill(-1);
    const done = new Array<boolean>(this.nodeCount).fill(false);
    const queue = new MinQueue();
    for (const source of sources) {
      distance[source] = 0;
      queue.push(0, source);
    }
    for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
      if (done[node]) continue;
      done[node] = true;
      if (isTarget(node)) {
        const path: number[] = [];
        for (let at = node; reachedBy[at] !== -1; at = this.other(reachedBy[at], at)) path.push(reachedBy[at]);
        return path;
      }
      for (const edge of this.incident[node]) {
        const price = weight(edge);
        const next = this.other(edge, node);
        if (price === null || done[next] || distance[node] + price >= distance[next]) continue;
        distance[next] = distance[node] + price;
        reachedBy[next] = edge;
        queue.push(distance[next], next);
      }
    }
    return null;
  }

  private other(edge: number, node: number): number {
    const { from, to } = this.edges[edge];
    return from === node ? to : from;
  }
}

/** A binary heap of nodes by distance, ties by node number. */
class MinQueue {
  private readonly items: [distance: number, node: number][] = [];

  push(distance: number, node: number): void {
    const items = this.items;
    items.push([distance, node]);
    for (let i = items.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(items[i], items[up])) break;
      [items[i], items[up]] = [items[up], items[i]];
      i = up;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (left < items.length && before(items[left], items[least])) least = left;
        if (right < items.length && before(items[right], items[least])) least = right;
        if (least === i) break;
        [items[i], items[least]] = [items[least], items[i]];
        i = least;
      }
    }
    return top[1];
  }
}

const before = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
