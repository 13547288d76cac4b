/** One neo4j-driver instance per process, with connectivity checked up front. */
import neo4j, { type Driver } from 'neo4j-driver';
import { ownUserAgent } from './shared-neo4j.ts';
import { enableTcpNoDelay } from './tcp-nodelay.ts';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  /** How long a failing transaction is retried (driver default 30 s). Writes keep the default,
   *  which rides out deadlocks under concurrent ingest; the API's reads use a short window so a
   *  dead database answers DATABASE_UNAVAILABLE in seconds, not half a minute. */
  retryWindowMs?: number;
  /** How long a request waits for a pooled connection (default 20 s); the API's is short, so a
   *  full pool or a frozen server answers DATABASE_UNAVAILABLE instead of queueing. */
  acquisitionTimeoutMs?: number;
  /** How long opening a connection may take (driver default 30 s). */
  connectTimeoutMs?: number;
}

/** The API's retry window: long enough for a restart blip, short enough for a client. */
export const API_RETRY_WINDOW_MS = 3_000;
/** The API's wait for a pooled connection and for a new one to open. */
export const API_ACQUISITION_TIMEOUT_MS = 3_000;
export const API_CONNECT_TIMEOUT_MS = 3_000;

/** The CLI ingest's windows: a deadlock is retried a few times (then the batch is written document
 *  by document); a lost server stops the run in seconds instead of 30 s per batch and document. */
export const INGEST_RETRY_WINDOW_MS = 4_000;
export const INGEST_CONNECT_TIMEOUT_MS = 4_000;

export function createDriver(options: ConnectOptions): Driver {
  enableTcpNoDelay();
  // The project's own server runs with auth disabled and accepts any credentials.
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Integers outside ±2^53 never occur in our data; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    // Names this process, so a shared local server knows who still uses it (shared-neo4j.ts).
    userAgent: ownUserAgent(),
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 20_000,
    maxConnectionPoolSize: 50,
    ...(options.connectTimeoutMs !== undefined
      ? { connectionTimeout: options.connectTimeoutMs }
      : {}),
    ...(options.retryWindowMs !== undefined
      ? { maxTransactionRetryTime: options.retryWindowMs }
      : {}),
  });
}

/** Throws "cannot reach Neo4j at <uri>: <reason>" when the server does not answer. */
export async function verifyConnection(
  driver: Driver,
  uri: string,
  database: string,
): Promise<void> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseUnavailableError(`cannot reach Neo4j at ${uri}: ${reason}`);
  }
}
