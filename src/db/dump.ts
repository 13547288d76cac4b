/**
 * A full backup of a local Neo4j's data folder: `neo4j-admin database dump` / `load` of the
 * server's own version (runNeo4jAdmin). The community edition dumps and loads only a stopped
 * database; the CLI (src/cli/commands/db.ts) stops the project's server first and starts it again.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installLocalNeo4j, LocalNeo4jError, runNeo4jAdmin } from './local-neo4j.ts';

/** neo4j-admin names a dump after its database, in a folder it is given. */
function inFolder<T>(work: (folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'directive-graph-dump-'));
  try {
    return work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function admin(home: string, args: string[]): void {
  installLocalNeo4j();
  const { status, output } = runNeo4jAdmin(home, args);
  if (status !== 0) {
    const lines = output.split('\n').filter((l) => l.trim() !== '' && !/^Run with|^\s+at /.test(l));
    const reason = lines.filter((l) => l.includes('ERROR')).at(0) ?? lines.at(-1) ?? 'no output';
    throw new LocalNeo4jError(
      `neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${reason.replace(/^.*ERROR\s+\[[^\]]*\]\s*/, '')}`,
    );
  }
}

/** Dumps `database` of the (stopped) data folder `home` to `file`. */
export function dumpDatabase(home: string, file: string, database = 'neo4j'): void {
  inFolder((folder) => {
    admin(home, ['database', 'dump', database, `--to-path=${folder}`]);
    copyFileSync(join(folder, `${database}.dump`), file);
  });
}

/** Loads `file` into `database` of the (stopped) data folder `home`, replacing what is there. */
export function loadDatabase(home: string, file: string, database = 'neo4j'): void {
  if (!existsSync(file)) throw new LocalNeo4jError(`${file}: no such dump`);
  mkdirSync(home, { recursive: true });
  inFolder((folder) => {
    copyFileSync(file, join(folder, `${database}.dump`));
    admin(home, [
      'database',
      'load',
      database,
      `--from-path=${folder}`,
      '--overwrite-destination=true',
    ]);
  });
}
