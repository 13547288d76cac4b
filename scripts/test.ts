/**
 * npm test — self-contained: type-check, codegen freshness, lint and format checks, then every
 * vitest suite against a real Neo4j. Unless NEO4J_URI is given it starts an isolated server
 * (its own free port, a temporary data folder) and stops it afterwards — on success, failure,
 * Ctrl-C or SIGTERM. Extra arguments go to vitest (e.g. `npm test -- tests/unit/parse`, or
 * `npm test -- --project integration` for one of the two projects of vitest.config.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  installLocalNeo4j,
  startLocalNeo4j,
  type RunningNeo4j,
} from '../src/db/local-neo4j.ts';
import { repoRoot } from '../src/paths.ts';

const vitestArgs = process.argv.slice(2);
let server: RunningNeo4j | undefined;
let starting: Promise<string> | undefined;
let dataDir: string | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    // A failure in the static checks can come while the server is still starting: wait for it.
    await starting?.catch(() => {});
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the test Neo4j…`);
    void cleanup().then(() => process.exit(130));
  });
}

function run(label: string, command: string, args: string[], env = process.env): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`✓ ${label} (${seconds} s)`);
        resolveRun();
      } else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

const bin = (name: string): string => join(repoRoot, 'node_modules', '.bin', name);

async function startTestNeo4j(): Promise<string> {
  if (process.env.NEO4J_URI) {
    console.log(`Using NEO4J_URI=${process.env.NEO4J_URI} (the tests wipe its database)`);
    return process.env.NEO4J_URI;
  }
  installLocalNeo4j((line) => console.log(line));
  dataDir = mkdtempSync(join(tmpdir(), 'directive-graph-test-'));
  const port = await freePort();
  server = await startLocalNeo4j({
    home: dataDir,
    port,
    heapMb: 768,
    pageCacheMb: 64,
    logFile: join(dataDir, 'launcher.log'),
    mode: 'child',
  });
  console.log(`✓ test Neo4j at ${server.uri} (${(server.startupMs / 1000).toFixed(1)} s)`);
  return server.uri;
}

async function main(): Promise<void> {
  // Start the database while the static checks run: they need no server.
  const neo4j = startTestNeo4j();
  starting = neo4j;
  neo4j.catch(() => {});
  await run('type-check', bin('tsc'), ['--noEmit', '-p', '.']);
  await run('type-check (web app)', bin('tsc'), ['--noEmit', '-p', 'web']);
  await run('codegen is up to date', bin('graphql-codegen'), [
    '--config',
    'codegen.ts',
    '--check',
    '--silent',
  ]);
  await run('lint', bin('eslint'), ['.', '--max-warnings=0']);
  await run('layering (lint:deps)', 'npm', ['run', '-s', 'lint:deps']);
  await run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
  const uri = await neo4j;
  await run('vitest', bin('vitest'), ['run', ...vitestArgs], {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
}

main()
  .then(cleanup)
  .then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
      await cleanup();
      process.exit(1);
    },
  );
