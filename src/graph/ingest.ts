/**
 * The ingest pipeline, top to bottom: file → text (read-document) → ParsedDocument (src/parse,
 * with the resolver of src/orgs) → WritePlan (plan.ts) → one write transaction (write.ts).
 * A file that fails is reported and skipped; the others still land.
 */
import type { Driver } from 'neo4j-driver';
import { setImmediate } from 'node:timers/promises';
import type { DocumentMeta } from '../orgs/index.ts';
import type { Warning } from '../parse/index.ts';
import { DatabaseLostError, isDatabaseLost } from './database-lost.ts';
import type { WritePlan } from './model.ts';
import {
  environmentSource,
  prepareForIngest,
  problemOf,
  type FilePrepared,
  type IngestEnvironment,
} from './prepare.ts';
import { createPreparePool, defaultWorkers, type PreparePool } from './prepare-pool.ts';
import { syncWholeRegistry, type RegistrySyncResult } from './registry-sync.ts';
import { writeDocuments, type WriteOutcome, type WriteResult } from './write.ts';

export {
  createEnvironment,
  IngestError,
  prepareFile,
  prepareText,
  type IngestEnvironment,
  type PreparedDocument,
} from './prepare.ts';

export interface FileReport {
  file: string;
  outcome: WriteOutcome | 'planned' | 'failed';
  documentId?: string;
  number?: string | null;
  tasks: number;
  relationships: number;
  warnings: Warning[];
  error?: string;
  /** Milliseconds spent reading, parsing and planning, and writing. */
  prepareMs?: number;
  writeMs?: number;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Metadata for every file (the CLI's --meta, for a single file). */
  meta?: DocumentMeta;
  /** Batches written at once. */
  concurrency?: number;
  /** Documents per write transaction (a failed batch is retried document by document, so
   *  each document stays all or nothing). Default 1. */
  batchSize?: number;
  onReport?: (report: FileReport) => void;
  /** Pages read of a long file (PDF, scan), as they are read. */
  onPage?: (file: string, done: number, total: number) => void;
  /** The content-addressed folder originals are kept in (src/io/source-store); unset: not kept. */
  sourceDir?: string;
  /** Write copies the guards would refuse as truncated (write-guards.ts). */
  replace?: boolean;
  /** Worker threads that read, parse and plan the files (prepare-pool.ts), so the main thread
   *  only drives the writes; 0 prepares on the main thread. Default: defaultWorkers (1 for a
   *  run of enough files on two cores or more, else 0). */
  workers?: number;
  /** Leave every file to the workers, even while they start (tests of the workers themselves).
   *  Default: the main thread prepares until they are ready. */
  waitForWorkers?: boolean;
}

export interface IngestSummary {
  registry: RegistrySyncResult | null;
  reports: FileReport[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  tasks: number;
  relationships: number;
  /** Set when the database was lost mid-run: the run stopped, these files were not written. */
  stopped?: { reason: string; left: string[] };
}

export async function ingestFiles(
  target: { driver: Driver; database: string } | null,
  env: IngestEnvironment,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    registry: null,
    reports: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    tasks: 0,
    relationships: 0,
  };
  let lost: string | undefined;
  // Workers start (load the parser, rebuild the registry's indexes) while the registry syncs.
  const pool = preparePool(env, files.length, options);
  if (target && !options.dryRun) {
    try {
      summary.registry = await syncWholeRegistry(target.driver, target.database, env.registry);
    } catch (e) {
      if (!isDatabaseLost(e)) {
        await pool?.close();
        throw e;
      }
      lost = new DatabaseLostError(e as Error).message;
    }
  }
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(files.length);
  const record = (index: number, report: FileReport): void => {
    reports[index] = report;
    if (report.outcome === 'failed') summary.failed++;
    else if (report.outcome === 'created') summary.created++;
    else if (report.outcome === 'updated') summary.updated++;
    else if (report.outcome === 'unchanged') summary.unchanged++;
    summary.tasks += report.tasks;
    summary.relationships += report.relationships;
    options.onReport?.(report);
  };
  // Reading and parsing overlap the writes (Neo4j's): the next batch is prepared while up to
  // `concurrency` batches are written.
  const limit = Math.max(1, options.concurrency ?? 1);
  const batches = batchQueue(
    files.length,
    Math.max(1, options.batchSize ?? 1),
    limit,
    pool,
    options.waitForWorkers === true,
    (w, s, e) => prepareBatch(target, env, w, files, s, e, options),
  );
  const writing = new Set<Promise<void>>();
  try {
    while (lost === undefined) {
      const prepared = batches.take();
      if (!prepared) break;
      const batch = await prepared;
      while (writing.size >= limit && lost === undefined) await Promise.race(writing);
      // Once the database is lost no new batch is written; batches under way finish or are lost too.
      if (lost !== undefined) break;
      const write = writeBatchOf(target, batch, options).then((stop) => {
        for (const [i, report] of [...batch.out].sort((a, b) => a[0] - b[0])) record(i, report);
        lost ??= stop;
        writing.delete(write);
      });
      // Handled by the race or the final wait; marked now so a failure during a parse is no
      // unhandled rejection.
      write.catch(() => undefined);
      writing.add(write);
    }
    await Promise.all(writing);
  } finally {
    // Batches prepared ahead of a lost database are dropped (their files are left).
    await pool?.close();
  }
  summary.reports = reports.filter((r): r is FileReport => r !== undefined);
  if (lost !== undefined)
    summary.stopped = { reason: lost, left: files.filter((_, i) => reports[i] === undefined) };
  return summary;
}

/** Files [start, end) read and planned: the failed and dry-run reports in `out`, the rest
 *  `ready` to write. */
interface PreparedBatch {
  out: Map<number, FileReport>;
  ready: { index: number; plan: WritePlan; base: FileReport }[];
}

/**
 * The batches of a run's files in order, prepared ahead of the writes: on the main thread one
 * batch ahead, until the pool's workers are ready (seconds: loading the parser, building the
 * resolver; `waitForWorkers`: the pool from the start), then `limit + 1` ahead, so a write
 * never waits on a parse. The first batch is a fifth of the others: the database starts on it
 * (its statements planned, its code warming) while the next one is prepared.
 */
function batchQueue(
  count: number,
  batchSize: number,
  limit: number,
  pool: PreparePool | undefined,
  waitForWorkers: boolean,
  prepare: (workers: PreparePool | undefined, start: number, end: number) => Promise<PreparedBatch>,
): { take(): Promise<PreparedBatch> | undefined } {
  const queued: Promise<PreparedBatch>[] = [];
  let next = 0;
  return {
    take() {
      while (next < count) {
        const workers = pool && (waitForWorkers || pool.ready()) ? pool : undefined;
        if (queued.length >= (workers ? limit + 1 : 1)) break;
        const end = Math.min(count, next + (next === 0 ? Math.ceil(batchSize / 5) : batchSize));
        queued.push(prepare(workers, next, end));
        next = end;
      }
      return queued.shift();
    },
  };
}

/** The pool for a run, or none: 0 workers asked or chosen, or an environment a worker cannot
 *  rebuild (not made by createEnvironment). */
function preparePool(
  env: IngestEnvironment,
  files: number,
  options: IngestOptions,
): PreparePool | undefined {
  const workers = options.workers ?? defaultWorkers(files);
  const registry = environmentSource(env);
  if (workers < 1 || files === 0 || !registry) return undefined;
  return createPreparePool(registry, workers);
}

async function prepareBatch(
  target: { driver: Driver; database: string } | null,
  env: IngestEnvironment,
  pool: PreparePool | undefined,
  files: readonly string[],
  start: number,
  end: number,
  options: IngestOptions,
): Promise<PreparedBatch> {
  const keepIn = options.sourceDir && !options.dryRun && target ? options.sourceDir : undefined;
  const meta = options.meta;
  const onPage = options.onPage;
  const one = (index: number): Promise<FilePrepared | { error: string }> => {
    const file = files[index] as string;
    const pages = onPage ? (done: number, total: number) => onPage(file, done, total) : undefined;
    if (pool)
      return pool.prepare(
        {
          file,
          pages: pages !== undefined,
          ...(meta ? { meta } : {}),
          ...(keepIn ? { keepIn } : {}),
        },
        pages,
      );
    return prepareForIngest(env, file, {
      ...(meta ? { meta } : {}),
      ...(pages ? { onPage: pages } : {}),
      ...(keepIn ? { keepIn } : {}),
    });
  };
  const indexes = Array.from({ length: end - start }, (_, k) => start + k);
  // Workers take the batch's files at once (the pool queues them); the main thread one by one.
  const results: (FilePrepared | { error: string })[] = [];
  if (pool) results.push(...(await Promise.all(indexes.map(one))));
  else
    for (const index of indexes) {
      // Reading and parsing are synchronous: without a turn of the event loop between files, the
      // answers of the batches being written waited until the whole batch was prepared (a write
      // transaction's BEGIN took 200-450 ms instead of 10-30; docs/operations.md "Ingest rate").
      if (index > start) await setImmediate();
      results.push(await one(index));
    }
  const batch: PreparedBatch = { out: new Map(), ready: [] };
  indexes.forEach((index, k) => {
    const file = files[index] as string;
    const result = results[k] as FilePrepared | { error: string };
    if ('error' in result) {
      batch.out.set(index, failedWith(file, result.error));
      return;
    }
    const { plan } = result;
    const base: FileReport = {
      file,
      outcome: 'planned',
      documentId: plan.document.id,
      number: plan.document.number,
      tasks: plan.tasks.length,
      relationships: result.relationships,
      warnings: result.warnings,
      prepareMs: result.prepareMs,
    };
    if (options.dryRun || !target) batch.out.set(index, base);
    else batch.ready.push({ index, plan, base });
  });
  return batch;
}

/** Writes a prepared batch and adds its reports to `out`. Answers why the
 *  database was lost when it was (those files' writes are then not reported: they are left). */
async function writeBatchOf(
  target: { driver: Driver; database: string } | null,
  batch: PreparedBatch,
  options: IngestOptions,
): Promise<string | undefined> {
  const { out, ready } = batch;
  if (ready.length === 0 || !target) return undefined;
  const t1 = performance.now();
  const results = await writeDocuments(
    target.driver,
    target.database,
    ready.map((r) => r.plan),
    // ingestFiles synced the registry before any batch (a lost database stops the run there).
    { replace: options.replace === true, registrySynced: true },
  );
  const writeMs = (performance.now() - t1) / ready.length;
  let lost: string | undefined;
  ready.forEach((r, k) => {
    const result = results[k];
    if (result instanceof DatabaseLostError) {
      lost = result.message;
      return;
    }
    out.set(r.index, written(r.base, result, writeMs));
  });
  return lost;
}

/** A planned file's report once its write answered. */
function written(
  base: FileReport,
  result: WriteResult | Error | undefined,
  writeMs: number,
): FileReport {
  if (!result || result instanceof Error)
    return failed(base.file, result ?? new Error('no write result'));
  const unchanged = result.outcome === 'unchanged';
  return {
    ...base,
    outcome: result.outcome,
    tasks: unchanged ? 0 : base.tasks,
    relationships: unchanged ? 0 : base.relationships,
    writeMs,
  };
}

function failed(file: string, e: unknown): FileReport {
  return failedWith(file, problemOf(e));
}

function failedWith(file: string, error: string): FileReport {
  return { file, outcome: 'failed', tasks: 0, relationships: 0, warnings: [], error };
}
