/**
 * Files prepared in worker threads (src/graph/prepare-pool.ts) are written exactly as when they
 * are prepared on the main thread: the same reports in the same order, the same page progress,
 * the same originals kept, the same graph. A file that fails in a worker is reported as on the
 * main thread; a worker that dies fails the file it held and the run goes on.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnvironment,
  ingestFiles,
  type FileReport,
  type IngestOptions,
} from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { fixture } from '../unit/formats/helpers.ts';
import { dumpGraph } from '../support/graph-dump.ts';
import { database, resetDatabase, useTestDriver } from '../support/neo4j.ts';
import { seedFiles } from '../support/seed-graph.ts';

const db = useTestDriver();
const env = createEnvironment(defaultRegistry());
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-workers-'));
  copyFileSync(fixture('kh-01-phobang.pdf'), join(dir, 'kh-01-phobang.pdf'));
  copyFileSync(fixture('encrypted.pdf'), join(dir, 'encrypted.pdf'));
  files = [
    ...seedFiles().slice(0, 2),
    join(dir, 'encrypted.pdf'),
    join(dir, 'kh-01-phobang.pdf'),
    ...seedFiles().slice(2),
  ];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A report without its timings (they differ from run to run). */
function untimed(r: FileReport): FileReport {
  const rest = { ...r };
  delete rest.prepareMs;
  delete rest.writeMs;
  return rest;
}

interface Run {
  reports: FileReport[];
  /** onReport's calls (sorted: batches in flight answer in any order), onPage's calls, the
   *  originals kept, the graph. */
  seen: string[];
  pages: string[];
  kept: string[];
  graph: string[];
}

async function run(workers: number, options: IngestOptions = {}): Promise<Run> {
  await resetDatabase(db.driver);
  const sourceDir = join(dir, `kept-${workers}`);
  rmSync(sourceDir, { recursive: true, force: true });
  const seen: string[] = [];
  const pages: string[] = [];
  const summary = await ingestFiles({ driver: db.driver, database }, env, files, {
    workers,
    waitForWorkers: true,
    batchSize: 2,
    concurrency: 2,
    sourceDir,
    onReport: (r) => seen.push(`${r.outcome} ${basename(r.file)}`),
    onPage: (file, done, total) => pages.push(`${basename(file)} ${done}/${total}`),
    ...options,
  });
  return {
    reports: summary.reports.map(untimed),
    seen: seen.sort(),
    pages,
    kept: readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).sort(),
    graph: await dumpGraph(db.driver, database),
  };
}

describe('ingest with worker threads', () => {
  it('writes the same reports, progress, originals and graph with 0, 1 and 2 workers', async () => {
    const inline = await run(0);
    const names = files.map((f) => basename(f));
    expect(inline.reports.map((r) => `${r.outcome} ${basename(r.file)}`)).toEqual([
      `created ${names[0]}`,
      `created ${names[1]}`,
      'failed encrypted.pdf',
      'created kh-01-phobang.pdf',
      `created ${names[4]}`,
      `created ${names[5]}`,
    ]);
    expect(inline.reports[2]).toEqual({
      file: join(dir, 'encrypted.pdf'),
      outcome: 'failed',
      tasks: 0,
      relationships: 0,
      warnings: [],
      error: 'the PDF is encrypted (password protected); save an unprotected copy first',
    });
    expect(inline.pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((p) => `kh-01-phobang.pdf ${p}/8`));
    expect(inline.seen).toEqual(
      inline.reports.map((r) => `${r.outcome} ${basename(r.file)}`).sort(),
    );
    // The five readable originals, by hash (a fan-out folder and the file each).
    expect(inline.kept.filter((p) => p.split('/').length === 2)).toHaveLength(5);
    for (const workers of [1, 2]) {
      const pooled = await run(workers);
      expect(pooled.reports).toEqual(inline.reports);
      expect(pooled.seen).toEqual(inline.seen);
      expect(pooled.pages).toEqual(inline.pages);
      expect(pooled.kept).toEqual(inline.kept);
      expect(pooled.graph.filter((l) => !inline.graph.includes(l))).toEqual([]);
      expect(pooled.graph).toEqual(inline.graph);
    }
    // Not waiting for the worker: the main thread prepares until it is ready, then hands over;
    // whichever prepares a file, the run is the same.
    const handed = await run(1, { waitForWorkers: false });
    expect(handed.reports).toEqual(inline.reports);
    expect(handed.pages).toEqual(inline.pages);
    expect(handed.kept).toEqual(inline.kept);
    expect(handed.graph).toEqual(inline.graph);
  }, 240_000);

  it('fails the file a worker died holding, names it once, and writes the others', async () => {
    const dying = files[1] as string;
    process.env.INGEST_TEST_WORKER_EXIT_ON = basename(dying);
    try {
      const { reports, graph } = await run(1);
      expect(reports.map((r) => `${r.outcome} ${basename(r.file)}`)).toEqual([
        `created ${basename(files[0] as string)}`,
        `failed ${basename(dying)}`,
        'failed encrypted.pdf',
        'created kh-01-phobang.pdf',
        `created ${basename(files[4] as string)}`,
        `created ${basename(files[5] as string)}`,
      ]);
      expect(reports[1]).toEqual({
        file: dying,
        outcome: 'failed',
        tasks: 0,
        relationships: 0,
        warnings: [],
        error: 'the worker preparing it stopped (worker exited with code: 70): not written',
      });
      // Nothing of the dead worker's file was written: the graph is the other files' alone.
      delete process.env.INGEST_TEST_WORKER_EXIT_ON;
      const others = files.filter((f) => f !== dying);
      await resetDatabase(db.driver);
      await ingestFiles({ driver: db.driver, database }, env, others, {
        workers: 0,
        batchSize: 2,
        concurrency: 2,
      });
      expect(graph).toEqual(await dumpGraph(db.driver, database));
    } finally {
      delete process.env.INGEST_TEST_WORKER_EXIT_ON;
    }
  }, 120_000);

  it('reports a text the worker refuses with the main thread’s words', async () => {
    const prose = join(dir, 'thu-moi.txt');
    writeFileSync(prose, 'Kính gửi quý khách,\nxin cảm ơn đã ghé thăm.\n');
    const reports = await Promise.all(
      [0, 1].map(async (workers) => {
        const s = await ingestFiles(null, env, [prose], { workers, waitForWorkers: true });
        return s.reports.map(untimed);
      }),
    );
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0]).toEqual([
      {
        file: prose,
        outcome: 'failed',
        tasks: 0,
        relationships: 0,
        warnings: [],
        error: 'not a directive document: no number, type, title, task or recipient could be read',
      },
    ]);
  }, 60_000);
});
