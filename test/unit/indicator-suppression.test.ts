/**
 * Statistical disclosure control of the indicator tables. The strongest check is an attacker who
 * collects every answer an app can get (the country by province, every province by commune,
 * every commune; with no dimension and with each) and solves the whole linear system they make,
 * over the rationals: no suppressed count may be determined. The same attacker breaks
 * primary-only suppression, so the check can fail.
 */
import { AreaTree, administrativeAreaTree, NATION_CODE } from '../../src/subgraphs/registry/indicators/area-tree';
import {
  SMALLEST_PUBLISHED_COUNT,
  TOTAL,
  suppressAreaTotals,
  suppressByDimension,
} from '../../src/subgraphs/registry/indicators/suppression';
import { protectSubtable } from '../../src/subgraphs/registry/indicators/subtable';
import { Random } from '../../src/synthetic/random';

const DIMENSIONS: Readonly<Record<string, readonly string[]>> = {
  SEX: ['MALE', 'FEMALE'],
  AGE_BAND: ['AGE_0_5', 'AGE_6_10', 'AGE_11_14', 'AGE_15_17'],
  ETHNIC_GROUP: ['KINH', 'MINORITY', 'NOT_RECORDED'],
  DISABILITY: ['WITH_DISABILITY', 'WITHOUT_DISABILITY'],
};
const DIMENSION_NAMES = Object.keys(DIMENSIONS);

// ---------------------------------------------------------------------------------------------
// A random country: counts per commune, for a few base tables, split by every dimension.

interface CommuneCounts {
  /** [base table] */
  total: number[];
  /** dimension -> [base table][category] */
  byDimension: Record<string, number[][]>;
}

interface World {
  tree: AreaTree;
  provinces: string[];
  communes: string[];
  counts: Map<string, CommuneCounts>;
  /**
   * The published tables as sums of base tables ([published][base] coefficients), protected
   * jointly: the identity for independent tables; [[1, 1], [1, 0], [0, 1]] publishes all births,
   * those registered on time and those registered late.
   */
  published: number[][];
}

interface WorldShape {
  seed: number;
  baseTables?: number;
  published?: number[][];
  provinces?: number;
  communesPerProvince?: (random: Random, province: number) => number;
  /** A commune's count in one base table. */
  count?: (random: Random, province: number) => number;
  /** A category's share, before normalising. */
  share?: (random: Random) => number;
}

/** Many small counts and zeros, some middling, a few large. */
const smallishCount = (random: Random) => {
  const r = random.next();
  return r < 0.35 ? random.int(0, 4) : r < 0.7 ? random.int(5, 12) : random.int(13, 60);
};

/** Uneven shares, so that small category counts are common even in a large commune. */
const unevenShare = (random: Random) => random.next() ** 2 + 0.02;

function randomWorld({ seed, baseTables = 1, published, provinces: provinceCount = 4, communesPerProvince, count = smallishCount, share = unevenShare }: WorldShape): World {
  const random = new Random(seed);
  const provinces = Array.from({ length: provinceCount }, (_, p) => String(p + 1).padStart(2, '0'));
  const pairs: [string, string][] = provinces.map((p) => [p, NATION_CODE]);
  const communes: string[] = [];
  provinces.forEach((province, index) => {
    const n = communesPerProvince ? communesPerProvince(random, index) : random.int(3, 8);
    for (let c = 1; c <= n; c++) {
      const commune = `${province}${String(c).padStart(3, '0')}`;
      communes.push(commune);
      pairs.push([commune, province]);
    }
  });
  const counts = new Map<string, CommuneCounts>();
  for (const commune of communes) {
    const total = Array.from({ length: baseTables }, () => count(random, provinces.indexOf(commune.slice(0, 2))));
    const byDimension: Record<string, number[][]> = {};
    for (const [dimension, categories] of Object.entries(DIMENSIONS)) {
      const weights = categories.map(() => share(random));
      byDimension[dimension] = total.map((n) => {
        const split = categories.map(() => 0);
        for (let i = 0; i < n; i++) split[random.weighted([...categories.keys()], weights)]++;
        return split;
      });
    }
    counts.set(commune, { total, byDimension });
  }
  const identity = Array.from({ length: baseTables }, (_, i) => Array.from({ length: baseTables }, (_, j) => (i === j ? 1 : 0)));
  return { tree: new AreaTree(NATION_CODE, pairs), provinces, communes, counts, published: published ?? identity };
}

