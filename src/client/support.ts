import { GraphQLResponseError, NotSupportedError, WandbError } from './errors';

/** What a W&B server says when a document asks for something its schema lacks. */
const MISSING_IN_SCHEMA =
  /Cannot query field "[^"]+" on type "[^"]+"|Unknown argument "[^"]+" on field|Unknown type "[^"]+"|Field "[^"]+" is not defined by type|Value "[^"]+" does not exist in "[^"]+" enum/;

/** Whether an error is the server saying it has no such field, argument, type or enum value (an older or trimmed server). */
function isMissingInSchema(error: unknown): error is GraphQLResponseError {
  return error instanceof GraphQLResponseError && error.graphQLErrors.some((e) => MISSING_IN_SCHEMA.test(e.message));
}

/**
 * Runs a call and turns "the server's schema has no such field" into a {@link NotSupportedError}
 * naming the feature; every other error passes through unchanged.
 */
export async function requireServerSupport<T>(feature: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isMissingInSchema(error)) throw error;
    const options = {
      cause: error,
      graphQLErrors: error.graphQLErrors,
      ...(error.operation ? { operation: error.operation } : {}),
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
    throw new NotSupportedError(`${feature}: not supported by this W&B server (${error.graphQLErrors[0]?.message ?? 'unknown field'})`, options);
  }
}

/** Whether a failed call is worth repeating with a query for older servers. */
export function isFallbackWorthy(error: unknown): boolean {
  if (!(error instanceof WandbError)) return false;
  return !['AbortError', 'TimeoutError', 'AuthenticationError', 'PermissionError', 'RateLimitError', 'NetworkError', 'NotFoundError'].includes(
    error.name,
  );
}
