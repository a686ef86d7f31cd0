import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { HUB_FEEDS } from '../../src/subgraphs/registry/feeds';
import { FEED_MAX_PAGE } from '../../src/change-feed/change-feed';
import { MAX_PAGE_SIZE } from '../../src/server/pagination';
import { gatewayBounds, requestBoundsChecker, subgraphBounds } from '../../src/server/request-bounds';

const root = path.resolve(__dirname, '..', '..');
const apiSchema = buildSchema(readFileSync(path.join(root, 'schema', 'api.graphql'), 'utf8'));
const operation = (name: string) => readFileSync(path.join(root, 'test', 'operations', `${name}.graphql`), 'utf8');

/** `child { household { members { child { household { … } } } } }`, the household repeated `levels` times. */
export function nestedHouseholds(levels: number): string {
  let inner = 'fullName';
  for (let i = 0; i < levels; i++) inner = `household { members { fullName child { ${inner} } } }`;
  return `query Nested($id: ID) { child(id: $id) { ${inner} } }`;
}

/** 40 fragments, each spreading the one before twice: 2^40 fields once expanded, 2 KB as text. */
export function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Child { id fullName }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Child { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb($id: ID) { child(id: $id) { ...F${levels} } } ${fragments.join(' ')}`;
}

describe('request bounds', () => {
  const gateway = requestBoundsChecker(() => apiSchema, gatewayBounds({}));

  it("admit the hub's own operations at their largest pages", () => {
    for (const name of ['ChildProfile', 'ChildrenPage', 'ChildrenHealthPage', 'ChildrenCivilPage']) {
      expect({ name, error: gateway({ query: operation(name), variables: { id: 'c', first: MAX_PAGE_SIZE } })?.message }).toEqual({ name, error: undefined });
    }
    expect(gateway({ query: nestedHouseholds(2), variables: { id: 'c' } })).toBeNull();
  });

  it("admit the refresh job's largest feed pages at a subgraph", () => {
    const subgraph = requestBoundsChecker(() => apiSchema, subgraphBounds({}));
    for (const feed of HUB_FEEDS) {
      const query = `query HubFeed($after: String, $first: Int) { ${feed.field}(after: $after, first: $first) { rows { ${feed.rowSelection} } endCursor hasMore } }`;
      expect({ feed: feed.field, error: subgraph({ query, variables: { first: FEED_MAX_PAGE } })?.message }).toEqual({ feed: feed.field, error: undefined });
    }
  });

  it('refuse a household nested 14 times by its depth', () => {
    const error = gateway({ query: nestedHouseholds(14), variables: { id: 'c' } });
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', limitValue: 10 });
  });

  it('measure a 2^40 fragment expansion without expanding it', () => {
    const started = performance.now();
    const error = gateway({ query: fragmentBomb(40) });
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxFields' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('count aliases, root fields, tokens and list cost', () => {
    const aliases = `query($id: ID) { child(id: $id) { ${Array.from({ length: 101 }, (_, i) => `a${i}: fullName`).join(' ')} } }`;
    expect(gateway({ query: aliases })?.extensions).toMatchObject({ limit: 'maxAliases', limitValue: 100 });
    const roots = `{ ${Array.from({ length: 21 }, () => 'childCounts { total }').join(' ')} }`;
    expect(gateway({ query: roots })?.extensions).toMatchObject({ limit: 'maxRootFields', limitValue: 20 });
    expect(gateway({ query: `{ child(id: "${'x '.repeat(10)}") { ${'id '.repeat(5001)} } }` })?.extensions).toMatchObject({ limit: 'maxTokens', limitValue: 5000 });
    // 500 children × 10 members × 10 of those children's members: the estimate, not the data, decides.
    const costly = requestBoundsChecker(() => apiSchema, { ...gatewayBounds({}), maxCost: 20_000 });
    const wide = `query($first: Int) { children(first: $first) { edges { node { household { members { child { household { members { fullName } } } } } } } } }`;
    expect(costly({ query: wide, variables: { first: 500 } })?.extensions).toMatchObject({ limit: 'maxCost', limitValue: 20_000 });
    expect(costly({ query: wide, variables: { first: 5 } })).toBeNull();
  });

  it('take their limits from the environment', () => {
    expect(gatewayBounds({ CHILDGRAPH_MAX_DEPTH: '4' }).maxDepth).toBe(4);
    expect(() => gatewayBounds({ CHILDGRAPH_MAX_DEPTH: 'deep' })).toThrow(/CHILDGRAPH_MAX_DEPTH/);
  });
});
