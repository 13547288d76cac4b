/**
 * Errors the API returns: each carries `extensions.code`; none carries a stack trace, a Cypher
 * statement or a driver message (those go to the server log).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ReadError, fromDatabaseError as readFailure, type ReadErrorCode } from '../read/errors.ts';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** A write refused by a guard against silent loss (`replace: true` lifts it). */
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The client closed the request before its answer (only logs see it). */
  | 'REQUEST_CANCELLED'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extra);
}

/** The API code of each read error (src/read/errors.ts). */
const READ_ERROR_CODES: Record<ReadErrorCode, ErrorCode> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  CANCELLED: 'REQUEST_CANCELLED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** A read error as the API answers it (its details become extensions); others as they are. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof ReadError)) return error;
  return apiError(READ_ERROR_CODES[error.code], error.message, { ...error.details });
}

/** A driver failure outside the reader (a mutation, the stats) as the client should see it. */
export function fromDatabaseError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return toApiError(readFailure(error)) as GraphQLError;
}

/** Apollo's formatError: coded errors keep their message; anything else (an uncoded throw,
 *  which Apollo codes INTERNAL_SERVER_ERROR) becomes a bare internal error. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  // A read error thrown in a resolver arrives wrapped (originalError) and uncoded.
  const read = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (read instanceof ReadError) {
    const { extensions } = toApiError(read) as GraphQLError;
    formatted = { ...formatted, extensions: { ...formatted.extensions, ...extensions } };
  }
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
