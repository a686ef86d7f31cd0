import { COMMUNES, PROVINCES } from '../../../domain/admin-units';

/** The country's code: the root of the administrative tree indicators are published over. */
export const NATION_CODE = 'VN';

/**
 * Areas as a tree (the nation, its provinces, their communes), built from (code, parent code)
 * pairs. Children are kept in code order, so anything decided by walking the tree is the same
 * on every run.
 */
export class AreaTree {
  private readonly parents = new Map<string, string>();
  private readonly childLists = new Map<string, string[]>();

  constructor(
    readonly root: string,
    pairs: Iterable<readonly [code: string, parentCode: string]>,
  ) {
    this.childLists.set(root, []);
    for (const [code, parentCode] of pairs) {
      if (code === root) throw new Error(`area tree: the root ${root} cannot have a parent (given ${parentCode})`);
      if (this.parents.has(code)) throw new Error(`area tree: area ${code} is given twice`);
      this.parents.set(code, parentCode);
      if (!this.childLists.has(code)) this.childLists.set(code, []);
    }
    for (const [code, parentCode] of this.parents) {
      const siblings = this.childLists.get(parentCode);
      if (!siblings) throw new Error(`area tree: area ${code} has parent ${parentCode}, which is neither the root nor a given area`);
      siblings.push(code);
    }
    for (const children of this.childLists.values()) children.sort();
    for (const code of this.parents.keys()) this.lineage(code);
  }

  has(code: string): boolean {
    return this.childLists.has(code);
  }

  parent(code: string): string | undefined {
    this.check(code);
    return this.parents.get(code);
  }

  /** In code order; empty for a leaf. */
  children(code: string): readonly string[] {
    return this.check(code);
  }

  isLeaf(code: string): boolean {
    return this.check(code).length === 0;
  }

  /** The root, then each area down to `code`. */
  lineage(code: string): string[] {
    this.check(code);
    const path = [code];
    for (let up = this.parents.get(code); up !== undefined; up = this.parents.get(up)) {
      if (path.length > this.parents.size) throw new Error(`area tree: ${code} is on a cycle of parents`);
      path.push(up);
    }
    return path.reverse();
  }

  /** The leaves under `code` (itself if it is one). */
  leavesUnder(code: string): string[] {
    const children = this.children(code);
    return children.length === 0 ? [code] : children.flatMap((child) => this.leavesUnder(child));
  }

  private check(code: string): readonly string[] {
    const children = this.childLists.get(code);
    if (!children) throw new Error(`area tree: unknown area ${code}`);
    return children;
  }
}

let administrativeTree: AreaTree | undefined;

/** The nation, its 34 provinces and their communes (src/domain/admin-units.ts). */
export function administrativeAreaTree(): AreaTree {
  administrativeTree ??= new AreaTree(NATION_CODE, [
    ...PROVINCES.map((p) => [p.code, NATION_CODE] as const),
    ...COMMUNES.map((c) => [c.code, c.provinceCode] as const),
  ]);
  return administrativeTree;
}
