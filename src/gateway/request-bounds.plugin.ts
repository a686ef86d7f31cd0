import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '../shared/errors';
import { SUBGRAPH_MAX_BODY_BYTES } from '../server/http-body';
import { requestBoundsChecker, type RequestBounds } from '../server/request-bounds';

/**
 * The gateway's request bounds, checked on the request's parameters: before the runtime parses
 * (beyond `maxTokens`), validates (graphql-js's overlapping-fields rule is exponential in nested
 * fragment spreads) or plans anything. GET and POST alike; an export's pages go through here too.
 */
export function useRequestBounds(bounds: RequestBounds): GatewayPlugin {
  let schema: GraphQLSchema | undefined;
  const check = requestBoundsChecker(() => schema, bounds);
  return {
    onSchemaChange({ schema: current }) {
      schema = current;
    },
    onParams({ params, setResult }) {
      if (typeof params.query !== 'string') return;
      const refused = check({ query: params.query, operationName: params.operationName, variables: params.variables });
      if (refused) setResult({ errors: [refused] });
    },
    onFetch({ options, endResponse }) {
      // What the planner built from an accepted operation is bounded, but never sent over a subgraph's body limit:
      // the subgraph would refuse it anyway, and the caller learns why here instead of from a broken connection.
      const size = typeof options.body === 'string' ? Buffer.byteLength(options.body) : 0;
      if (size <= SUBGRAPH_MAX_BODY_BYTES) return;
      endResponse(
        Response.json(
          { errors: [new GraphQLError(`The request this operation needs from a subgraph would be ${size} bytes, over its limit of ${SUBGRAPH_MAX_BODY_BYTES}: ask for less at once`, { extensions: { code: ErrorCode.QueryTooComplex, limit: 'subgraphBodyBytes', limitValue: SUBGRAPH_MAX_BODY_BYTES } })] },
          { status: 200 },
        ),
      );
    },
  };
}