const combine = (coefficients: number[], base: number[]) => coefficients.reduce((sum, c, i) => sum + c * base[i], 0);

interface AreaCounts {
  /** [published table] */
  total: number[];
  /** dimension -> [published table][category] */
  byDimension: Record<string, number[][]>;
}

const areaCountsOf = new WeakMap<World, Map<string, AreaCounts>>();

/** The published tables' counts of an area: its total, or per category of a dimension. */
function areaCounts(world: World, area: string): AreaCounts {
  const known = areaCountsOf.get(world) ?? areaCountsOf.set(world, new Map()).get(world)!;
  const counts = known.get(area) ?? sumCounts(world, area);
  known.set(area, counts);
  return counts;
}

function sumCounts(world: World, area: string): AreaCounts {
  const leaves = world.tree.leavesUnder(area);
  const total = world.published.map((coefficients) => sumOver(leaves, (leaf) => combine(coefficients, world.counts.get(leaf)!.total)));
  const byDimension: Record<string, number[][]> = {};
  for (const [dimension, categories] of Object.entries(DIMENSIONS)) {
    byDimension[dimension] = world.published.map((coefficients) =>
      categories.map((_, k) => sumOver(leaves, (leaf) => combine(coefficients, world.counts.get(leaf)!.byDimension[dimension].map((t) => t[k])))),
    );
  }
  return { total, byDimension };
}

const sumOver = <T>(items: readonly T[], value: (item: T) => number) => items.reduce((sum, item) => sum + value(item), 0);

// ---------------------------------------------------------------------------------------------
// Queries and their answers.

interface Query {
  /** A table's parent (shown with its children), or one commune shown alone. */
  area: string;
  dimension: string | null;
}

/** One answer: a value per published table, row and column; null where suppressed. */
interface Answer {
  query: Query;
  rows: string[];
  columns: string[];
  /** [table][row][column] */
  values: (number | null)[][][];
}

type Publisher = (world: World, query: Query) => Answer;

function everyQuery(world: World): Query[] {
  const areas = [NATION_CODE, ...world.provinces, ...world.communes];
  return [null, ...DIMENSION_NAMES].flatMap((dimension) => areas.map((area) => ({ area, dimension })));
}

const rowsShown = (world: World, query: Query) => (world.tree.isLeaf(query.area) ? [query.area] : [query.area, ...world.tree.children(query.area)]);
const columnsShown = (query: Query) => (query.dimension ? [...DIMENSIONS[query.dimension], TOTAL] : [TOTAL]);

function trueValue(world: World, table: number, area: string, dimension: string | null, column: string): number {
  const counts = areaCounts(world, area);
  return column === TOTAL ? counts.total[table] : counts.byDimension[dimension!][table][DIMENSIONS[dimension!].indexOf(column)];
}

/**
 * The rows a resolver would fetch: every province, plus the communes of the province the query
 * is about (none for the country); the nation's row is left for the module to derive.
 */
function fetchedAreas(world: World, query: Query): string[] {
  const lineage = world.tree.lineage(query.area);
  const province = lineage[1];
  return [...world.provinces, ...(province ? world.tree.children(province) : [])];
}

/** The app as it will be: each query computes the suppression of the lines it shows, and nothing more. */
const publishWithSuppression: Publisher = (world, query) => {
  const areas = fetchedAreas(world, query);
  const scope = [query.area];
  const totals = suppressAreaTotals(world.tree, new Map(areas.map((area) => [area, areaCounts(world, area).total])), scope);
  const breakdown =
    query.dimension === null
      ? null
      : suppressByDimension(
          world.tree,
          DIMENSIONS[query.dimension],
          new Map(areas.map((area) => [area, areaCounts(world, area).byDimension[query.dimension!]])),
          totals,
          scope,
        );
  const isSuppressed = (area: string, column: string) => (breakdown ? breakdown.isSuppressed(area, column) : totals.isSuppressed(area));
  return answer(world, query, isSuppressed);
};

