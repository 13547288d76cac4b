/**
 * "Make sure Neo4j runs": use the configured server unchanged when NEO4J_URI is set; otherwise
 * reuse the project's own server if `npm run db:start` left one running, or start one as a child
 * of this process (it stops when we stop).
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { localNeo4jDir } from '../paths.ts';
import {
  API_ACQUISITION_TIMEOUT_MS,
  API_CONNECT_TIMEOUT_MS,
  API_RETRY_WINDOW_MS,
  createDriver,
  verifyConnection,
} from './driver.ts';
import { readPidFile, startLocalNeo4j, type RunningNeo4j } from './local-neo4j.ts';

export const localPaths = {
  home: join(localNeo4jDir, 'data'),
  pidFile: join(localNeo4jDir, 'neo4j.pid'),
  logFile: join(localNeo4jDir, 'neo4j.log'),
};

export interface Neo4jConnection {
  /** For writes (ingest, migrations): the driver's default retry window. */
  driver: Driver;
  /** For the API's reads: the same server, a short retry window (driver.ts). */
  readDriver: Driver;
  uri: string;
  database: string;
  /** Set when this process started the server and owns its lifetime. */
  owned: RunningNeo4j | undefined;
  close(): Promise<void>;
}

export async function ensureNeo4j(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Neo4jConnection> {
  let uri = config.neo4jUri;
  let owned: RunningNeo4j | undefined;
  if (uri === undefined) {
    uri = `bolt://127.0.0.1:${config.localNeo4jPort}`;
    if (readPidFile(localPaths.pidFile) !== undefined) {
      log(`Using the project's Neo4j started by db:start at ${uri}`);
    } else {
      log(`Starting the project's own Neo4j at ${uri} (data in ${localPaths.home})…`);
      owned = await startLocalNeo4j({
        home: localPaths.home,
        port: config.localNeo4jPort,
        heapMb: config.localNeo4jHeapMb,
        logFile: localPaths.logFile,
        mode: 'child',
      });
      log(`Neo4j ready in ${(owned.startupMs / 1000).toFixed(1)} s`);
    }
  }
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
  } catch (error) {
    await driver.close();
    await owned?.stop();
    throw error;
  }
  const readDriver = createDriver({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    retryWindowMs: API_RETRY_WINDOW_MS,
    acquisitionTimeoutMs: API_ACQUISITION_TIMEOUT_MS,
    connectTimeoutMs: API_CONNECT_TIMEOUT_MS,
  });
  return {
    driver,
    readDriver,
    uri,
    database: config.neo4jDatabase,
    owned,
    async close() {
      await readDriver.close();
      await driver.close();
      await owned?.stop();
    },
  };
}
