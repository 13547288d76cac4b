/**
 * What the benchmarks share: the synthetic cascade written to disk with its registry, and a
 * Neo4j of their own (temporary folder, free port) unless NEO4J_URI is set — never the project's
 * `.neo4j` data.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/db/driver.ts';
import { freePort, startLocalNeo4j, type RunningNeo4j } from '../src/db/local-neo4j.ts';
import { runMigrations } from '../src/db/migrations.ts';
import { defaultRegistryDir } from '../src/orgs/index.ts';
import { cascadeRegistryYaml, generateCascade } from './corpus/generate.ts';

export interface CorpusOnDisk {
  files: string[];
  /** seed/orgs plus the corpus's provinces, districts and communes: loadRegistry(orgsDir). */
  orgsDir: string;
  bytes: number;
  generatedIn: number;
}

export function writeCorpus(work: string, documents: number, seed: number): CorpusOnDisk {
  const started = Date.now();
  const docs = join(work, 'documents');
  const orgsDir = join(work, 'orgs');
  mkdirSync(docs);
  mkdirSync(orgsDir);
  for (const f of readdirSync(defaultRegistryDir))
    copyFileSync(join(defaultRegistryDir, f), join(orgsDir, f));
  writeFileSync(join(orgsDir, 'zz-synthetic.yaml'), cascadeRegistryYaml({ documents, seed }));
  const files: string[] = [];
  let bytes = 0;
  for (const d of generateCascade({ documents, seed })) {
    const file = join(docs, d.file.endsWith('.txt') ? d.file : `${d.file}.txt`);
    writeFileSync(file, d.text);
    if (d.meta) writeFileSync(file.replace(/\.txt$/, '.meta.yaml'), d.meta);
    files.push(file);
    bytes += Buffer.byteLength(d.text);
  }
  return { files, orgsDir, bytes, generatedIn: (Date.now() - started) / 1000 };
}

export interface BenchDatabase {
  driver: Driver;
  database: string;
  uri: string;
  /** Set when the benchmark started its own server. */
  server: RunningNeo4j | undefined;
  /** Its memory, when it is the benchmark's own. */
  memory: BenchMemory | undefined;
  close(): Promise<void>;
}

/** The memory of a bench's own server. */
export interface BenchMemory {
  heapMb: number;
  pageCacheMb: number;
}

const DEFAULT_MEMORY: BenchMemory = { heapMb: 2048, pageCacheMb: 1024 };

/** Every node and relationship deleted (the schema kept), 10,000 nodes a transaction: one
 *  transaction for a whole graph of thousands of documents exceeds the server's memory pool. */
export async function emptyGraph(db: BenchDatabase): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function openBenchDatabase(
  work: string,
  /** A server already running (else NEO4J_URI, else one started here). */
  given?: string,
  memory: BenchMemory = DEFAULT_MEMORY,
): Promise<BenchDatabase> {
  let uri = given ?? process.env.NEO4J_URI;
  let server: RunningNeo4j | undefined;
  if (!uri) {
    server = await startLocalNeo4j({
      home: join(work, 'neo4j'),
      port: await freePort(),
      heapMb: memory.heapMb,
      pageCacheMb: memory.pageCacheMb,
      logFile: join(work, 'neo4j.log'),
      mode: 'child',
      // A benchmark runs long on a shared machine: a start there took over 180 s under load 30.
      readyTimeoutMs: 600_000,
    });
    uri = server.uri;
    console.log(`neo4j: own server at ${uri}, ready in ${(server.startupMs / 1000).toFixed(1)} s`);
  }
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  await runMigrations(driver, database);
  return {
    driver,
    database,
    uri,
    server,
    memory: server ? memory : undefined,
    async close() {
      await driver.close();
      await server?.stop();
    },
  };
}

export function dirSize(dir: string): number {
  let size = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    size += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return size;
}

/** `--name <positive integer>` from the command line, or the fallback; exits 2 when malformed. */
export function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} needs a positive integer`);
    process.exit(2);
  }
  return v;
}

/** The environment that changes how the own server runs (local-neo4j.ts), as a results file
 *  names it: ", NEO4J_JIT=c1, NEO4J_JVM_OPTS=…". */
function serverEnv(): string {
  return (['NEO4J_JIT', 'NEO4J_JVM_OPTS', 'NEO4J_CONFIG'] as const)
    .filter((k) => (process.env[k] ?? '') !== '')
    .map((k) => `, ${k}=${process.env[k] ?? ''}`)
    .join('');
}

/** "own server (heap 2 GiB, page cache 1 GiB)", or where the server is. */
export function serverOf(db: BenchDatabase): string {
  const gib = (mb: number): string => `${+(mb / 1024).toFixed(2)} GiB`;
  return db.memory
    ? `own server (heap ${gib(db.memory.heapMb)}, page cache ${gib(db.memory.pageCacheMb)}${serverEnv()})`
    : `at ${db.uri}`;
}

/** The machine and server a result was measured on, for the results file. */
export function describeRun(command: string, db: BenchDatabase): string {
  const cpu = cpus()[0]?.model ?? '?';
  const server = serverOf(db);
  return `Written by \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()[0]?.toFixed(2)} at the end; Node ${process.version}; Neo4j 5.26 ${server}.`;
}

/** Writes bench/results/<name> and prints it. */
export function writeResults(name: string, lines: string[]): void {
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), lines.join('\n'));
  console.log(lines.join('\n'));
}

/** Ingested documents in the database: a benchmark run against NEO4J_URI skips its ingest when
 *  the graph already holds its corpus. */
export async function ingestedDocuments(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (d:Document {status: 'ingested'}) RETURN count(d) AS n",
    {},
    { database },
  );
  return Number(records[0]?.get('n'));
}
