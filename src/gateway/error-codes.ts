import { GraphQLError, type ExecutionResult } from 'graphql';
import { ErrorCode } from '../shared/errors';

/**
 * Variable-coercion errors ("Variable "$n" got invalid value …") reach clients without a code;
 * the contract promises BAD_USER_INPUT for invalid arguments, so the gateway adds it.
 */
export function withInputErrorCodes(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some(needsCode)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      needsCode(error)
        ? new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: ErrorCode.BadUserInput } })
        : error,
    ),
  };
}

function needsCode(error: GraphQLError): boolean {
  return error.extensions?.code === undefined && /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message);
}

/** A Yoga plugin applying withInputErrorCodes to single (non-streamed) results. */
export const useInputErrorCodes = () => ({
  onResultProcess({ result, setResult }: { result: unknown; setResult(result: never): void }) {
    if (result && typeof result === 'object' && !Array.isArray(result) && !(Symbol.asyncIterator in result)) {
      setResult(withInputErrorCodes(result as ExecutionResult) as never);
    }
  },
});
