import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print } from 'graphql';
import { readSubgraphOwnership, singleSubgraphRoute } from '../../src/gateway/subgraph-ownership';

const schemaDir = path.join(__dirname, '..', '..', 'schema');
const supergraph = readFileSync(path.join(schemaDir, 'supergraph.graphql'), 'utf8');
const api = buildSchema(readFileSync(path.join(schemaDir, 'api.graphql'), 'utf8'));
const ownership = readSubgraphOwnership(supergraph);
const route = (query: string, operationName?: string) => singleSubgraphRoute(ownership, api, parse(query), operationName);

describe('which one subgraph can answer an operation whole', () => {
  it('reads every subgraph and its URL from the supergraph', () => {
    expect([...ownership.graphs.values()].map((g) => g.name).sort()).toEqual(['civil', 'education', 'health', 'identity', 'protection', 'registry']);
    for (const graph of ownership.graphs.values()) expect(graph.url).toMatch(/^https?:\/\//);
  });

  it('routes a list page whose every field the registry resolves to the registry', () => {
    const found = route('query P($n: Int) { dropoutRiskList(first: $n) { totalCount edges { node { child { id index { fullName } } score reasons { code } } } } }');
    expect(found?.subgraph.name).toBe('registry');
    expect(found?.variableNames).toEqual(['n']);
  });

  it('routes a key field of an entity to the subgraph the rest of the selection needs', () => {
    expect(route('{ child(id: "x") { id index { fullName } } }')?.subgraph.name).toBe('registry');
  });

  it('refuses an operation that needs a second subgraph for an entity field', () => {
    expect(route('{ dropoutRiskList { edges { node { child { id hasBirthRegistration } } } } }')).toBeNull();
    expect(route('{ child(id: "x") { id enrollments { schoolYear } } }')).toBeNull();
  });

  it('refuses two root fields owned by different subgraphs', () => {
    expect(route('{ children(first: 1) { totalCount } civilRegistrationFeed(first: 1) { hasMore } }')).toBeNull();
  });

  it('refuses introspection, mutations and operations it cannot pick', () => {
    expect(route('{ __schema { queryType { name } } }')).toBeNull();
    expect(route('{ __typename }')).toBeNull();
    expect(route('mutation { __typename }')).toBeNull();
    expect(route('query A { children { totalCount } } query B { children { totalCount } }')).toBeNull();
    expect(route('query A { children { totalCount } }', 'Missing')).toBeNull();
  });

  it('forwards only the chosen operation, the fragments it spreads and the variables it reads', () => {
    const found = route(
      `query A($n: Int, $unused: String) { children(first: $n) { ...Page } }
       query B { childCounts(groupBy: PROVINCE) { areaCode } }
       fragment Page on ChildConnection { totalCount }
       fragment Other on ChildConnection { totalCount }`,
      'A',
    );
    expect(found?.variableNames).toEqual(['n']);
    expect(print(found!.document)).toBe(
      print(parse('query A($n: Int) { children(first: $n) { ...Page } } fragment Page on ChildConnection { totalCount }')),
    );
  });

  it('refuses directives other than @skip and @include', () => {
    expect(route('{ children @deprecated { totalCount } }')).toBeNull();
    expect(route('query($s: Boolean!) { children @skip(if: $s) { totalCount } }')?.subgraph.name).toBe('registry');
  });
});
