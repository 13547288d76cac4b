/**
 * Worker threads that prepare an ingest's files (prepare-worker.ts), so the main thread only
 * drives the writes. A piscina pool, one per ingestFiles run; each worker rebuilds the run's
 * environment from its registry (structured clone of plain data).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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

/** A worker's answer: the file prepared, and how many page messages it posted for it. */
export interface PrepareAnswer {
  prepared: FilePrepared | { error: string };
  pages: number;
}

/** A long file's progress, posted by a worker on its parent port. */
export interface PageMessage {
  page: number;
  done: number;
  total: number;
}

/** Below this many files a run prepares on the main thread: a worker's start (loading the
 *  parser and planner through tsx, rebuilding the registry's indexes) takes 2.4-3.5 s and 1 s of
 *  CPU, what the main thread spends preparing some 500 documents (~5 ms each). Measured:
 *  docs/operations.md "Preparation in worker threads". */
export const WORKER_MIN_FILES = 500;

/** Workers for a run of `files` files when ingestFiles is not told: one, when there are two
 *  cores or more and enough files; none otherwise. One is enough: the main thread's writes and
 *  Neo4j share the other core. */
export function defaultWorkers(files: number, cores = availableParallelism()): number {
  return cores >= 2 && files >= WORKER_MIN_FILES ? 1 : 0;
}

/** A path, not a URL: piscina tries `require` first, then `import` of the path's URL. */
const WORKER_FILE = fileURLToPath(new URL('./prepare-worker-boot.mjs', import.meta.url));

export interface PreparePool {
  /** True once every worker has loaded and built its environment: until then a run prepares on
   *  the main thread (a worker's start takes seconds: WORKER_MIN_FILES). */
  ready(): boolean;
  prepare(
    task: PrepareTask,
    onPage?: (done: number, total: number) => void,
  ): Promise<FilePrepared | { error: string }>;
  close(): Promise<void>;
}

/** A file's page progress: the callback, the pages seen, and who waits for the last ones. */
interface Progress {
  onPage: (done: number, total: number) => void;
  seen: number;
  waiting?: () => void;
}

export function createPreparePool(registry: Registry, workers: number): PreparePool {
  const pool = new Piscina<PrepareTask | 'prime', PrepareAnswer | null>({
    filename: WORKER_FILE,
    minThreads: workers,
    maxThreads: workers,
    // Tasks wait in the pool's queue: ingestFiles submits a few batches ahead.
    maxQueue: Infinity,
    idleTimeout: Infinity,
    workerData: { registry },
  });
  // One prime task a worker (loads the parser, builds the resolver) before the run uses the pool;
  // a pool whose workers cannot start is never ready and the run prepares on the main thread.
  let primed = false;
  void Promise.all(Array.from({ length: workers }, () => pool.run('prime'))).then(
    () => {
      primed = true;
    },
    () => undefined,
  );
  const pages = new Map<number, Progress>();
  pool.on('message', (m: PageMessage) => {
    const p = pages.get(m.page);
    if (!p) return;
    p.seen++;
    p.onPage(m.done, m.total);
    p.waiting?.();
  });
  return {
    ready: () => primed,
    async prepare(task, onPage) {
      const progress: Progress | undefined = onPage ? { onPage, seen: 0 } : undefined;
      if (progress) pages.set(task.id, progress);
      try {
        const answer = (await pool.run(task)) as PrepareAnswer;
        // Page messages travel apart from the answer: wait for the last ones, so every page is
        // shown before the file's report.
        if (progress && progress.seen < answer.pages) {
          await new Promise<void>((resolve) => {
            progress.waiting = () => {
              if (progress.seen >= answer.pages) resolve();
            };
          });
        }
        return answer.prepared;
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
