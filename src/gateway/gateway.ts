import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenKeys } from '../auth/token';
import { logger } from '../shared/logger';
import { closeServer, type RunningServer } from '../server/subgraph-server';
import { gatewayBounds, timeBudgets } from '../server/request-bounds';
import type { PassThroughOptions } from './pass-through';
import { createHubGatewayRuntime } from './gateway-runtime';
import { gatewayRequestListener } from './gateway-http';

export interface GatewayOptions {
  supergraphSdl: string;
  keys: TokenKeys;
  host?: string;
  port?: number;
  /** Answer single-subgraph operations by forwarding them whole (default on; off to compare with the planner). */
  passThrough?: boolean;
  /** Called with the subgraph's name for each operation forwarded whole (metrics, tests). */
  onPassThrough?: (subgraph: string) => void;
  /** Subgraphs this process serves: forwarded operations call them directly (the embedded stack). */
  inProcessSubgraphs?: PassThroughOptions['inProcess'];
}

/**
 * The bundled gateway: the Hive Gateway runtime serving the composed supergraph behind a small
 * node:http front that refuses anonymous or oversized requests before any planning happens.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = logger.child({ component: 'gateway' });
  // Read at start, so a deployment (or a test) configures them through the environment it starts with.
  const budgets = timeBudgets();
  const bounds = gatewayBounds();
  const runtime = createHubGatewayRuntime(options, budgets, bounds);
  const server = createServer(gatewayRequestListener({ supergraphSdl: options.supergraphSdl, keys: options.keys, runtime, requestMs: budgets.requestMs, log }));

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    port,
    close: async () => {
      await closeServer(server);
      await runtime.dispose();
    },
  };
}
