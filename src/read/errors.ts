/**
 * What a read can fail with, in the domain's words: bad input (naming the argument), an unknown
 * id, an unavailable or too slow database. No GraphQL here: the API maps these to its error
 * codes and HTTP statuses at its edge (src/api/errors.ts). None carries a Cypher statement or a
 * driver message (those go to the server log).
 */
export type ReadErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  /** Past the request's statement budget (reader.ts). */
  | 'TOO_COMPLEX'
  /** The client went away; nobody reads the answer. */
  | 'CANCELLED'
  | 'INTERNAL';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    /** What a client may act on: the argument at fault, the id not found, a limit… */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export function badInput(message: string, details: Record<string, unknown> = {}): ReadError {
  return new ReadError('BAD_USER_INPUT', message, details);
}

export function notFound(message: string, details: Record<string, unknown> = {}): ReadError {
  return new ReadError('NOT_FOUND', message, details);
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const POOL_TIMEOUT = 'Connection acquisition timed out';

/** A driver failure as a reader should see it. Checked by shape, not class: a bundler or test
 *  runner may load a second copy of neo4j-driver. */
export function fromDatabaseError(error: unknown): Error {
  if (error instanceof ReadError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  // A full pool: the driver's acquisition timeout (db/driver.ts) fired; no code of its own.
  const poolFull = typeof message === 'string' && message.startsWith(POOL_TIMEOUT);
  if ((typeof code === 'string' && UNAVAILABLE.has(code)) || poolFull) {
    return new ReadError(
      'DATABASE_UNAVAILABLE',
      'the graph database is unavailable; try again later',
    );
  }
  // A bookmark the client sent (x-bookmark) that is not one of this database's.
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark') {
    return new ReadError(
      'BAD_USER_INPUT',
      'the x-bookmark header is not a bookmark of this database',
      {
        header: 'x-bookmark',
      },
    );
  }
  if (
    typeof code === 'string' &&
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
  ) {
    return new ReadError('QUERY_TIMEOUT', 'the query took longer than the server allows');
  }
  console.error('[read] database error:', error);
  return new ReadError('INTERNAL', 'internal server error');
}
