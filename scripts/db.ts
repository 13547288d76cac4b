/**
 * npm run db:install | db:start | db:stop | db:status — manage the project's own Neo4j
 * (see src/db/local-neo4j.ts). db:start leaves it running in the background until db:stop.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { readConfig } from '../src/config.ts';
import { createDriver, verifyConnection } from '../src/db/driver.ts';
import { localPaths } from '../src/db/ensure.ts';
import { installLocalNeo4j, stopProcess } from '../src/db/local-neo4j.ts';
import { findOrStartShared, readServerRecord } from '../src/db/shared-neo4j.ts';
import { localNeo4jDir } from '../src/paths.ts';

async function status(): Promise<number> {
  const config = readConfig();
  const port = readServerRecord(localPaths.pidFile, config.localNeo4jPort)?.port;
  const uri = config.neo4jUri ?? `bolt://127.0.0.1:${port ?? config.localNeo4jPort}`;
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
    const pid = readServerRecord(localPaths.pidFile, config.localNeo4jPort)?.pid;
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
      mkdirSync(localNeo4jDir, { recursive: true });
      installLocalNeo4j((line) => console.log(line));
      // The same record and lock as npm start and the CLI: whoever started it, one server.
      const server = await findOrStartShared(localPaths.pidFile, {
        home: localPaths.home,
        port: config.localNeo4jPort,
        heapMb: config.localNeo4jHeapMb,
        logFile: localPaths.logFile,
        startedBy: 'db:start',
      });
      if (!server.started) {
        console.log(
          `already running (pid ${server.record.pid}, started by ${server.record.startedBy})`,
        );
        return status();
      }
      console.log(
        `Neo4j ready at bolt://127.0.0.1:${server.port} in ${(server.started.startupMs / 1000).toFixed(1)} s (pid ${server.started.pid}, log ${localPaths.logFile})`,
      );
      return 0;
    }
    case 'stop': {
      const pid = readServerRecord(localPaths.pidFile, config.localNeo4jPort)?.pid;
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
