import { subgraphUrlsOf, withSubgraphUrls } from '../../src/gateway/compose';

const SDL = `
enum join__Graph {
  CIVIL @join__graph(name: "civil", url: "http://127.0.0.1:4003/graphql")
  IDENTITY @join__graph(name: "identity", url: "http://127.0.0.1:4002/graphql")
}
type Query @join__type(graph: IDENTITY) { x: Int }
`;

describe('subgraphUrlsOf', () => {
  it('reads every join__graph URL by subgraph name', () => {
    expect(subgraphUrlsOf(SDL)).toEqual({
      civil: 'http://127.0.0.1:4003/graphql',
      identity: 'http://127.0.0.1:4002/graphql',
    });
  });

  it('returns an empty record when there are none', () => {
    expect(subgraphUrlsOf('type Query { x: Int }')).toEqual({});
  });
});

describe('withSubgraphUrls', () => {
  it('replaces only the named subgraph URL and leaves the rest of the SDL intact', () => {
    const out = withSubgraphUrls(SDL, { identity: 'http://identity.internal:8080/graphql', civil: undefined });
    expect(subgraphUrlsOf(out)).toEqual({
      civil: 'http://127.0.0.1:4003/graphql',
      identity: 'http://identity.internal:8080/graphql',
    });
    expect(out.replace('http://identity.internal:8080/graphql', 'http://127.0.0.1:4002/graphql')).toBe(SDL);
  });

  it('ignores URLs of unknown subgraphs and returns the input unchanged', () => {
    expect(withSubgraphUrls(SDL, { health: 'http://h/graphql' })).toBe(SDL);
    expect(withSubgraphUrls(SDL, {})).toBe(SDL);
  });
});
