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
import type { PageMessage, PrepareAnswer, PrepareTask } from './prepare-pool.ts';

const env = createEnvironment((workerData as { registry: Registry }).registry);

/** Test hook: a file whose name ends with this makes the worker exit while it holds it, as a
 *  crash would (tests/integration/ingest-workers.test.ts). */
const exitOn = process.env.INGEST_TEST_WORKER_EXIT_ON;

export default async function prepare(task: PrepareTask | 'prime'): Promise<PrepareAnswer | null> {
  if (task === 'prime') {
    primeEnvironment(env);
    return null;
  }
  if (exitOn && task.file.endsWith(exitOn)) process.exit(70);
  const options: IngestPrepareOptions = {
    ...(task.meta ? { meta: task.meta } : {}),
    ...(task.keepIn ? { keepIn: task.keepIn } : {}),
  };
  let pages = 0;
  if (task.pages)
    options.onPage = (done, total) => {
      pages++;
      parentPort?.postMessage({ page: task.id, done, total } satisfies PageMessage);
    };
  const prepared = await prepareForIngest(env, task.file, options);
  return { prepared, pages };
}
