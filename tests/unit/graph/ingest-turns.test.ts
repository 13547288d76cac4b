import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, ingestFiles } from '../../../src/graph/ingest.ts';
import { loadRegistry } from '../../../src/orgs/index.ts';

const dir = join(import.meta.dirname, '../../../seed/documents');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(dir, f));

/** Event-loop turns taken while `files` are planned without a database, in batches of `batchSize`. */
async function turnsWhilePlanning(batchSize: number): Promise<number> {
  const env = createEnvironment(loadRegistry());
  let turns = 0;
  let counting = true;
  const tick = (): void => {
    if (!counting) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  // Without a database every file is read, parsed and planned only (reading and parsing are
  // synchronous, so only an explicit turn lets the loop run between them).
  const summary = await ingestFiles(null, env, files, { batchSize, workers: 0 });
  counting = false;
  expect(summary.reports.map((r) => [r.file, r.outcome])).toEqual(files.map((f) => [f, 'planned']));
  return turns;
}

describe('ingestFiles preparing on the main thread', () => {
  it('gives the event loop a turn between the files of a batch, so the answers of the batches being written are read while the next batch is prepared', async () => {
    // Batches of 20: the first is a fifth of it, 4 files, all the seeds: a turn between each.
    expect(await turnsWhilePlanning(20)).toBe(files.length - 1);
  });

  it('makes the first batch a fifth of the others, so the database starts on it while the next is prepared', async () => {
    // Batches of 5: the first of 1 file, then the 3 others (2 turns between them).
    expect(files).toHaveLength(4);
    expect(await turnsWhilePlanning(5)).toBe(2);
  });
});
