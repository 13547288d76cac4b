/**
 * `npx tsx bench/ingest-workers.ts [-- --documents 2000 --rounds 4 --batch 50 --concurrency 2]`:
 * an ingest with its files prepared on the main thread (workers 0) against one worker
 * (src/graph/prepare-pool.ts), rounds alternated (0, 1, 1, 0, …) on one server so the machine's
 * load and the server's warming fall on both alike. Each round empties the graph and ingests the
 * cascade's first documents. Per document: Node's main thread CPU (/proc/self/task/<pid>/stat),
 * Node's whole process (process.cpuUsage: the worker included), the server's CPU, and the rate.
 * Also a worker's start-up: from the pool's creation to its first file prepared.
 * Writes nothing in the repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { createPreparePool } from '../src/graph/prepare-pool.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { cachedCorpus } from './corpus-cache.ts';
import { cascadeRegistries } from './scale-db.ts';
import { emptyGraph, openBenchDatabase, option } from './setup.ts';
import { mainThreadCpu, ownCpu, processCpu } from './proc-cpu.ts';

const documents = option('documents', 2000);
const rounds = option('rounds', 4);
const batchSize = option('batch', 50);
const concurrency = option('concurrency', 2);
const seed = option('seed', 1);
const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const corpus = cachedCorpus(documents, seed, log);
  const files = corpus.files.slice(0, documents);
  const registry = cascadeRegistries(loadRegistry(), documents, seed)(documents);
  const env = createEnvironment(registry);

  // A worker's start: loading the parser and planner, rebuilding the registry's indexes.
  for (let i = 0; i < 2; i++) {
    const w = performance.now();
    const c = ownCpu();
    const m = mainThreadCpu();
    const pool = createPreparePool(registry, 1);
    await pool.prepare({ file: files[0] as string, pages: false });
    log(
      `worker start-up and first file: ${(performance.now() - w).toFixed(0)} ms, process CPU ${((ownCpu() - c) * 1000).toFixed(0)} ms (main thread ${((mainThreadCpu() - m) * 1000).toFixed(0)} ms)`,
    );
    await pool.close();
  }

  const work = mkdtempSync(join(tmpdir(), 'directive-graph-ingest-workers-'));
  const db = await openBenchDatabase(work, undefined, {
    heapMb: option('heap-mb', 1024),
    pageCacheMb: option('page-cache-mb', 1024),
  });
  const pid = db.server?.pid;
  const serverCpu = (): number => (pid ? processCpu(pid) : 0);
  try {
    for (let round = 0; round < rounds; round++) {
      const workers = [0, 1, 1, 0][round % 4] as number;
      await emptyGraph(db);
      let w = 0;
      let m = 0;
      let c = 0;
      let s = 0;
      let done = 0;
      // From the first document written: the registry's sync before it is the same for both.
      const summary = await ingestFiles({ driver: db.driver, database: db.database }, env, files, {
        workers,
        batchSize,
        concurrency,
        onReport: () => {
          if (done++ > 0) return;
          w = performance.now();
          m = mainThreadCpu();
          c = ownCpu();
          s = serverCpu();
        },
      });
      const n = files.length - 1;
      const per = (x: number): string => ((x * 1000) / n).toFixed(2);
      log(
        `round ${round + 1}, workers ${workers}: ${(n / ((performance.now() - w) / 1000)).toFixed(0)} documents/s; CPU ms/doc: Node main thread ${per(mainThreadCpu() - m)}, Node in all ${per(ownCpu() - c)}, server ${per(serverCpu() - s)}; ${summary.failed} failed`,
      );
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