/** What the test must be able to catch: only the small counts suppressed. */
const publishPrimaryOnly: Publisher = (world, query) =>
  answer(world, query, (area, column) => world.published.some((_, table) => trueValue(world, table, area, query.dimension, column) < SMALLEST_PUBLISHED_COUNT));

function answer(world: World, query: Query, isSuppressed: (area: string, column: string) => boolean): Answer {
  const rows = rowsShown(world, query);
  const columns = columnsShown(query);
  const values = world.published.map((_, table) =>
    rows.map((area) => columns.map((column) => (isSuppressed(area, column) ? null : trueValue(world, table, area, query.dimension, column)))),
  );
  return { query, rows, columns, values };
}

/** A published cell, the same whichever query showed it: TOTALs are shared by every dimension. */
interface Cell {
  table: number;
  area: string;
  dimension: string | null;
  column: string;
}

const cellKey = (cell: Cell) => `${cell.table}|${cell.area}|${cell.column === TOTAL ? '*' : cell.dimension}|${cell.column}`;

interface Publication {
  answers: Answer[];
  cells: Map<string, { cell: Cell; value: number | null }>;
  /** Cells two queries gave different statuses or values. */
  conflicts: string[];
}

function publishEverything(world: World, publish: Publisher): Publication {
  const publication: Publication = { answers: [], cells: new Map(), conflicts: [] };
  for (const query of everyQuery(world)) {
    const result = publish(world, query);
    publication.answers.push(result);
    result.values.forEach((rows, table) =>
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = { table, area: result.rows[r], dimension: query.dimension, column: result.columns[c] };
          const key = cellKey(cell);
          const earlier = publication.cells.get(key);
          if (earlier && earlier.value !== value) publication.conflicts.push(`${key}: ${earlier.value} and ${value}`);
          // The attacker knows a value any answer published.
          if (!earlier || earlier.value === null) publication.cells.set(key, { cell, value });
        }),
      ),
    );
  }
  return publication;
}

// ---------------------------------------------------------------------------------------------
// The attackers.

/** Integer sparse rows; exact: every operation is checked to stay within safe integers. */
type SparseRow = Map<number, number>;

const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

/** The row space of a set of linear forms, kept in reduced row echelon form (fraction-free). */
class RowSpace {
  private readonly basis = new Map<number, SparseRow>();

  add(form: SparseRow): void {
    const row = this.reduce(form);
    if (row.size === 0) return;
    const pivot = Math.min(...row.keys());
    for (const [other, basisRow] of this.basis) {
      if (basisRow.has(pivot)) this.basis.set(other, eliminate(basisRow, row, pivot));
    }
    this.basis.set(pivot, row);
  }

  contains(form: SparseRow): boolean {
    return this.reduce(form).size === 0;
  }

  /** Basis rows hold no pivot but their own, so one pass over the row's columns clears every pivot. */
  private reduce(form: SparseRow): SparseRow {
    let row = new Map(form);
    for (const column of [...row.keys()]) {
      const basisRow = this.basis.get(column);
      if (basisRow && row.has(column)) row = eliminate(row, basisRow, column);
    }
    return row;
  }
}

/** `row` with `column` cleared by a multiple of `by`, divided by the gcd of its entries. */
function eliminate(row: SparseRow, by: SparseRow, column: number): SparseRow {
  const a = by.get(column)!;
  const b = row.get(column)!;
  const result: SparseRow = new Map();
  for (const key of new Set([...row.keys(), ...by.keys()])) {
    const value = a * (row.get(key) ?? 0) - b * (by.get(key) ?? 0);
    if (!Number.isSafeInteger(value)) throw new Error('exact elimination left the safe integers');
    if (value !== 0) result.set(key, value);
  }
  const divisor = [...result.values()].reduce(gcd, 0);
  if (divisor > 1) for (const [key, value] of result) result.set(key, value / divisor);
  return result;
}

/**
 * The unknowns are the finest cells: per base table, commune and dimension, each category's
 * count, and each commune's total; every published cell is a sum of them, and a commune's
 * categories add up to its total in every dimension.
 */
