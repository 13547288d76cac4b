/**
 * One local Neo4j for every process of the project: whoever needs it first (`npm start`, the
 * CLI, `npm run db:start`) starts it detached and records its pid and port; the others find the
 * record and use that server. A start lock (an atomic mkdir) keeps two processes starting at
 * once from racing for the port. The starter stops it when it ends, unless other processes still
 * have connections open: then it is left running for them (`npm run db:stop` stops it).
 */
import { dirname } from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import {
  alive,
  startLocalNeo4j,
  stopProcess,
  type RunningNeo4j,
  type StartOptions,
} from './local-neo4j.ts';

export interface ServerRecord {
  pid: number;
  port: number;
  /** Which command started it (`npm start`, `cli`, `db:start`). */
  startedBy: string;
}

/** The running server's record; undefined when none, or its process is gone. A bare pid (the
 *  older format) means the default port. */
export function readServerRecord(file: string, defaultPort: number): ServerRecord | undefined {
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file, 'utf8').trim();
  let record: ServerRecord;
  if (/^\d+$/.test(raw)) record = { pid: Number(raw), port: defaultPort, startedBy: 'unknown' };
  else {
    try {
      record = JSON.parse(raw) as ServerRecord;
    } catch {
      return undefined;
    }
  }
  return Number.isInteger(record.pid) && record.pid > 0 && alive(record.pid) ? record : undefined;
}

export function writeServerRecord(file: string, record: ServerRecord): void {
  writeFileSync(file, `${JSON.stringify(record)}\n`);
}

/** A start lock older than this is left over from a crash. */
const STALE_LOCK_MS = 5 * 60_000;

/** Runs `work` holding the start lock (a directory: mkdir is atomic), waiting for it if needed. */
export async function withStartLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  // The folder the lock lives in (.neo4j/, or NEO4J_LOCAL_DIR) may not exist yet on a fresh clone.
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (!held) continue; // released meanwhile: try again at once
      if (Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface SharedServer {
  port: number;
  record: ServerRecord;
  /** Set when this process started it. */
  started: RunningNeo4j | undefined;
}

/** The recorded server if it runs, else one started now (detached) and recorded. */
export async function findOrStartShared(
  recordFile: string,
  options: Omit<StartOptions, 'mode'> & { startedBy: string },
): Promise<SharedServer> {
  const found = readServerRecord(recordFile, options.port);
  if (found) return { port: found.port, record: found, started: undefined };
  return withStartLock(`${recordFile}.lock`, async () => {
    const raced = readServerRecord(recordFile, options.port);
    if (raced) return { port: raced.port, record: raced, started: undefined };
    const started = await startLocalNeo4j({ ...options, mode: 'detached' });
    const record = { pid: started.pid, port: options.port, startedBy: options.startedBy };
    writeServerRecord(recordFile, record);
    return { port: options.port, record, started };
  });
}

/** Connections to the server from other processes (drivers name their process: driver.ts). */
export async function otherClients(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'CALL dbms.listConnections() YIELD userAgent WHERE userAgent <> $mine RETURN count(*) AS n',
    { mine: ownUserAgent() },
    { database },
  );
  return records[0]?.get('n') as number;
}

/** The user agent of this process's drivers. */
export function ownUserAgent(): string {
  return `directive-graph/${process.pid}`;
}

/** The starter's exit: stop the server unless others use it; true when it was stopped. */
export async function releaseShared(
  shared: SharedServer,
  recordFile: string,
  others: () => Promise<number>,
): Promise<boolean> {
  if (!shared.started) return false;
  const count = await others().catch(() => 0);
  if (count > 0) return false;
  await stopProcess(shared.started.pid);
  const current = readServerRecord(recordFile, shared.port);
  if (!current || current.pid === shared.started.pid) rmSync(recordFile, { force: true });
  return true;
}
