/**
 * `npm run bench:scale [-- --sizes 10000,30000,100000 --runs 50 --keep]`: the graph grown step by
 * step to each size (the synthetic cascade of bench:ingest; the first N documents of a bigger
 * corpus are the N-document corpus), and at each size: ingest documents/s sustained over the
 * step, store size per document after a checkpoint, and the p95 of bench:api's questions.
 * Goals (issue 15): ≥ 150 documents/s over 10,000; ≤ 40 KB per document; API p95 flat within
 * 1.5× from the smallest to the largest size. Writes bench/results/scale.md.
 *
 * Runs on its own Neo4j (temporary folder, free port) unless NEO4J_URI is set; removes it at the
 * end unless `--keep` (then the data folder stays and its path is printed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { benchRequests, measure } from './api-requests.ts';
import { cascadeRegistry, storeSizes, syncNewOrganizations, type StoreSizes } from './scale-db.ts';
import { scaleReport, type ApiResult, type Step } from './scale-report.ts';
import { openBenchDatabase, option, writeCorpus, type BenchDatabase } from './setup.ts';

process.env.LOG_LEVEL ??= 'warn';

const runs = option('runs', 50);
const concurrency = option('concurrency', 2);
const batchSize = option('batch', 50);
const seed = option('seed', 1);
const keep = process.argv.includes('--keep');

function sizesOption(): number[] {
  const i = process.argv.indexOf('--sizes');
  const text = i < 0 ? '10000,30000,100000' : (process.argv[i + 1] ?? '');
  const sizes = text.split(',').map(Number);
  if (sizes.some((n, k) => !Number.isInteger(n) || n < 1 || (k > 0 && n <= (sizes[k - 1] ?? 0)))) {
    console.error('--sizes needs increasing positive integers, e.g. 10000,30000,100000');
    process.exit(2);
  }
  return sizes;
}

const sizes = sizesOption();
const since = Date.now();
const log = (line: string): void => {
  const load = loadavg()[0]?.toFixed(2) ?? '?';
  console.log(`[${((Date.now() - since) / 1000).toFixed(0)} s, load ${load}] ${line}`);
};

async function ingestStep(
  db: BenchDatabase,
  files: string[],
  from: number,
  to: number,
): Promise<Omit<Step, 'store' | 'api'>> {
  const { driver, database } = db;
  const registry = cascadeRegistry(loadRegistry(), to, seed);
  const synced = await syncNewOrganizations(driver, database, registry);
  log(`registry: ${synced} new organizations synced for ${to} documents`);
  const slice = files.slice(from, to);
  const t0 = Date.now();
  let done = 0;
  const summary = await ingestFiles({ driver, database }, createEnvironment(registry), slice, {
    concurrency,
    batchSize,
    onReport: () => {
      done++;
      if (done % 1000 === 0) {
        const s = (Date.now() - t0) / 1000;
        log(`ingest: ${from + done}/${to}, ${(done / s).toFixed(0)} documents/s over the step`);
      }
    },
  });
  const seconds = (Date.now() - t0) / 1000;
  if (summary.failed > 0) throw new Error(`${summary.failed} documents failed to ingest`);
  const perDoc = (key: 'prepareMs' | 'writeMs'): number =>
    summary.reports.reduce((n, r) => n + (r[key] ?? 0), 0) / slice.length;
  log(`ingest: ${slice.length} documents in ${seconds.toFixed(0)} s`);
  return {
    size: to,
    documents: slice.length,
    seconds,
    prepareMs: perDoc('prepareMs'),
    writeMs: perDoc('writeMs'),
    relationships: summary.relationships,
  };
}

async function apiStep(db: BenchDatabase): Promise<ApiResult[]> {
  const { driver, database } = db;
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    {
      database,
    },
  );
  const requests = await benchRequests(driver, database);
  const api = await startApi({ driver, database, neo4jUri: db.uri }, 0);
  const out: ApiResult[] = [];
  try {
    for (const r of requests) {
      let error: string | undefined;
      const post = async (): Promise<void> => {
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: r.query, variables: r.variables }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        if (body.errors) error = body.errors.map((e) => e.message).join('; ');
      };
      // A request that still fails on its third try (a timeout at a large size; the first runs
      // after the restart are cold) is reported, not timed.
      for (let attempt = 0; attempt < 3; attempt++) {
        error = undefined;
        await post();
        if (error === undefined) break;
      }
      const count = Math.min(r.runs ?? runs, runs);
      const measured = error === undefined ? await measure(post, count) : undefined;
      out.push({ name: r.name, p50: measured?.p50, p95: measured?.p95, error });
      log(`api: ${r.name}: ${error ?? `p95 ${measured?.p95.toFixed(1)} ms`}`);
    }
  } finally {
    await api.stop();
  }
  return out;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-scale-'));
  const loadStart = loadavg()[0] ?? 0;
  let db: BenchDatabase | undefined;
  try {
    const largest = sizes.at(-1) ?? 0;
    const corpus = writeCorpus(work, largest, seed);
    log(`corpus: ${corpus.files.length} documents, ${(corpus.bytes / 1e6).toFixed(0)} MB`);
    db = await openBenchDatabase(work);
    const steps: Step[] = [];
    let from = 0;
    for (const size of sizes) {
      const ingested = await ingestStep(db, corpus.files, from, size);
      let store: StoreSizes | undefined;
      if (db.server) {
        // Stopped to measure, then started again on the same folder.
        await db.close();
        ({ sizes: store, db } = await storeSizes(join(work, 'neo4j'), db.database, () =>
          openBenchDatabase(work),
        ));
        log(`store: ${(store.total / 2 ** 20).toFixed(0)} MiB after a clean shutdown`);
      }
      const api = await apiStep(db);
      steps.push({ ...ingested, store, api });
      from = size;
    }
    const command = `npm run bench:scale -- --sizes ${sizes.join(',')} --runs ${runs} --concurrency ${concurrency} --batch ${batchSize}`;
    scaleReport({ command, db, steps, loadStart, runs, seed, corpusBytes: corpus.bytes });
  } finally {
    await db?.close();
    if (keep && db?.server) console.log(`--keep: the graph stays in ${join(work, 'neo4j')}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:scale: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