class LinearModel {
  private readonly ids = new Map<string, number>();

  constructor(private readonly world: World) {}

  form(cell: Cell): SparseRow {
    const form: SparseRow = new Map();
    this.world.published[cell.table].forEach((coefficient, base) => {
      if (coefficient === 0) return;
      for (const leaf of this.world.tree.leavesUnder(cell.area)) {
        const id = cell.column === TOTAL ? this.id(base, leaf, '*', TOTAL) : this.id(base, leaf, cell.dimension!, cell.column);
        form.set(id, (form.get(id) ?? 0) + coefficient);
      }
    });
    for (const [id, value] of form) if (value === 0) form.delete(id);
    return form;
  }

  /** total - sum of categories = 0, per base table, commune and dimension. */
  structuralForms(): SparseRow[] {
    const forms: SparseRow[] = [];
    const bases = this.world.published[0].length;
    for (let base = 0; base < bases; base++) {
      for (const leaf of this.world.communes) {
        for (const [dimension, categories] of Object.entries(DIMENSIONS)) {
          const form: SparseRow = new Map([[this.id(base, leaf, '*', TOTAL), 1]]);
          for (const category of categories) form.set(this.id(base, leaf, dimension, category), -1);
          forms.push(form);
        }
      }
    }
    return forms;
  }

