/**
 * Worker threads that prepare an ingest's files (prepare-worker.ts), so the main thread only
 * drives the writes. A piscina pool, one per ingestFiles run; each worker rebuilds the run's
 * environment from its registry (structured clone of plain data).
 */
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentMeta, Registry } from '../orgs/index.ts';
import type { FilePrepared } from './prepare.ts';

/** One file for a worker (the pool routes its pages and answer by a key of its own, unique
 *  across batches). */
export interface PrepareTask {
  file: string;
  meta?: DocumentMeta;
  /** Post page progress (WorkerMessage) while a long file is read. */
  pages: boolean;
  keepIn?: string;
}

/**
 * What a worker is given: the files asked for in one turn of the main thread (a batch of an
 * ingest's files), each under the pool's own key. The worker prepares them one after the other
 * and posts each answer as it is ready, so it never waits for the main thread between two files
 * (a task a file cost a round trip through the main thread's event loop each: 5–6 s of a
 * 30-second steady state lost while the main thread packed a batch's statements;
 * docs/operations.md, "Ingest rate").
 */
export interface PrepareBatch {
  files: { key: number; task: PrepareTask }[];
}

/** Messages a worker posts on its parent port, in order: a long file's pages, then its answer. */
export type WorkerMessage =
  | { key: number; page: { done: number; total: number } }
  | { key: number; prepared: FilePrepared | { error: string } };

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

/** A file asked for and not answered yet. */
interface Pending {
  task: PrepareTask;
  onPage?: (done: number, total: number) => void;
  resolve: (answer: FilePrepared | { error: string }) => void;
}

export function createPreparePool(registry: Registry, workers: number): PreparePool {
  const pool = new Piscina<PrepareBatch | 'prime', null>({
    filename: WORKER_FILE,
    minThreads: workers,
    maxThreads: workers,
    // Batches wait in the pool's queue: ingestFiles submits a few ahead.
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
  const pending = new Map<number, Pending>();
  let nextKey = 0;
  // A file's pages and its answer come on the same port, in the order the worker posted them.
  pool.on('message', (m: WorkerMessage) => {
    const p = pending.get(m.key);
    if (!p) return;
    if ('page' in m) p.onPage?.(m.page.done, m.page.total);
    else {
      pending.delete(m.key);
      p.resolve(m.prepared);
    }
  });

  /** Runs a batch. When its worker dies (out of memory, a crash), the file it held fails and the
   *  files after it go to the pool's next worker. */
  async function run(keys: readonly number[]): Promise<void> {
    const files = keys.flatMap((key) => {
      const p = pending.get(key);
      return p ? [{ key, task: p.task }] : [];
    });
    try {
      await pool.run({ files });
    } catch (e) {
      // Answers the worker posted before it died may still be on their way.
      await setImmediate();
      const [held, ...after] = keys.filter((key) => pending.has(key));
      if (held === undefined) return;
      const why = e instanceof Error ? e.message : String(e);
      pending
        .get(held)
        ?.resolve({ error: `the worker preparing it stopped (${why}): not written` });
      pending.delete(held);
      if (after.length > 0) await run(after);
    }
  }

  // The files asked for in one turn of the event loop go to a worker as one batch.
  let gathering: number[] | undefined;
  function ask(key: number): void {
    if (gathering) {
      gathering.push(key);
      return;
    }
    const batch = [key];
    gathering = batch;
    queueMicrotask(() => {
      gathering = undefined;
      void run(batch);
    });
  }

  return {
    ready: () => primed,
    prepare(task, onPage) {
      return new Promise((resolve) => {
        const key = nextKey++;
        pending.set(key, { task, ...(onPage ? { onPage } : {}), resolve });
        ask(key);
      });
    },
    close: () => pool.destroy(),
  };
}
