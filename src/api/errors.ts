/**
 * Errors the API returns: each carries `extensions.code`; none carries a stack trace, a Cypher
 * statement or a driver message (those go to the server log).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extra);
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A driver failure as the client should see it. */
export function fromDatabaseError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) {
      return apiError('DATABASE_UNAVAILABLE', 'the graph database is unavailable; try again later');
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return apiError('QUERY_TIMEOUT', 'the query took longer than the server allows');
    }
  }
  console.error('[api] database error:', error);
  return apiError('INTERNAL_SERVER_ERROR', 'internal server error');
}

/** Apollo's formatError: anything not raised on purpose becomes a bare internal error. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  }
  console.error('[api] unexpected error:', original);
  return {
    message: 'internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
