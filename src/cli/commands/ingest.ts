/**
 * `ingest <files or folders> [--dry-run] [--meta <file>] [--batch <n>] [--concurrency <n>]
 * [--workers <n>] [--national] [--replace]`: parse, resolve and write documents into Neo4j (the
 * configured one, else the project's own); --workers sets the threads that read and parse the
 * files (0: the main thread; default 1 from 500 files on two cores or more, else 0);
 * --national brings the national registry of bodies into the graph too;
 * --replace writes a copy with fewer than half the tasks stored for its document (refused as a
 * truncated copy without it). One line per file,
 * a progress bar on a terminal, a summary; exit 1 when any file failed (the others still land).
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { readConfig } from '../../config.ts';
import { INGEST_CONNECT_TIMEOUT_MS, INGEST_RETRY_WINDOW_MS } from '../../db/driver.ts';
import { ensureNeo4j, type Neo4jConnection } from '../../db/ensure.ts';
import { runMigrations } from '../../db/migrations.ts';
import {
  createEnvironment,
  ingestFiles,
  type FileReport,
  type IngestEnvironment,
  type IngestOptions,
  type IngestSummary,
} from '../../graph/ingest.ts';
import { linkLineage } from '../../graph/lineage.ts';
import { recordAudit } from '../../graph/audit.ts';
import { loadRegistry, parseDocumentMeta, type DocumentMeta } from '../../orgs/index.ts';
import { listDocuments, type ListedPaths } from '../../io/list-documents.ts';
import { createOutput, type Output } from '../output.ts';
import { ProgressBar } from '../progress.ts';

export const summary =
  'load documents into the graph: ingest <files or folders> [--dry-run] [--meta <file>] [--national]';

const USAGE =
  'usage: npm run -s cli -- ingest <files or folders> [--dry-run] [--meta <file>] [--batch <n>] [--concurrency <n>] [--workers <n>] [--national] [--replace] [--json]\n';

interface Args {
  paths: string[];
  dryRun: boolean;
  national: boolean;
  replace: boolean;
  json: boolean;
  meta?: string;
  concurrency: number;
  batch: number;
  /** Unset: ingestFiles chooses (defaultWorkers). */
  workers?: number;
}

