/**
 * The project's own Neo4j 5: the embedded community DBMS resolved from Maven Central by
 * `db/pom.xml` and started by `db/src/Launcher.java` with only Bolt, on 127.0.0.1, auth off.
 * This module installs it (Maven + javac), starts it as a child or a detached daemon, and stops it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { repoRoot } from '../paths.ts';

const dbDir = resolve(repoRoot, 'db');
const classpathFile = join(dbDir, 'target', 'classpath.txt');
const classesDir = join(dbDir, 'target', 'classes');
const launcherSource = join(dbDir, 'src', 'Launcher.java');
const launcherClass = join(classesDir, 'Launcher.class');
const pomFile = join(dbDir, 'pom.xml');

/** Neo4j 5.26 needs these on Java 17+ (netty and the page cache reach into JDK internals). */
const JVM_OPENS = [
  'java.base/java.nio',
  'java.base/java.lang',
  'java.base/java.io',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
].map((m) => `--add-opens=${m}=ALL-UNNAMED`);

/** Runs neo4j-admin (`org.neo4j.cli.AdminTool`, on the server's own classpath) on a data folder:
 *  its exit status and what it printed. */
export function runNeo4jAdmin(home: string, args: string[]): { status: number; output: string } {
  const result = spawnSync(
    javaBin('java'),
    [
      ...JVM_OPENS,
      '-cp',
      readFileSync(classpathFile, 'utf8').trim(),
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home } },
  );
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function javaBin(tool: 'java' | 'javac'): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', tool) : tool;
}

/** Major version of the Java that will run Neo4j; throws a clear error when missing or too old. */
export function checkJava(): number {
  const result = spawnSync(javaBin('java'), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Java 17+ not found on PATH (or JAVA_HOME): install a JDK 17 or 21, e.g. `apt-get install openjdk-17-jdk-headless`',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jError(
      `Java 17+ is required to run Neo4j 5, found: ${result.stderr.split('\n')[0]}`,
    );
  }
  return major;
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Maven 3.8+ not found on PATH: it resolves Neo4j from Maven Central (e.g. `apt-get install maven`)',
    );
  }
}

function newer(a: string, b: string): boolean {
  return statSync(a).mtimeMs > statSync(b).mtimeMs;
}

function classpathReady(): boolean {
  return existsSync(classpathFile) && !newer(pomFile, classpathFile);
}

function launcherReady(): boolean {
  return existsSync(launcherClass) && !newer(launcherSource, launcherClass);
}

/** Resolves the Neo4j jars from Maven Central and compiles the launcher; a no-op when up to date. */
export function installLocalNeo4j(log: (line: string) => void = () => {}): void {
  checkJava();
  if (!classpathReady()) {
    checkMaven();
    log('Resolving Neo4j from Maven Central (first run only)…');
    const mvn = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        pomFile,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${classpathFile}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (mvn.status !== 0) {
      throw new LocalNeo4jError(`Maven could not resolve Neo4j:\n${mvn.stdout}${mvn.stderr}`);
    }
  }
  if (!launcherReady()) {
    log('Compiling the Neo4j launcher…');
    mkdirSync(classesDir, { recursive: true });
    const javac = spawnSync(
      javaBin('javac'),
      ['-d', classesDir, '-cp', readFileSync(classpathFile, 'utf8').trim(), launcherSource],
      { encoding: 'utf8' },
    );
    if (javac.status !== 0) {
      throw new LocalNeo4jError(`javac failed on ${launcherSource}:\n${javac.stderr}`);
    }
  }
}

export interface StartOptions {
  /** Data directory (one JVM per directory: Neo4j locks its store). */
  home: string;
  port: number;
  heapMb: number;
  pageCacheMb?: number;
  /** File receiving the launcher's stdout and stderr. */
  logFile: string;
  /**
   * child: dies with this process (the launcher watches our pid);
   * detached: survives us, stopped with `stopLocalNeo4j` (npm run db:stop).
   */
  mode: 'child' | 'detached';
  readyTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** Milliseconds from spawn to the first answered query. */
  startupMs: number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, for isolated test servers. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolveUse) => {
    const server = createServer();
    server.once('error', () => resolveUse(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveUse(false)));
  });
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * The optimising compiler's inlining, narrowed (JDK 17's defaults: MaxInlineLevel 15,
 * FreqInlineSize 325, InlineSmallCode 2500). A fresh server's C2 compiler was its largest cost
 * while an ingest warms it (41 s of CPU over the first 10,000 documents, more than the Bolt
 * workers' 40 s, on 2 cores shared with Node); with these 18.6 s, the Bolt workers' 38.6 s
 * unchanged (docs/operations.md, "Ingest rate": "The compiler's inlining").
 */
export const NARROW_INLINING = [
  '-XX:MaxInlineLevel=6',
  '-XX:FreqInlineSize=100',
  '-XX:InlineSmallCode=1000',
] as const;

/** NEO4J_JIT's values: the narrowed inlining (unset or `narrow`), the JVM's own defaults
 *  (`jvm`, to compare), or its quick compiler only (`c1`: no compiling cost, code about twice as
 *  slow, even over 10,000 documents). */
const JIT_CHOICES = new Map<string, readonly string[]>([
  ['narrow', NARROW_INLINING],
  ['jvm', []],
  ['c1', ['-XX:TieredStopAtLevel=1']],
]);

/** The JIT flags of the local server's JVM (NEO4J_JIT; see JIT_CHOICES). */
export function jitOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  const choice = env.NEO4J_JIT ?? 'narrow';
  const flags = JIT_CHOICES.get(choice);
  if (!flags)
    throw new LocalNeo4jError(
      `NEO4J_JIT=${choice} is not one of ${[...JIT_CHOICES.keys()].join(', ')}`,
    );
  return [...flags];
}

