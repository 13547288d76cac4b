/**
 * Worker threads that prepare an ingest's files (prepare-worker.ts), so the main thread only
 * drives the writes. A piscina pool, one per ingestFiles run; each worker rebuilds the run's
 * environment from its registry (structured clone of plain data).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentMeta, Registry } from '../orgs/index.ts';
import type { FilePrepared } from './prepare.ts';

/** One file for a worker; `id` names it in the page messages. */
export interface PrepareTask {
  id: number;
  file: string;
  meta?: DocumentMeta;
  /** Post page progress (PageMessage) while a long file is read. */
  pages: boolean;
  keepIn?: string;
}

/** A long file's progress, posted by a worker on its parent port. */
export interface PageMessage {
  page: number;
  done: number;
  total: number;
}

/** Below this many files a run prepares on the main thread: a worker's start (loading the
 *  parser and planner, rebuilding the registry's indexes: ~X ms) costs more than it takes off
 *  the main thread (~4-5 ms a document). Measured: docs/operations.md "Preparation in workers". */
export const WORKER_MIN_FILES = 100;

/** Workers for a run of `files` files when ingestFiles is not told: one, when there are two
 *  cores or more and enough files; none otherwise. One is enough: the main thread's writes and
 *  Neo4j share the other core. */
export function defaultWorkers(files: number, cores = availableParallelism()): number {
  return cores >= 2 && files >= WORKER_MIN_FILES ? 1 : 0;
}

const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './prepare-worker.ts' : './prepare-worker.js',
  import.meta.url,
);

/** The worker runs TypeScript through tsx: a process started by tsx passes its loader on (the
 *  worker inherits execArgv); one that is not (vitest's workers) gets it added. */
function loaderArgs(): string[] {
  if (!WORKER_URL.pathname.endsWith('.ts')) return [];
  if (process.execArgv.some((a) => a.includes('tsx'))) return [];
  const loader = createRequire(import.meta.url).resolve('tsx');
  return [...process.execArgv, '--import', pathToFileURL(loader).href];
}

export interface PreparePool {
  prepare(task: PrepareTask, onPage?: (done: number, total: number) => void): Promise<FilePrepared | { error: string }>;
  close(): Promise<void>;
}

export function createPreparePool(registry: Registry, workers: number): PreparePool {
  const execArgv = loaderArgs();
  const pool = new Piscina<PrepareTask, FilePrepared | { error: string }>({
    filename: WORKER_URL.href,
    minThreads: workers,
    maxThreads: workers,
    // Tasks wait in the pool's queue: ingestFiles submits a few batches ahead.
    maxQueue: Infinity,
    idleTimeout: Infinity,
    workerData: { registry },
    ...(execArgv.length > 0 ? { execArgv } : {}),
  });
  const pages = new Map<number, (done: number, total: number) => void>();
  pool.on('message', (m: PageMessage) => pages.get(m.page)?.(m.done, m.total));
  return {
    async prepare(task, onPage) {
      if (onPage) pages.set(task.id, onPage);
      try {
        return await pool.run(task);
      } catch (e) {
        // The worker died holding this file (out of memory, a crash): the file fails, the pool
        // starts another worker and the run goes on.
        const why = e instanceof Error ? e.message : String(e);
        return { error: `the worker preparing it stopped (${why}): not written` };
      } finally {
        pages.delete(task.id);
      }
    },
    close: () => pool.destroy(),
  };
}