function parseArgs(args: string[]): Args | string {
  // Documents per transaction: 20 amortises the per-statement cost (≈ 6× faster than one by one)
  // while a failed batch is retried document by document.
  const out: Args = {
    paths: [],
    dryRun: false,
    national: false,
    replace: false,
    json: false,
    concurrency: 1,
    batch: 20,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--dry-run') out.dryRun = true;
    else if (a === '--national') out.national = true;
    else if (a === '--replace') out.replace = true;
    else if (a === '--json') out.json = true;
    else if (a === '--meta' || a === '--concurrency' || a === '--batch' || a === '--workers') {
      const v = args[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--meta') out.meta = v;
      else {
        const n = Number(v);
        const min = a === '--workers' ? 0 : 1;
        const max = a === '--batch' ? 500 : 16;
        if (!Number.isInteger(n) || n < min || n > max)
          return `${a} must be ${min}…${max}, got ${v}`;
        if (a === '--batch') out.batch = n;
        else if (a === '--workers') out.workers = n;
        else out.concurrency = n;
      }
    } else if (a.startsWith('--')) return `unknown option: ${a}`;
    else out.paths.push(a);
  }
  if (out.paths.length === 0) return 'no file or folder given';
  return out;
}

function line(r: FileReport): string {
  if (r.outcome === 'failed') return `FAIL ${r.file}: ${r.error ?? 'unknown error'}`;
  if (r.outcome === 'unchanged') return `unchanged ${r.file}: ${r.documentId ?? ''} (same content)`;
  const what = `${r.documentId ?? ''}, ${r.tasks} tasks, ${r.relationships} relationships`;
  const warn =
    r.warnings.length > 0
      ? `, ${r.warnings.length} warnings (${[...new Set(r.warnings.map((w) => w.code))].join(', ')})`
      : '';
  return `${r.outcome.padEnd(9)} ${r.file}: ${what}${warn}`;
}

/** What the arguments ask of ingestFiles; --workers unset: ingestFiles chooses (defaultWorkers). */
function ingestOptions(
  args: Args,
  meta: DocumentMeta | undefined,
  connected: boolean,
): IngestOptions {
  return {
    dryRun: args.dryRun,
    concurrency: args.concurrency,
    batchSize: args.batch,
    replace: args.replace,
    ...(args.workers !== undefined ? { workers: args.workers } : {}),
    ...(meta ? { meta } : {}),
    ...(connected ? { sourceDir: readConfig().sourceDir } : {}),
  };
}

/** The --meta file's metadata (undefined without one), or 2 when refused (reported). */
function readMeta(file: string | undefined, files: number): DocumentMeta | undefined | 2 {
  if (!file) return undefined;
  if (files !== 1) {
    process.stderr.write('ingest: --meta applies to exactly one document file\n');
    return 2;
  }
  try {
    return parseDocumentMeta(readFileSync(file, 'utf8'), file);
  } catch (e) {
    process.stderr.write(`ingest: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
}

/** ingestFiles with a line per file and the progress bar (files, and pages of long files). */
async function ingestShown(
  connection: Neo4jConnection | undefined,
  env: IngestEnvironment,
  files: readonly string[],
  options: IngestOptions,
  out: Output,
): Promise<IngestSummary> {
  const bar = new ProgressBar(files.length);
  let done = 0;
  let tasks = 0;
  let rels = 0;
  const result = await ingestFiles(
    connection ? { driver: connection.driver, database: connection.database } : null,
    env,
    files,
    {
      ...options,
      onPage: (file, page, pages) => bar.page(done, file, page, pages),
      onReport: (r) => {
        done++;
        tasks += r.tasks;
        rels += r.relationships;
        bar.clear();
        out.emit('file', line(r), {
          file: r.file,
          outcome: r.outcome,
          documentId: r.documentId,
          tasks: r.tasks,
          relationships: r.relationships,
          warnings: r.warnings.map((w) => w.code),
          ...(r.error !== undefined ? { error: r.error } : {}),
        });
        bar.update(done, `${tasks} tasks · ${rels} relationships written`);
      },
    },
  );
  bar.done();
  return result;
}

/** The database went away: the files not written, one a line, and how to finish. */
function reportStopped(
  stopped: NonNullable<IngestSummary['stopped']>,
  files: number,
  out: Output,
): number {
  for (const file of stopped.left) out.emit('left', `left      ${file}`, { file });
  const done = files - stopped.left.length;
  out.emit(
    'stopped',
    `\nstopped: ${stopped.reason}\n${done} of ${files} files done, ${stopped.left.length} left: run the same command again once Neo4j is back (files done are unchanged)`,
    { reason: stopped.reason, done, left: stopped.left.length },
  );
  return 1;
}

/** Paths the walk could not read, and the ones it passed over. */
function reportListed(listed: ListedPaths, out: Output): void {
  for (const p of listed.problems)
    out.emit('problem', `FAIL ${p.path}: ${p.problem}`, { file: p.path, error: p.problem });
  for (const p of listed.skipped)
    out.emit('skipped', `skipped   ${p.path}: ${p.reason}`, { file: p.path, reason: p.reason });
}

/** One audit event for the run: who (the login), which documents were written. */
async function auditIngest(connection: Neo4jConnection, result: IngestSummary): Promise<void> {
  const written = result.reports.filter((r) => r.outcome === 'created' || r.outcome === 'updated');
  if (written.length === 0) return;
  const login = userInfo().username;
  await recordAudit(connection.driver, connection.database, {
    userId: `cli:${login}`,
    userName: login,
    action: 'ingest',
    via: 'cli',
    targets: written.flatMap((r) => (r.documentId ? [r.documentId] : [])),
    detail: `${result.created} created, ${result.updated} updated`,
  });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`ingest: ${args}\n${USAGE}`);
    return 2;
  }
  const listed = listDocuments(args.paths);
  const meta = readMeta(args.meta, listed.files.length);
  if (meta === 2) return 2;
  const out = createOutput(args.json);
  reportListed(listed, out);

  let registry;
  try {
    registry = loadRegistry(undefined, { national: args.national });
  } catch (e) {
    process.stderr.write(`ingest: organization registry: ${(e as Error).message}\n`);
    return 1;
  }
  const env = createEnvironment(registry);

  let connection: Neo4jConnection | undefined;
  const started = Date.now();
  try {
    if (!args.dryRun) {
      connection = await ensureNeo4j(readConfig(), (l) => process.stderr.write(`${l}\n`), 'cli', {
        retryWindowMs: INGEST_RETRY_WINDOW_MS,
        connectTimeoutMs: INGEST_CONNECT_TIMEOUT_MS,
      });
      await runMigrations(connection.driver, connection.database);
    }
    const result = await ingestShown(
      connection,
      env,
      listed.files,
      ingestOptions(args, meta, connection !== undefined),
      out,
    );
    if (result.stopped) return reportStopped(result.stopped, listed.files.length, out);
    if (connection) await auditIngest(connection, result);
    // Lineage down the cascade reads every related document's tasks: once, after the files.
    const lineage =
      connection && result.created + result.updated > 0
        ? await linkLineage(connection.driver, connection.database)
        : null;
    const seconds = (Date.now() - started) / 1000;
    const failed = result.failed + listed.problems.length;
    const parts = args.dryRun
      ? [`${result.reports.length - result.failed} planned (dry run: nothing written)`]
      : [`${result.created} created`, `${result.updated} updated`, `${result.unchanged} unchanged`];
    out.emit(
      'summary',
      `\n${listed.files.length} files: ${[...parts, `${failed} failed`].join(', ')}; ${result.tasks} tasks, ${result.relationships} relationships ${args.dryRun ? 'planned' : 'written'} in ${seconds.toFixed(1)} s` +
        (result.registry && !result.registry.skipped
          ? `; registry: ${result.registry.organizations} organizations synced`
          : '') +
        (lineage !== null ? `; lineage: ${lineage} task links` : ''),
      {
        files: listed.files.length,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        failed,
        tasks: result.tasks,
        relationships: result.relationships,
        seconds,
      },
    );
    return failed > 0 ? 1 : 0;
  } catch (e) {
    process.stderr.write(`ingest: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await connection?.close();
  }
}