/**
 * The heap, collected by the serial collector (one thread: on 2 cores shared with Node a
 * parallel one only adds contention), with half of it the young generation from the start. An
 * ingest allocates short-lived objects per statement (decoded rows, transaction state); with the
 * JVM's default young generation (a third of a heap that started at 256 MiB) the server spent
 * 0.66 ms of GC per document written, with half the heap 0.24 (docs/operations.md,
 * "Ingest rate"). The cost: the young generation's pages are touched, so the process's memory
 * grows to about the whole heap sooner.
 */
export function heapOptions(heapMb: number): string[] {
  return [`-Xms${heapMb}m`, `-Xmx${heapMb}m`, `-Xmn${Math.floor(heapMb / 2)}m`, '-XX:+UseSerialGC'];
}

/**
 * Extra JVM flags (NEO4J_JVM_OPTS, space-separated) and Neo4j settings (NEO4J_CONFIG,
 * `name=value` separated by spaces or commas) for the local server: how the server's CPU per
 * document was compared setting by setting (docs/operations.md, "Ingest rate").
 */
export function extraServerOptions(env: NodeJS.ProcessEnv = process.env): {
  jvm: string[];
  config: string[];
} {
  const split = (v: string | undefined, by: RegExp): string[] =>
    (v ?? '').split(by).filter((x) => x.length > 0);
  return {
    jvm: split(env.NEO4J_JVM_OPTS, /\s+/),
    config: split(env.NEO4J_CONFIG, /[\s,]+/).flatMap((kv) => ['--config', kv]),
  };
}

export async function startLocalNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  installLocalNeo4j();
  if (await portInUse(options.port)) {
    throw new LocalNeo4jError(
      `port ${options.port} on 127.0.0.1 is already in use: stop what runs there, set NEO4J_LOCAL_PORT, or point NEO4J_URI at that server`,
    );
  }
  mkdirSync(options.home, { recursive: true });
  writeFileSync(options.logFile, '');
  const out = openSync(options.logFile, 'a');
  const args = [
    ...heapOptions(options.heapMb),
    ...jitOptions(),
    ...extraServerOptions().jvm,
    ...JVM_OPENS,
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${classesDir}:${readFileSync(classpathFile, 'utf8').trim()}`,
    'Launcher',
    '--home',
    options.home,
    '--port',
    String(options.port),
    '--pagecache-mb',
    String(options.pageCacheMb ?? 128),
    ...(options.mode === 'child' ? ['--parent-pid', String(process.pid)] : []),
    ...extraServerOptions().config,
  ];
  const started = Date.now();
  const child: ChildProcess = spawn(javaBin('java'), args, {
    stdio: ['ignore', out, out],
    detached: options.mode === 'detached',
  });
  closeSync(out);
  if (options.mode === 'detached') child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('could not spawn java');

  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  const deadline = started + (options.readyTimeoutMs ?? 180_000);
  const uri = `bolt://127.0.0.1:${options.port}`;
  for (;;) {
    if (readFileSync(options.logFile, 'utf8').includes('READY bolt://')) break;
    if (exitCode !== null) {
      throw new LocalNeo4jError(
        `Neo4j exited with code ${exitCode} before it was ready; log ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGTERM');
      throw new LocalNeo4jError(
        `Neo4j was not ready within ${Math.round((deadline - started) / 1000)} s; log ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startupMs = Date.now() - started;
  return {
    uri,
    pid,
    startupMs,
    stop: () => stopProcess(pid),
  };
}

/** Whether a process of that pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (the launcher's shutdown hook closes the store cleanly), SIGKILL after 30 s. */
export async function stopProcess(pid: number, timeoutMs = 30_000): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}
