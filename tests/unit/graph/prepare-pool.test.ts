/**
 * The preparation pool: a worker rebuilds the environment from the registry alone and sends
 * back exactly what the main thread prepares (the plan by structured clone: plain data, no
 * class or function lost on the way); page progress comes back as messages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createEnvironment,
  prepareForIngest,
  type FilePrepared,
} from '../../../src/graph/prepare.ts';
import {
  createPreparePool,
  defaultWorkers,
  WORKER_MIN_FILES,
} from '../../../src/graph/prepare-pool.ts';
import { defaultRegistry } from '../../../src/orgs/index.ts';
import { fixture } from '../formats/helpers.ts';
import { seedFiles } from '../../support/seed-graph.ts';

const registry = defaultRegistry();
const env = createEnvironment(registry);
const pool = createPreparePool(registry, 1);
const dir = mkdtempSync(join(tmpdir(), 'dg-pool-'));
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

function untimed(r: FilePrepared | { error: string }): unknown {
  if ('error' in r) return r;
  const rest: Partial<FilePrepared> = { ...r };
  delete rest.prepareMs;
  return rest;
}

describe('defaultWorkers', () => {
  it('takes one worker from WORKER_MIN_FILES files on two cores or more, else none', () => {
    expect(WORKER_MIN_FILES).toBe(500);
    expect([1, 499, 500, 10_000].map((files) => defaultWorkers(files, 2))).toEqual([0, 0, 1, 1]);
    expect([1, 500, 10_000].map((files) => defaultWorkers(files, 1))).toEqual([0, 0, 0]);
    expect(defaultWorkers(10_000, 8)).toBe(1);
  });
});

describe('createPreparePool', () => {
  it('prepares each seed document as the main thread does', async () => {
    for (const file of seedFiles()) {
      const inline = await prepareForIngest(env, file, {});
      const pooled = await pool.prepare({ file, pages: false });
      expect(untimed(pooled)).toEqual(untimed(inline));
      expect('plan' in pooled && pooled.plan.tasks.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('sends a PDF’s page progress back as it reads, and the same plan', async () => {
    const file = fixture('kh-01-phobang.pdf');
    const pages: string[] = [];
    const pooled = await pool.prepare({ file, pages: true }, (done, total) =>
      pages.push(`${done}/${total}`),
    );
    expect(pages).toEqual(['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
    expect(untimed(pooled)).toEqual(untimed(await prepareForIngest(env, file, {})));
  }, 120_000);

  it('fails only the file a worker died holding; the files after it in its batch go to the next worker', async () => {
    const seeds = seedFiles().slice(0, 4);
    const dying = seeds[1] as string;
    process.env.INGEST_TEST_WORKER_EXIT_ON = dying.slice(dying.lastIndexOf('/'));
    const dies = createPreparePool(registry, 1);
    try {
      // Asked for in one turn: one batch, the dying file second.
      const answers = await Promise.all(seeds.map((file) => dies.prepare({ file, pages: false })));
      expect(answers.map((a) => ('error' in a ? a.error : 'prepared'))).toEqual([
        'prepared',
        'the worker preparing it stopped (worker exited with code: 70): not written',
        'prepared',
        'prepared',
      ]);
      for (const [k, file] of seeds.entries())
        if (k !== 1)
          expect(untimed(answers[k] as FilePrepared)).toEqual(
            untimed(await prepareForIngest(env, file, {})),
          );
    } finally {
      delete process.env.INGEST_TEST_WORKER_EXIT_ON;
      await dies.close();
    }
  }, 120_000);

  it('answers a file that fails with the main thread’s words', async () => {
    const empty = join(dir, 'trong.txt');
    writeFileSync(empty, '');
    expect(await pool.prepare({ file: empty, pages: false })).toEqual({
      error: 'the file is empty',
    });
    expect(await prepareForIngest(env, empty, {})).toEqual({ error: 'the file is empty' });
  }, 60_000);
});
