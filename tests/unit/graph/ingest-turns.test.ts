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

describe('ingestFiles preparing a batch', () => {
  it('gives the event loop a turn between files, so the answers of the batches being written are read while the next batch is prepared', async () => {
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
    const summary = await ingestFiles(null, env, files, { batchSize: files.length });
    counting = false;
    expect(summary.reports.map((r) => [r.file, r.outcome])).toEqual(
      files.map((f) => [f, 'planned']),
    );
    expect(turns).toBe(files.length - 1);
  });
});
