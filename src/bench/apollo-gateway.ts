import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

interface PeerContext {
  authorization: string;
}

/**
 * Child side of `bench:apollo-gateway`: `@apollo/gateway` serving a supergraph whose auth
 * directives were stripped (it refuses them), on PORT. The caller's token travels on to every
 * subgraph, which still checks it, exactly as behind the bundled gateway.
 */
export async function serveApolloGateway(supergraphFile: string, port: number): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<PeerContext>({
        url,
        willSendRequest: ({ request, context }) => {
          request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<PeerContext>({ gateway, csrfPrevention: false, logger: quietLogger });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization ?? '' }),
  });
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`apollo gateway: ${url}\n`);
}

const ignore = () => undefined;
const quietLogger = { debug: ignore, info: ignore, warn: ignore, error: (message: unknown) => process.stderr.write(`${String(message)}\n`) };
