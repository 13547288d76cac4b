/** What every resolver receives: the graph reader and the batchers of this request. */
import type { Driver } from 'neo4j-driver';
import { GraphReader } from '../read/reader.ts';
import { ANONYMOUS, type Viewer } from '../read/viewer.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Who asks, and what this request may write. */
export interface WriteAccess {
  /** Who asks (api/auth.ts): reads see what it may see, writes need its role. */
  viewer: Viewer;
  /** The ingest mutation resolves with the national registry too (config REGISTRY_NATIONAL). */
  nationalRegistry?: boolean;
  /** Where uploaded originals are kept (src/io/source-store); unset: not kept. */
  sourceDir?: string;
}

export interface ApiContext {
  /** Reads outside the reader (stats). */
  driver: Driver;
  /** Writes (the ingest mutation): a driver with the default, longer retry window. */
  writeDriver: Driver;
  database: string;
  db: GraphReader;
  loaders: Loaders;
  access: WriteAccess;
  /** Bookmarks of this request's writes, answered in the `x-bookmark` header (noteWrite). */
  written: { bookmarks: string[] };
}

/** After a write: its bookmark (and those of earlier writes of this process, which it implies
 *  on one database anyway), for the answer. Writes end with an audit event through
 *  executeQuery, whose bookmark manager holds the latest. */
export async function noteWrite(context: ApiContext): Promise<void> {
  context.written.bookmarks = [
    ...(await context.writeDriver.executeQueryBookmarkManager.getBookmarks()),
  ];
}

/** Per-request time limit (all its statements together) unless configured otherwise. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

export function createContext(
  driver: Driver,
  database: string,
  transactionTimeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS,
  access: WriteAccess = { viewer: ANONYMOUS },
  writeDriver: Driver = driver,
  /** Aborted when the client goes: the request's statements are interrupted. */
  signal?: AbortSignal,
  /** Bookmarks the client sent: its reads wait for those writes. */
  bookmarks: readonly string[] = [],
): ApiContext {
  const written = { bookmarks: [] as string[] };
  const db = new GraphReader(driver, database, transactionTimeoutMs, {
    signal,
    viewer: access.viewer,
    bookmarks: () => [...bookmarks, ...written.bookmarks],
  });
  return { driver, writeDriver, database, db, loaders: createLoaders(db), access, written };
}
