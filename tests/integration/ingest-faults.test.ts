/**
 * Neo4j lost mid-ingest, on the test's own throw-away server (never the shared test Neo4j):
 * the CLI used to print nothing for 160 s at batch 20 and one FAIL every 32–66 s at batch 1.
 * Now the run stops within seconds, lists the files left, and a re-run once the server is back
 * finishes them (the files done are unchanged).
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCascade } from '../../bench/corpus/generate.ts';
import { freePort, startLocalNeo4j, type RunningNeo4j } from '../../src/db/local-neo4j.ts';

const root = resolve(import.meta.dirname, '../..');
let dir: string;
let docs: string;
let port: number;
let server: RunningNeo4j | undefined;
let files: string[];

const start = async (): Promise<void> => {
  server = await startLocalNeo4j({
    home: join(dir, 'data'),
    port,
    heapMb: 384,
    pageCacheMb: 32,
    logFile: join(dir, 'neo4j.log'),
    mode: 'child',
  });
};

interface Run {
  code: number | null;
  stdout: string;
  /** Milliseconds from the fault to the CLI's exit. */
  afterFault?: number;
}

/** Runs `ingest docs`, calling `fault` once the first file is reported written. */
function ingest(args: string[], fault?: () => void): Promise<Run> {
  return new Promise((done) => {
    let stdout = '';
    let faultAt: number | undefined;
    const child: ChildProcess = execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'ingest', docs, ...args],
      { cwd: root, env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}` } },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (fault && faultAt === undefined && /^created /m.test(stdout)) {
        faultAt = Date.now();
        fault();
      }
    });
    child.on('exit', (code) => {
      // Let the last chunks of stdout arrive.
      setTimeout(() => {
        const run: Run = { code, stdout };
        if (faultAt !== undefined) run.afterFault = Date.now() - faultAt;
        done(run);
      }, 100);
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-ingest-faults-'));
  docs = join(dir, 'docs');
  mkdirSync(docs);
  // Small synthetic plans (bench/corpus): quick to parse, so the run is mostly writes. The
  // generator reuses numbers across its made-up provinces, which the registry does not know, so
  // two of them can get one id (and the second is refused as a truncated copy): one per number.
  const numbers = new Set<string>();
  for (const d of generateCascade({ documents: 120, seed: 1 })) {
    const number = d.file.split('_')[2] ?? d.file;
    if (numbers.has(number) || numbers.size === 80) continue;
    numbers.add(number);
    writeFileSync(join(docs, `${d.file}.txt`), d.text);
  }
  files = readdirSync(docs).map((f) => join(docs, f));
  port = await freePort();
  await start();
}, 240_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The files the run reported done and the ones it listed as left: every file, once. */
function accounted(run: Run): { done: string[]; left: string[] } {
  const lines = run.stdout.split('\n');
  const done = lines
    .map((l) => /^(?:created|updated|unchanged|FAIL)\s+(.+?): /.exec(l)?.[1])
    .filter((f): f is string => f !== undefined);
  const left = lines
    .map((l) => /^left\s+(.+)$/.exec(l)?.[1])
    .filter((f): f is string => f !== undefined);
  return { done, left };
}

describe('Neo4j lost mid-ingest', { timeout: 600_000 }, () => {
  it('killed at batch 20: the run stops within seconds and lists the files left', async () => {
    const pid = server!.pid;
    // With a worker preparing the files: batches prepared ahead are dropped, their files left.
    const run = await ingest(['--batch', '20', '--workers', '1'], () =>
      process.kill(pid, 'SIGKILL'),
    );
    expect(run.code).toBe(1);
    expect(run.afterFault).toBeLessThan(15_000);
    expect(run.stdout).toMatch(/stopped: database lost/);
    const { done, left } = accounted(run);
    expect(left.length).toBeGreaterThan(0);
    expect([...done, ...left].sort()).toEqual([...files].sort());
    expect(run.stdout).toContain(
      `${done.length} of ${files.length} files done, ${left.length} left`,
    );
  });

  it('stopped at batch 1: the same, and a re-run once it is back completes', async () => {
    await start();
    const running = server!;
    const run = await ingest(['--batch', '1'], () => void running.stop());
    expect(run.code).toBe(1);
    expect(run.afterFault).toBeLessThan(15_000);
    const { done, left } = accounted(run);
    expect(left.length).toBeGreaterThan(0);
    expect([...done, ...left].sort()).toEqual([...files].sort());

    await running.stop();
    await start();
    const again = await ingest([]);
    expect(again.stdout).not.toMatch(/^left /m);
    expect(again.code, again.stdout).toBe(0);
    const finished = accounted(again);
    expect(finished.done.sort()).toEqual([...files].sort());
    // What the stopped runs wrote is found unchanged; what they left is written now.
    expect(again.stdout).toMatch(/^unchanged /m);
    expect(again.stdout).toMatch(/^created /m);
  });
});
