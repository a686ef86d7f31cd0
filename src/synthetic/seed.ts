import type { SubgraphDbs } from '../subgraphs';
import type { Population } from './placeholder-population';

/** Rows per createMany: keeps each statement well under PostgreSQL's parameter limit. */
const CHUNK = 1000;

type Writer = { createMany(args: { data: unknown[]; skipDuplicates: boolean }): Promise<unknown> };

/**
 * Writes a population through each subgraph's own data layer, parents before children.
 * Every row has a stable id, so writing the same population twice adds nothing.
 */
export async function writePopulation(dbs: SubgraphDbs, population: Population, onProgress?: (table: string, rows: number) => void) {
  for (const [subgraph, tables] of Object.entries(population) as [keyof SubgraphDbs, Record<string, unknown[]>][]) {
    for (const [table, rows] of Object.entries(tables)) {
      // Prisma delegates share createMany's shape but not a common static type across six clients.
      const writer = (dbs[subgraph] as unknown as Record<string, Writer>)[table];
      for (let start = 0; start < rows.length; start += CHUNK) {
        await writer.createMany({ data: rows.slice(start, start + CHUNK), skipDuplicates: true });
      }
      onProgress?.(`${subgraph}.${table}`, rows.length);
    }
  }
}
