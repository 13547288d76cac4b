/**
 * npm run db:install | db:start | db:stop | db:status — manage the project's own Neo4j
 * (see src/db/local-neo4j.ts). db:start leaves it running in the background until db:stop.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readConfig } from '../src/config.ts';
import { createDriver, verifyConnection } from '../src/db/driver.ts';
import { localPaths } from '../src/db/ensure.ts';
import {
  installLocalNeo4j,
  readPidFile,
  startLocalNeo4j,
  stopProcess,
} from '../src/db/local-neo4j.ts';
import { localNeo4jDir } from '../src/paths.ts';

async function status(): Promise<number> {
  const config = readConfig();
  const uri = config.neo4jUri ?? `bolt://127.0.0.1:${config.localNeo4jPort}`;
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
    const pid = readPidFile(localPaths.pidFile);
    console.log(`ready: ${uri} answers${pid ? ` (project server, pid ${pid})` : ''}`);
    return 0;
  } catch (error) {
    console.log(`not ready: ${(error as Error).message}`);
    return 1;
  } finally {
    await driver.close();
  }
}

async function main(command: string | undefined): Promise<number> {
  const config = readConfig();
  switch (command) {
    case 'install': {
      const started = Date.now();
      installLocalNeo4j((line) => console.log(line));
      console.log(`Neo4j installed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    }
    case 'start': {
      if (config.neo4jUri) {
        console.log(`NEO4J_URI is set (${config.neo4jUri}): nothing to start`);
        return status();
      }
      const running = readPidFile(localPaths.pidFile);
      if (running) {
        console.log(`already running (pid ${running})`);
        return status();
      }
      mkdirSync(localNeo4jDir, { recursive: true });
      installLocalNeo4j((line) => console.log(line));
      const server = await startLocalNeo4j({
        home: localPaths.home,
        port: config.localNeo4jPort,
        heapMb: config.localNeo4jHeapMb,
        logFile: localPaths.logFile,
        mode: 'detached',
      });
      writeFileSync(localPaths.pidFile, String(server.pid));
      console.log(
        `Neo4j ready at ${server.uri} in ${(server.startupMs / 1000).toFixed(1)} s (pid ${server.pid}, log ${localPaths.logFile})`,
      );
      return 0;
    }
    case 'stop': {
      const pid = readPidFile(localPaths.pidFile);
      if (!pid) {
        console.log('not running');
        if (existsSync(localPaths.pidFile)) rmSync(localPaths.pidFile);
        return 0;
      }
      await stopProcess(pid);
      rmSync(localPaths.pidFile, { force: true });
      console.log(`stopped (pid ${pid})`);
      return 0;
    }
    case 'status':
      return status();
    default:
      console.error('usage: tsx scripts/db.ts install|start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
