/**
 * Telling a lost database (server stopped, killed, unreachable) from a failure of one document:
 * the first stops an ingest run at once, since every later write would only wait out the
 * driver's retries and fail the same way; the second is reported and the run goes on.
 */
import { Neo4jError } from 'neo4j-driver';

// The driver's codes for "no server to talk to": the connection dropped or could not be opened.
const LOST = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isDatabaseLost(error: unknown): boolean {
  return error instanceof Neo4jError && LOST.has(error.code);
}

/** A document's write that did not happen because the database went away. */
export class DatabaseLostError extends Error {
  override name = 'DatabaseLostError';
  constructor(cause: Error) {
    super(`database lost: ${cause.message.split('\n')[0] ?? ''}`, { cause });
  }
}
