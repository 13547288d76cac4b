/**
 * Errors the API returns: each carries `extensions.code`; none carries a stack trace, a Cypher
 * statement or a driver message (those go to the server log).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extra);
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A driver failure as the client should see it. Checked by shape, not class: a bundler or test
 *  runner may load a second copy of graphql or neo4j-driver. */
export function fromDatabaseError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE.has(code)) {
    return apiError('DATABASE_UNAVAILABLE', 'the graph database is unavailable; try again later');
  }
  if (
    typeof code === 'string' &&
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
  ) {
    return apiError('QUERY_TIMEOUT', 'the query took longer than the server allows');
  }
  console.error('[api] database error:', error);
  return apiError('INTERNAL_SERVER_ERROR', 'internal server error');
}

/** Apollo's formatError: coded errors keep their message; anything else (an uncoded throw,
 *  which Apollo codes INTERNAL_SERVER_ERROR) becomes a bare internal error. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  // Apollo codes every validation error GRAPHQL_VALIDATION_FAILED; our rules' own code
  // (QUERY_TOO_COMPLEX) is on the original error.
  const own = (error as { originalError?: { extensions?: { code?: unknown } } } | null)
    ?.originalError?.extensions?.code;
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof own === 'string') {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: own } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  }
  if (formatted.message !== 'internal server error') {
    console.error('[api] unexpected error:', unwrapResolverError(error));
  }
  return {
    message: 'internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
