import { composeServices } from '@apollo/composition';
import { parse, printSchema, lexicographicSortSchema, buildASTSchema } from 'graphql';

export interface SubgraphDescriptor {
  name: string;
  sdl: string;
  url: string;
}

export interface Composition {
  supergraphSdl: string;
  /** The client-facing schema (no federation machinery): what codegen and clients see. */
  apiSdl: string;
}

/** Composes the subgraphs with @apollo/composition; any composition error is fatal. */
export function composeSupergraph(subgraphs: SubgraphDescriptor[]): Composition {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: s.url })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(lexicographicSortSchema(buildASTSchema(parse(printSchema(apiSchema))))),
  };
}

/**
 * Points the committed supergraph at where the subgraphs run now: `SUBGRAPH_<NAME>_URL`
 * overrides the URL composed into `join__graph`.
 */
export function withSubgraphUrls(supergraphSdl: string, urls: Record<string, string | undefined>): string {
  return supergraphSdl.replace(
    /join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g,
    (whole, name: string) => {
      const url = urls[name];
      return url ? `join__graph(name: "${name}", url: "${url}")` : whole;
    },
  );
}

/** The subgraph URLs recorded in a supergraph SDL, by subgraph name. */
export function subgraphUrlsOf(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) urls[match[1]] = match[2];
  return urls;
}
