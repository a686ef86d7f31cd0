import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { permissionsMarkdown } from '../auth/permissions-doc';
import { resolvePrismaDir } from '../db/migrate';
import { DEFAULT_SUBGRAPH_PORT } from '../subgraphs/subgraph-names';
import { SUBGRAPHS } from '../subgraphs';
import { composeSupergraph } from './compose';

/** The committed schema/ folder at the project root. */
export const schemaDir = (): string => path.join(path.dirname(resolvePrismaDir()), 'schema');

/** URLs composed into the committed supergraph: the distributed-mode defaults. */
export const defaultSubgraphUrl = (name: keyof typeof DEFAULT_SUBGRAPH_PORT): string =>
  `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORT[name]}/graphql`;

/** Every generated schema file, by file name, as the code produces it now. */
export async function generateSchemaArtefacts(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const subgraphs = [];
  for (const module of SUBGRAPHS) {
    const { sdl } = await module.buildSchema();
    files[`${module.name}.graphql`] = sdl;
    subgraphs.push({ name: module.name, sdl, url: defaultSubgraphUrl(module.name) });
  }
  const { supergraphSdl, apiSdl } = composeSupergraph(subgraphs);
  files['supergraph.graphql'] = supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`;
  files['api.graphql'] = `${apiSdl}\n`;
  files['permissions.md'] = permissionsMarkdown();
  return files;
}

export function writeSchemaArtefacts(files: Record<string, string>, dir = schemaDir()): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

export function readCommittedSupergraph(dir = schemaDir()): string {
  const file = path.join(dir, 'supergraph.graphql');
  if (!existsSync(file)) throw new Error(`${file} is missing; run \`childgraph compose\``);
  return readFileSync(file, 'utf8');
}
