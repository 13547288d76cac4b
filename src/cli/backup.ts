/**
 * `backup <file>` and `restore <file>` (issue 15): what cannot be derived again from the
 * documents (src/db/backup-format.ts) to one JSON-lines file and back. Restore checks the whole
 * file before it connects (an error names the file, the line and the record; nothing written),
 * then writes it in one transaction. Progress lines go to stderr; `--json` prints the outcome as
 * one JSON object a line on stdout, as `ingest --json` does.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readConfig } from '../config.ts';
import {
  BackupFileError,
  formatBackup,
  parseBackup,
  type BackupKind,
} from '../db/backup-format.ts';
import { readBackupRecords, restoreRecords } from '../db/backup.ts';
import { ensureNeo4j, type Neo4jConnection } from '../db/ensure.ts';
import { runMigrations } from '../db/migrations.ts';
import { createOutput, type Output } from './output.ts';

const progress = (line: string): void => void process.stderr.write(`${line}\n`);

/** The file and `--json` of a command's arguments, or a usage problem. */
function fileArg(command: string, args: string[]): { file: string; out: Output } | string {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const [file] = rest;
  if (rest.length !== 1 || file === undefined || file.startsWith('-')) {
    return `usage: npm run -s cli -- ${command} <file> [--json]`;
  }
  return { file, out: createOutput(json) };
}

async function withDatabase<T>(use: (c: Neo4jConnection) => Promise<T>): Promise<T> {
  const connection = await ensureNeo4j(readConfig(), progress, 'cli');
  try {
    await runMigrations(connection.driver, connection.database);
    return await use(connection);
  } finally {
    await connection.close();
  }
}

const listed = (counts: Record<BackupKind, number>): string =>
  Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');

export async function runBackup(args: string[]): Promise<number> {
  const parsed = fileArg('backup', args);
  if (typeof parsed === 'string') return (progress(parsed), 2);
  const { file, out } = parsed;
  try {
    const records = await withDatabase((c) => readBackupRecords(c.driver, c.database, progress));
    const lines = formatBackup(records, new Date().toISOString());
    // Written beside, then renamed: a backup cut short never replaces a good one.
    writeFileSync(`${file}.partial`, `${lines.join('\n')}\n`, { mode: 0o600 });
    renameSync(`${file}.partial`, file);
    const { counts } = parseBackup(file, readFileSync(file, 'utf8')).header;
    out.emit('summary', `backup ${file}: ${listed(counts)} records`, { file, counts });
    return 0;
  } catch (error) {
    progress(`backup: ${(error as Error).message}`);
    return 1;
  }
}

export async function runRestore(args: string[]): Promise<number> {
  const parsed = fileArg('restore', args);
  if (typeof parsed === 'string') return (progress(parsed), 2);
  const { file, out } = parsed;
  let records;
  try {
    records = parseBackup(file, readFileSync(file, 'utf8')).records;
  } catch (error) {
    const message =
      error instanceof BackupFileError
        ? error.message
        : `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    progress(`restore: ${message}; nothing written`);
    if (out.json)
      out.emit('stopped', `restore: ${message}; nothing written`, { file, error: message });
    return 1;
  }
  try {
    const result = await withDatabase((c) =>
      restoreRecords(c.driver, c.database, records, progress),
    );
    const created = Object.fromEntries(
      Object.entries(result.counts).map(([k, c]) => [k, c.created]),
    ) as Record<BackupKind, number>;
    const total = Object.fromEntries(
      Object.entries(result.counts).map(([k, c]) => [k, c.records]),
    ) as Record<BackupKind, number>;
    out.emit('summary', `restore ${file}: ${listed(total)} records; new: ${listed(created)}`, {
      file,
      counts: result.counts,
      statusUpdatesWithoutTask: result.statusUpdatesWithoutTask,
    });
    if (result.statusUpdatesWithoutTask > 0) {
      progress(
        `restore: ${result.statusUpdatesWithoutTask} status updates name tasks not in the graph: ingest their documents`,
      );
    }
    return 0;
  } catch (error) {
    progress(`restore: ${(error as Error).message}; nothing written`);
    return 1;
  }
}
