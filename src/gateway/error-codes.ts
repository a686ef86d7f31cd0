import { GraphQLError, type ExecutionResult } from 'graphql';
import { ErrorCode } from '../shared/errors';

/**
 * Variable-coercion errors ("Variable "$n" got invalid value …") reach clients without a code;
 * the contract promises BAD_USER_INPUT for invalid arguments, so the gateway adds it.
 */
export function withInputErrorCodes(result: ExecutionResult, hideSuggestions = false): ExecutionResult {
  const rewrite = (error: GraphQLError) => needsCode(error) || (hideSuggestions && SUGGESTION.test(error.message));
  if (!result.errors?.some(rewrite)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      rewrite(error)
        ? new GraphQLError(hideSuggestions ? error.message.replace(SUGGESTION, '') : error.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: { ...error.extensions, ...(needsCode(error) ? { code: ErrorCode.BadUserInput } : {}) },
          })
        : error,
    ),
  };
}

/** "Did you mean …?" would name fields an agency may not read; production leaves it out. */
const SUGGESTION = / ?Did you mean .+\?$/;

function needsCode(error: GraphQLError): boolean {
  return error.extensions?.code === undefined && /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message);
}

/** A Yoga plugin applying withInputErrorCodes to single (non-streamed) results. */
export const useInputErrorCodes = (options: { hideSuggestions: boolean }) => ({
  onResultProcess({ result, setResult }: { result: unknown; setResult(result: never): void }) {
    if (result && typeof result === 'object' && !Array.isArray(result) && !(Symbol.asyncIterator in result)) {
      setResult(withInputErrorCodes(result as ExecutionResult, options.hideSuggestions) as never);
    }
  },
});
