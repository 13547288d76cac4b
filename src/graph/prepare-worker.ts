/**
 * A worker of prepare-pool.ts: prepares files (read → parse → plan) off the main thread, with an
 * environment rebuilt from the registry the pool was given (workerData), exactly as
 * createEnvironment builds it on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Registry } from '../orgs/index.ts';
import {
  createEnvironment,
  prepareForIngest,
  primeEnvironment,
  type IngestPrepareOptions,
} from './prepare.ts';
import type { PrepareBatch, WorkerMessage } from './prepare-pool.ts';

const env = createEnvironment((workerData as { registry: Registry }).registry);

/** Test hook: a file whose name ends with this makes the worker exit while it holds it, as a
 *  crash would (tests/integration/ingest-workers.test.ts). */
const exitOn = process.env.INGEST_TEST_WORKER_EXIT_ON;

export default async function prepare(task: PrepareBatch | 'prime'): Promise<null> {
  if (task === 'prime') {
    primeEnvironment(env);
    return null;
  }
  for (const { key, task: file } of task.files) {
    if (exitOn && file.file.endsWith(exitOn)) process.exit(70);
    const options: IngestPrepareOptions = {
      ...(file.meta ? { meta: file.meta } : {}),
      ...(file.keepIn ? { keepIn: file.keepIn } : {}),
    };
    if (file.pages)
      options.onPage = (done, total) => {
        parentPort?.postMessage({ key, page: { done, total } } satisfies WorkerMessage);
      };
    const prepared = await prepareForIngest(env, file.file, options);
    parentPort?.postMessage({ key, prepared } satisfies WorkerMessage);
  }
  return null;
}
