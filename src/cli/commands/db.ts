/**
 * `db dump <file> [--home <data folder>]`, `db load <file> [--home <data folder>]`: a full
 * backup of the project's own Neo4j (src/db/dump.ts, neo4j-admin of the installed server). The
 * community edition dumps and loads only a stopped database: a running project server is stopped
 * first and started again after (said on stderr). `--home` works on another data folder, whose
 * server must be stopped.
 */
import { mkdirSync } from 'node:fs';
import { readConfig } from '../../config.ts';
import { localPaths } from '../../db/ensure.ts';
import { dumpDatabase, loadDatabase } from '../../db/dump.ts';
import { stopProcess } from '../../db/local-neo4j.ts';
import { findOrStartShared, readServerRecord } from '../../db/shared-neo4j.ts';

export const summary =
  'a full dump of the local Neo4j to a file, or a dump loaded back (dump|load)';

const USAGE = 'usage: npm run -s cli -- db dump|load <file> [--home <data folder>]\n';
const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** Runs `work` on the project's data folder with its server stopped, then starts it again. */
async function withServerStopped(work: () => void): Promise<void> {
  const config = readConfig();
  if (config.neo4jUri) {
    throw new Error(
      `NEO4J_URI is set (${config.neo4jUri}): dump that server with its own neo4j-admin; this command works on the project's local Neo4j (or --home)`,
    );
  }
  const running = readServerRecord(localPaths.pidFile, config.localNeo4jPort);
  if (running) {
    say(
      `stopping the local Neo4j (pid ${running.pid}): the community edition dumps and loads only a stopped database`,
    );
    await stopProcess(running.pid);
  }
  mkdirSync(localPaths.home, { recursive: true });
  try {
    work();
  } finally {
    if (running) {
      const again = await findOrStartShared(localPaths.pidFile, {
        home: localPaths.home,
        port: running.port,
        heapMb: config.localNeo4jHeapMb,
        logFile: localPaths.logFile,
        startedBy: running.startedBy,
      });
      say(`started the local Neo4j again (pid ${again.record.pid}, port ${again.port})`);
    }
  }
}

export async function run(args: string[]): Promise<number> {
  const [action, file, ...rest] = args;
  const home = rest[0] === '--home' ? rest[1] : undefined;
  const valid = (action === 'dump' || action === 'load') && file !== undefined;
  if (!valid || (rest.length > 0 && (home === undefined || rest.length !== 2))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const started = Date.now();
  const work = (): void =>
    action === 'dump'
      ? dumpDatabase(home ?? localPaths.home, file)
      : loadDatabase(home ?? localPaths.home, file);
  try {
    if (home !== undefined) work();
    else await withServerStopped(work);
  } catch (error) {
    say(`db ${action}: ${(error as Error).message}`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    action === 'dump' ? `dumped to ${file} (${seconds} s)\n` : `loaded ${file} (${seconds} s)\n`,
  );
  return 0;
}
