/**
 * One local Neo4j for every process: with a server running (started by `npm start`, here by this
 * test through the same code), `npm run cli -- ingest` in a second terminal used to fail with
 * "port 7687 is already in use"; now it finds the recorded server and uses it (the start lock
 * that serialises two starters is tested in tests/unit/db). A throw-away NEO4J_LOCAL_DIR and port.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stopProcess } from '../../src/db/local-neo4j.ts';
import {
  findOrStartShared,
  readServerRecord,
  type SharedServer,
} from '../../src/db/shared-neo4j.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let dir: string;
let port: number;
let env: NodeJS.ProcessEnv;
let starting: Promise<SharedServer> | undefined;
const record = () => join(dir, 'neo4j.pid');
const seed = (name: string) => join(root, 'seed/documents', name);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
      { cwd: root, env },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-shared-'));
  port = await freePort();
  env = {
    ...process.env,
    NEO4J_LOCAL_DIR: dir,
    NEO4J_LOCAL_PORT: String(port),
    NEO4J_LOCAL_HEAP_MB: '384',
  };
  delete env.NEO4J_URI;
});
afterAll(async () => {
  // A test that timed out may still be starting its server: wait for it, then stop it.
  const pending = await starting?.catch(() => undefined);
  if (pending?.started) await stopProcess(pending.started.pid);
  const left = readServerRecord(record(), port);
  if (left) await stopProcess(left.pid);
  rmSync(dir, { recursive: true, force: true });
});

// Starts a Neo4j (about 20 s on a quiet machine) and runs the CLI as a process.
describe('the local Neo4j is shared', { timeout: 180_000 }, () => {
  it('a CLI ingest uses the server another command started, and leaves it running', async () => {
    starting = findOrStartShared(record(), {
      home: join(dir, 'data'),
      port,
      heapMb: 384,
      pageCacheMb: 32,
      logFile: join(dir, 'neo4j.log'),
      startedBy: 'npm start',
    });
    const server = await starting;
    expect(server.started).toBeDefined();
    expect(readServerRecord(record(), port)).toEqual({
      pid: server.started!.pid,
      port,
      startedBy: 'npm start',
    });
    const r = await cli(['ingest', seed('003_c1ef8345d186a5d7.txt')]);
    expect(r.stderr).not.toContain('already in use');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `Using the project's Neo4j at bolt://127.0.0.1:${port} (pid ${server.started!.pid}, started by npm start)`,
    );
    expect(r.stdout).toMatch(/created/);
    // Not the CLI's to stop.
    expect(readServerRecord(record(), port)?.pid).toBe(server.started!.pid);
    await stopProcess(server.started!.pid);
    expect(readServerRecord(record(), port)).toBeUndefined();
  });
});