  private id(base: number, leaf: string, dimension: string, column: string): number {
    const key = `${base}|${leaf}|${dimension}|${column}`;
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

/** The suppressed cells whose value follows from everything published (exact linear algebra). */
function determinedCells(world: World, publication: Publication): string[] {
  const model = new LinearModel(world);
  const published: SparseRow[] = [...model.structuralForms()];
  const hidden: [string, SparseRow][] = [];
  for (const [key, { cell, value }] of publication.cells) {
    if (value === null) hidden.push([key, model.form(cell)]);
    else published.push(model.form(cell));
  }
  const space = new RowSpace();
  // Commune cells first: each is one unknown, and taking them first keeps the other rows short.
  for (const form of published.sort((a, b) => a.size - b.size)) space.add(form);
  return hidden.filter(([, form]) => space.contains(form)).map(([key]) => key);
}

/**
 * The naive attacker, line by line: a row's total minus its published categories, a parent
 * minus its published children, and (for tables published as sums of others) the sum minus its
 * published parts; any line with exactly one suppressed cell gives that cell away.
 */
function naivelyRecovered(world: World, publication: Publication): string[] {
  const recovered: string[] = [];
  const oneHidden = (line: (number | null)[], label: () => string) => {
    if (line.filter((value) => value === null).length === 1) recovered.push(label());
  };
  for (const { query, rows, columns, values } of publication.answers) {
    values.forEach((grid, table) => {
      if (query.dimension) grid.forEach((row, r) => oneHidden(row, () => `row ${rows[r]} of ${queryLabel(query)}, table ${table}`));
      if (rows.length > 1) columns.forEach((column, c) => oneHidden(grid.map((row) => row[c]), () => `column ${column} of ${queryLabel(query)}, table ${table}`));
    });
    // A published table that is the sum of others: sum - parts, cell by cell.
    world.published.forEach((coefficients, sumTable) => {
      const parts = world.published.flatMap((other, table) => (table !== sumTable && other.every((c, i) => c <= coefficients[i]) && other.some((c) => c > 0) ? [table] : []));
      if (parts.length < 2) return;
      rows.forEach((_, r) => columns.forEach((_, c) => oneHidden([values[sumTable][r][c], ...parts.map((part) => values[part][r][c])], () => `sum of tables at ${rows[r]}, ${columns[c]}`)));
    });
  }
  return recovered;
}

const queryLabel = (query: Query) => `${query.area} by ${query.dimension ?? 'area'}`;

// ---------------------------------------------------------------------------------------------

const TRIALS = 200;
/** One world in ten has a province with a single commune, whose row equals its province's. */
const trialWorld = (trial: number) =>
  randomWorld({ seed: 1000 + trial, communesPerProvince: trial % 10 === 3 ? (random, p) => (p === 0 ? 1 : random.int(3, 8)) : undefined });

describe('primary suppression', () => {
  const world = trialWorld(0);
  const publication = publishEverything(world, publishWithSuppression);

  it('suppresses every count under 5, zeros included', () => {
    const small = [...publication.cells.values()].filter(({ cell }) => trueValue(world, cell.table, cell.area, cell.dimension, cell.column) < SMALLEST_PUBLISHED_COUNT);
    expect(small.length).toBeGreaterThan(20);
    expect(small.some(({ cell }) => trueValue(world, cell.table, cell.area, cell.dimension, cell.column) === 0)).toBe(true);
    expect(small.filter(({ value }) => value !== null)).toEqual([]);
  });

  it('suppresses more than the small counts (the secondary cells), but publishes most cells', () => {
    const hidden = [...publication.cells.values()].filter(({ value }) => value === null);
    const secondary = hidden.filter(({ cell }) => trueValue(world, cell.table, cell.area, cell.dimension, cell.column) >= SMALLEST_PUBLISHED_COUNT);
    expect(secondary.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThan(publication.cells.size);
  });

  it('suppresses nothing in a table without small counts', () => {
    const large = randomWorld({ seed: 5, count: (random) => random.int(2000, 3000) });
    const everything = publishEverything(large, publishWithSuppression);
    // The split by category is uneven; make sure the premise holds rather than assume it.
    expect([...everything.cells.values()].every(({ cell }) => trueValue(large, cell.table, cell.area, cell.dimension, cell.column) >= SMALLEST_PUBLISHED_COUNT)).toBe(true);
    expect([...everything.cells.values()].filter(({ value }) => value === null)).toEqual([]);
  });
});

describe('the differencing attack', () => {
  it(`recovers suppressed counts from primary-only suppression (so it can fail)`, () => {
    let brokenExactly = 0;
    let brokenNaively = 0;
    for (let trial = 0; trial < 40; trial++) {
      const world = trialWorld(trial);
      const publication = publishEverything(world, publishPrimaryOnly);
      if (determinedCells(world, publication).length > 0) brokenExactly++;
      if (naivelyRecovered(world, publication).length > 0) brokenNaively++;
    }
    expect(brokenExactly).toBe(40);
    expect(brokenNaively).toBe(40);
  });

  it(`recovers nothing, from any combination of every query, in ${TRIALS} random countries`, () => {
    const failures: string[] = [];
    let suppressedCells = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const world = trialWorld(trial);
      const publication = publishEverything(world, publishWithSuppression);
      suppressedCells += [...publication.cells.values()].filter(({ value }) => value === null).length;
      const found = [...publication.conflicts, ...naivelyRecovered(world, publication), ...determinedCells(world, publication)];
      if (found.length > 0) failures.push(`trial ${trial}: ${found.slice(0, 5).join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(suppressedCells).toBeGreaterThan(TRIALS * 50);
  });

  /**
   * A tiny province makes its neighbour's total suppressed, and that one's smallest commune's
   * total with it, while their categories are all large: unless the dimension tables suppress
   * categories there too, the row adds up to the hidden total.
   */
  it('recovers nothing where totals are suppressed only to protect a tiny neighbour', () => {
    const failures: string[] = [];
    for (let trial = 0; trial < 60; trial++) {
      const world = randomWorld({
        seed: 9000 + trial,
        provinces: 2,
        communesPerProvince: (random, province) => (province === 0 ? random.int(3, 6) : 2),
        count: (random, province) => (province === 0 ? random.int(25, 120) : random.int(0, 2)),
        share: (random) => 0.3 + random.next(),
      });
      const publication = publishEverything(world, publishWithSuppression);
      const found = [...publication.conflicts, ...naivelyRecovered(world, publication), ...determinedCells(world, publication)];
      if (found.length > 0) failures.push(`trial ${trial}: ${found.slice(0, 5).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

/**
 * What the top-down order prevents: each answer protected on its own, as if its parent were the
 * root (nothing fixes the parent row). The same cell then gets different statuses in different
 * answers, and the attacker combines them.
 */
const publishEachOnItsOwn: Publisher = (world, query) => {
  const parent = world.tree.isLeaf(query.area) ? world.tree.parent(query.area)! : query.area;
  const own: World = { ...world, tree: new AreaTree(parent, world.tree.children(parent).map((child) => [child, parent] as const)) };
  const rows = [parent, ...world.tree.children(parent)];
  const totals = suppressAreaTotals(own.tree, new Map(rows.map((area) => [area, areaCounts(world, area).total])), [parent]);
  const breakdown =
    query.dimension &&
    suppressByDimension(own.tree, DIMENSIONS[query.dimension], new Map(rows.map((area) => [area, areaCounts(world, area).byDimension[query.dimension!]])), totals, [parent]);
  return answer(world, query, (area, column) => (breakdown ? breakdown.isSuppressed(area, column) : totals.isSuppressed(area)));
};

describe('consistency', () => {
  it('gives a cell the same status whichever query shows it', () => {
    for (let trial = 0; trial < 20; trial++) {
      const world = trialWorld(trial);
      expect(publishEverything(world, publishWithSuppression).conflicts).toEqual([]);
    }
  });

  it('is what protecting each answer on its own lacks: statuses then conflict, and the attack succeeds', () => {
    let conflicting = 0;
    let broken = 0;
    for (let trial = 0; trial < 20; trial++) {
      const world = trialWorld(trial);
      const publication = publishEverything(world, publishEachOnItsOwn);
      if (publication.conflicts.length > 0) conflicting++;
      if (determinedCells(world, publication).length > 0) broken++;
    }
    expect(conflicting).toBeGreaterThan(15);
    expect(broken).toBeGreaterThan(15);
  });

  it('gives the same pattern from commune rows of the whole country as from province rows plus one province', () => {
    const world = trialWorld(7);
    const province = world.provinces[2];
    const everyCommune = new Map(world.communes.map((c) => [c, areaCounts(world, c)]));
    const fetched = new Map(fetchedAreas(world, { area: province, dimension: 'AGE_BAND' }).map((a) => [a, areaCounts(world, a)]));
    const pattern = (rows: Map<string, AreaCounts>, scope: string[]) => {
      const totals = suppressAreaTotals(world.tree, new Map([...rows].map(([a, c]) => [a, c.total])), scope);
      const ages = suppressByDimension(world.tree, DIMENSIONS.AGE_BAND, new Map([...rows].map(([a, c]) => [a, c.byDimension.AGE_BAND])), totals, scope);
      return [province, ...world.tree.children(province)].map((area) => [...DIMENSIONS.AGE_BAND, TOTAL].map((column) => ages.isSuppressed(area, column)));
    };
    const narrow = pattern(fetched, [province]);
    expect(narrow.flat()).toContain(true);
    expect(pattern(everyCommune, [province])).toEqual(narrow);
    expect(pattern(everyCommune, world.provinces)).toEqual(narrow);
  });
});

describe('joint tables', () => {
  // All births, those registered on time and those registered late: the first is the sum of the others.
  const BIRTHS = [[1, 1], [1, 0], [0, 1]];
  const jointWorld = (trial: number) => randomWorld({ seed: 5000 + trial, baseTables: 2, published: BIRTHS });

  it('share one pattern: every table is suppressed wherever any of them has a small count', () => {
    const world = jointWorld(0);
    const publication = publishEverything(world, publishWithSuppression);
    const status = new Map<string, boolean[]>();
    for (const { cell, value } of publication.cells.values()) {
      const key = cellKey({ ...cell, table: 0 });
      (status.get(key) ?? status.set(key, []).get(key)!)[cell.table] = value === null;
    }
    const patterns = [...status.values()];
    expect(patterns.some((tables) => tables.every(Boolean))).toBe(true);
    expect(patterns.filter((tables) => new Set(tables).size > 1)).toEqual([]);
    const smallInOneTableOnly = [...publication.cells.values()].filter(({ cell }) => {
      const values = world.published.map((_, table) => trueValue(world, table, cell.area, cell.dimension, cell.column));
      return values.some((v) => v < SMALLEST_PUBLISHED_COUNT) && values.some((v) => v >= SMALLEST_PUBLISHED_COUNT);
    });
    expect(smallInOneTableOnly.length).toBeGreaterThan(0);
    expect(smallInOneTableOnly.filter(({ value }) => value !== null)).toEqual([]);
  });

  it('resist the attack that adds the tables up, where tables protected one by one do not', () => {
    const oneTableWorlds = new WeakMap<World, World[]>();
    const separately: Publisher = (world, query) => {
      const worlds = oneTableWorlds.get(world) ?? world.published.map((coefficients) => ({ ...world, published: [coefficients] }));
      oneTableWorlds.set(world, worlds);
      const answers = worlds.map((oneTable) => publishWithSuppression(oneTable, query));
      return { ...answers[0], values: answers.map((a) => a.values[0]) };
    };
    let brokenSeparately = 0;
    const failures: string[] = [];
    for (let trial = 0; trial < 25; trial++) {
      const world = jointWorld(trial);
      if (determinedCells(world, publishEverything(world, separately)).length > 0) brokenSeparately++;
      const publication = publishEverything(world, publishWithSuppression);
      const found = [...publication.conflicts, ...naivelyRecovered(world, publication), ...determinedCells(world, publication)];
      if (found.length > 0) failures.push(`trial ${trial}: ${found.slice(0, 5).join('; ')}`);
    }
    expect(brokenSeparately).toBe(25);
    expect(failures).toEqual([]);
  });
});

describe('one line by hand', () => {
  // A nation of three areas, no deeper level.
  const tree = new AreaTree('N', [['A', 'N'], ['B', 'N'], ['C', 'N']]);

  it('suppresses the smallest other child when a line has one small count', () => {
    const totals = suppressAreaTotals(tree, new Map([['A', [3]], ['B', [40]], ['C', [12]]]), ['N']);
    expect(totals.suppressedAreas).toEqual(['A', 'C']);
    expect(totals.isSuppressed('N')).toBe(false);
  });

  it('breaks a tie by area code', () => {
    expect(suppressAreaTotals(tree, new Map([['A', [12]], ['B', [3]], ['C', [12]]]), ['N']).suppressedAreas).toEqual(['A', 'B']);
  });

  it('completes a 2x2 rectangle around a lone small category, the cheapest by the sum of the cells it adds', () => {
    const cells = new Map([
      ['A', [[2, 40]]],
      ['B', [[30, 50]]],
      ['C', [[9, 90]]],
    ]);
    const totals = suppressAreaTotals(tree, new Map([...cells].map(([a, [[m, f]]]) => [a, [m + f]])), ['N']);
    expect(totals.suppressedAreas).toEqual([]);
    // Through B the rectangle adds 40 + 30 + 50 = 120; through C, whose male count is smaller, 40 + 9 + 90 = 139.
    const bySex = suppressByDimension(tree, ['MALE', 'FEMALE'], cells, totals, ['N']);
    expect(bySex.suppressedCells).toEqual([
      { area: 'A', column: 'MALE' },
      { area: 'A', column: 'FEMALE' },
      { area: 'B', column: 'MALE' },
      { area: 'B', column: 'FEMALE' },
    ]);
  });
});

describe('one subtable by hand', () => {
  /**
   * A province whose own TOTAL is suppressed (fixed by the area totals), its row suppressed in
   * two categories (fixed by the country's table), and two communes' TOTALs suppressed. Small
   * counts: commune 1's first two categories, communes 2 and 3's third. Every one of those cells
   * is on a cycle, yet the province's TOTAL is its published third category plus its first two,
   * which are commune 1's (its published TOTAL minus its published third) plus published cells.
   */
  const values = [
    [3, 2, 20],
    [10, 12, 4],
    [11, 9, 1],
  ];
  const subtable = {
    costs: values,
    primary: values.map((row) => row.map((n) => n < SMALLEST_PUBLISHED_COUNT)),
    fixedParentRow: [true, true, false],
    childTotals: [false, true, true],
    parentTotal: true,
  };

  /** Whether the parent's TOTAL follows from the subtable's published cells (unknowns: the child cells). */
  const parentTotalIsDetermined = (suppressed: boolean[][]) => {
    const cell = (row: number, category: number) => row * 3 + category;
    const childRow = (row: number): SparseRow => new Map([0, 1, 2].map((k) => [cell(row, k), 1]));
    const parentColumn = (k: number): SparseRow => new Map([0, 1, 2].map((row) => [cell(row, k), 1]));
    const space = new RowSpace();
    values.forEach((row, r) => row.forEach((_, k) => !suppressed[r][k] && space.add(new Map([[cell(r, k), 1]]))));
    subtable.childTotals.forEach((hidden, r) => !hidden && space.add(childRow(r)));
    subtable.fixedParentRow.forEach((hidden, k) => !hidden && space.add(parentColumn(k)));
    return space.contains(new Map(values.flatMap((row, r) => row.map((_, k) => [cell(r, k), 1] as const))));
  };

  it('joins the parent row and the TOTAL column when the parent TOTAL is suppressed, or subtraction gives that TOTAL away', () => {
    expect(parentTotalIsDetermined(subtable.primary)).toBe(true);
    const protectedPattern = protectSubtable(subtable);
    expect(protectedPattern.flat().filter(Boolean).length).toBeGreaterThan(subtable.primary.flat().filter(Boolean).length);
    expect(parentTotalIsDetermined(protectedPattern)).toBe(false);
  });
});

describe('misuse', () => {
  const world = trialWorld(1);
  const province = world.provinces[0];
  const rows = new Map(world.communes.map((c) => [c, areaCounts(world, c)]));
  const totals = suppressAreaTotals(world.tree, new Map([...rows].map(([a, c]) => [a, c.total])), [province]);

  it('refuses a parent whose counts are not its children sum', () => {
    const wrong = new Map([...rows].map(([a, c]) => [a, c.total]));
    wrong.set(province, [areaCounts(world, province).total[0] + 1]);
    expect(() => suppressAreaTotals(world.tree, wrong, [province])).toThrow(/not the sum of its children/);
  });

  it('refuses categories that do not add up to the area total (a dimension must partition)', () => {
    const cells = new Map([...rows].map(([a, c]) => [a, [c.byDimension.SEX[0].map((n, k) => (k === 0 ? n + 1 : n))]]));
    expect(() => suppressByDimension(world.tree, DIMENSIONS.SEX, cells, totals, [province])).toThrow(/partition/);
  });

  it('refuses a breakdown wider than the area totals computed, and a status outside the scope', () => {
    const cells = new Map([...rows].map(([a, c]) => [a, c.byDimension.SEX]));
    expect(() => suppressByDimension(world.tree, DIMENSIONS.SEX, cells, totals, [world.provinces[1]])).toThrow(/same scope/);
    expect(() => totals.isSuppressed(world.tree.children(world.provinces[1])[0])).toThrow(/widen the scope/);
  });
});

describe('a request at full size', () => {
  it('protects the 30 count tables of a request for the largest province by commune, with a dimension', () => {
    const tree = administrativeAreaTree();
    const random = new Random(3);
    const provinces = tree.children(NATION_CODE);
    const largest = [...provinces].sort((a, b) => tree.children(b).length - tree.children(a).length)[0];
    const tables = Array.from({ length: 30 }, () => {
      // What a resolver fetches: every province's row and the communes of the province asked for.
      const communeAges = tree.children(largest).map((c) => [c, [DIMENSIONS.AGE_BAND.map(() => smallishCount(random))]] as const);
      const provinceAges = provinces.filter((p) => p !== largest).map((p) => [p, [DIMENSIONS.AGE_BAND.map(() => random.int(0, 3000))]] as const);
      const ages = new Map([...communeAges, ...provinceAges]);
      return { ages, totals: new Map([...ages].map(([area, [counts]]) => [area, [counts.reduce((a, b) => a + b, 0)]])) };
    });
    const protectAll = () => {
      let suppressed = 0;
      for (const { ages, totals } of tables) {
        const areaTotals = suppressAreaTotals(tree, totals, [largest]);
        suppressed += suppressByDimension(tree, DIMENSIONS.AGE_BAND, ages, areaTotals, [largest]).suppressedCells.length;
      }
      return suppressed;
    };
    // What it costs is measured by the benchmark (scenario 8), not here: a timed test fails on a busy machine.
    expect(tree.children(largest).length).toBeGreaterThan(150);
    expect(protectAll()).toBeGreaterThan(30 * 100);
  });
});
