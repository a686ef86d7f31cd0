import { databaseUrl } from '../db/storage';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/subgraph-names';
import { benchDatabasePrefix } from './population';
import { freePort, startCliServer, type ServerProcess } from './processes';

/** Distributed mode as deployed: `childgraph subgraph <name>` six times and `childgraph gateway`, over HTTP. */
export interface DistributedDeployment {
  gateway: ServerProcess;
  subgraphs: Record<SubgraphName, ServerProcess>;
  stop(): Promise<void>;
}

/** Starts the processes over the benchmark databases (already created, migrated and seeded). */
export async function startDistributed(children: number, env: NodeJS.ProcessEnv): Promise<DistributedDeployment> {
  const server = env.DATABASE_URL;
  if (!server) throw new Error('distributed mode needs PostgreSQL: set DATABASE_URL');
  const started: ServerProcess[] = [];
  try {
    const subgraphs = {} as Record<SubgraphName, ServerProcess>;
    const urls: NodeJS.ProcessEnv = {};
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const database = databaseUrl(server, `${benchDatabasePrefix(children, env)}_${name}`);
        const subgraph = await startCliServer(name, ['subgraph', name], { ...env, CHILDGRAPH_REFRESH_SECONDS: '0', [`${name.toUpperCase()}_DATABASE_URL`]: database }, await freePort());
        started.push(subgraph);
        subgraphs[name] = subgraph;
        urls[`SUBGRAPH_${name.toUpperCase()}_URL`] = subgraph.url;
      }),
    );
    const gateway = await startCliServer('gateway', ['gateway'], { ...env, ...urls }, await freePort());
    started.push(gateway);
    return { gateway, subgraphs, stop: () => Promise.all(started.map((p) => p.stop())).then(() => undefined) };
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
}
