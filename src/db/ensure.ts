/**
 * "Make sure Neo4j runs": use the configured server unchanged when NEO4J_URI is set; otherwise
 * the project's own server, shared by every process (shared-neo4j.ts): the running one whoever
 * started it, else one started now.
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
  type ConnectOptions,
} from './driver.ts';
import type { RunningNeo4j } from './local-neo4j.ts';
import {
  findOrStartShared,
  otherClients,
  releaseShared,
  type SharedServer,
} from './shared-neo4j.ts';

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
  /** Set when this process started the server (it stops it at close unless others use it). */
  owned: RunningNeo4j | undefined;
  close(): Promise<void>;
}

export async function ensureNeo4j(
  config: Config,
  log: (line: string) => void = () => {},
  /** Which command asks (`npm start`, `cli`), recorded when it starts the server. */
  startedBy = 'npm start',
  /** For the write driver: the CLI's ingest gives short windows so a lost server stops it fast. */
  writes: Pick<ConnectOptions, 'retryWindowMs' | 'connectTimeoutMs'> = {},
): Promise<Neo4jConnection> {
  let uri = config.neo4jUri;
  let shared: SharedServer | undefined;
  if (uri === undefined) {
    log(`Looking for the project's Neo4j (${localPaths.pidFile})…`);
    shared = await findOrStartShared(localPaths.pidFile, {
      home: localPaths.home,
      port: config.localNeo4jPort,
      heapMb: config.localNeo4jHeapMb,
      logFile: localPaths.logFile,
      startedBy,
    });
    uri = `bolt://127.0.0.1:${shared.port}`;
    if (shared.started) {
      log(
        `Started the project's Neo4j at ${uri} in ${(shared.started.startupMs / 1000).toFixed(1)} s (pid ${shared.started.pid}, shared with other commands)`,
      );
    } else {
      log(
        `Using the project's Neo4j at ${uri} (pid ${shared.record.pid}, started by ${shared.record.startedBy})`,
      );
    }
  }
  const driver = createDriver({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    ...writes,
  });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
  } catch (error) {
    await driver.close();
    if (shared) await releaseShared(shared, localPaths.pidFile, () => Promise.resolve(0));
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
    owned: shared?.started,
    async close() {
      await readDriver.close();
      if (shared) {
        const stopped = await releaseShared(shared, localPaths.pidFile, () =>
          otherClients(driver, config.neo4jDatabase),
        );
        if (shared.started && !stopped) {
          log(`Neo4j left running for the other commands using it (npm run db:stop stops it)`);
        }
      }
      await driver.close();
    },
  };
}
