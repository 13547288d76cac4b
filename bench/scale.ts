/**
 * `npm run bench:scale [-- --sizes 10000,30000,100000 --runs 50 --keep --corpus-only]`: the graph grown step by
 * step to each size (the synthetic cascade of bench:ingest; the first N documents of a bigger
 * corpus are the N-document corpus), and at each size: ingest documents/s sustained over the
 * step, store size per document after a checkpoint, and the p95 of bench:api's questions.
 * Goals (issue 15): ≥ 150 documents/s over 10,000; ≤ 40 KB per document; API p95 flat within
 * 1.5× from the smallest to the largest size. Writes bench/results/scale.md.
 *
 * Runs on its own Neo4j (temporary folder, free port; `--heap-mb`, `--page-cache-mb`) unless
 * NEO4J_URI is set; removes it at the end unless `--keep` (then the data folder stays and its
 * path is printed). The corpus is kept between runs (bench/corpus-cache.ts): `--corpus-only`
 * writes it and stops, so that a timed run later starts at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { benchRequests, measure, type ApiRequest } from './api-requests.ts';
import { cachedCorpus } from './corpus-cache.ts';
import type { Registry } from '../src/orgs/index.ts';
import {
  cascadeRegistries,
  storeSizes,
  syncNewOrganizations,
  type StoreSizes,
} from './scale-db.ts';
import { scaleReport, type ApiResult, type Step } from './scale-report.ts';
import { openBenchDatabase, option, type BenchDatabase, type BenchMemory } from './setup.ts';

process.env.LOG_LEVEL ??= 'warn';

const runs = option('runs', 50);
const concurrency = option('concurrency', 2);
const batchSize = option('batch', 50);
const seed = option('seed', 1);
const keep = process.argv.includes('--keep');
// A page cache that holds the 100,000-document store (7 GB with its indexes): with 1 GiB the
// API's p95 at the largest size measured the disk, not the queries.
const memory: BenchMemory = {
  heapMb: option('heap-mb', 3072),
  pageCacheMb: option('page-cache-mb', 6144),
};
/** A request slower than this is timed fewer times: as many runs as fit in SLOW_BUDGET_MS. */
const SLOW_MS = 1000;
const SLOW_BUDGET_MS = 120_000;

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
  registryOf: (documents: number) => Registry,
): Promise<Omit<Step, 'store' | 'api'>> {
  const { driver, database } = db;
  const registry = registryOf(to);
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
      // ingestFiles first compares the registry with the stored rows (timed: it is part of a run).
      if (done === 1)
        log(`ingest: first document after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      if (done % 1000 === 0) {
        const s = (Date.now() - t0) / 1000;
        const eta = ((to - from - done) * s) / done;
        log(
          `ingest: ${from + done}/${to}, ${(done / s).toFixed(0)} documents/s over the step, ${eta.toFixed(0)} s left`,
        );
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

/** One request timed: retried while it fails (a timeout at a large size; the first runs after
 *  the restart are cold), then measured — fewer times when one run takes seconds. */
async function timeRequest(url: string, r: ApiRequest): Promise<ApiResult> {
  let error: string | undefined;
  let bytes = 0;
  const post = async (): Promise<void> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: r.query, variables: r.variables }),
    });
    const text = await response.text();
    bytes = Buffer.byteLength(text);
    const body = JSON.parse(text) as { errors?: { message: string }[] };
    if (body.errors) error = body.errors.map((e) => e.message).join('; ');
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    error = undefined;
    await post();
    if (error === undefined) break;
  }
  if (error !== undefined) return { name: r.name, p50: undefined, p95: undefined, error, bytes };
  // A second, warm run says whether the request takes seconds (the first after a restart is cold).
  const t0 = performance.now();
  await post();
  const ms = performance.now() - t0;
  const asked = Math.min(r.runs ?? runs, runs);
  const count =
    ms > SLOW_MS ? Math.max(5, Math.min(asked, Math.floor(SLOW_BUDGET_MS / ms))) : asked;
  const measured = await measure(post, count, ms > SLOW_MS ? 0 : Math.min(20, count));
  const fewer = count < asked ? { count } : {};
  return { name: r.name, p50: measured.p50, p95: measured.p95, error: undefined, bytes, ...fewer };
}

async function apiStep(db: BenchDatabase): Promise<ApiResult[]> {
  const { driver, database } = db;
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
  const requests = await benchRequests(driver, database);
  const api = await startApi({ driver, database, neo4jUri: db.uri }, 0);
  const out: ApiResult[] = [];
  try {
    for (const r of requests) {
      const result = await timeRequest(api.url, r);
      out.push(result);
      const kb = (result.bytes / 1000).toFixed(0);
      log(`api: ${r.name}: ${result.error ?? `p95 ${result.p95?.toFixed(1)} ms, ${kb} KB`}`);
    }
  } finally {
    await api.stop();
  }
  return out;
}

async function main(): Promise<void> {
  const largest = sizes.at(-1) ?? 0;
  const corpus = cachedCorpus(largest, seed, log);
  if (process.argv.includes('--corpus-only')) return;
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-scale-'));
  const loadStart = loadavg()[0] ?? 0;
  let db: BenchDatabase | undefined;
  try {
    const registryOf = cascadeRegistries(loadRegistry(), largest, seed);
    log(`registry: the cascade's communes walked once for ${largest} documents`);
    db = await openBenchDatabase(work, undefined, memory);
    const steps: Step[] = [];
    let from = 0;
    for (const size of sizes) {
      const ingested = await ingestStep(db, corpus.files, from, size, registryOf);
      let store: StoreSizes | undefined;
      if (db.server) {
        // Stopped to measure, then started again on the same folder.
        await db.close();
        ({ sizes: store, db } = await storeSizes(join(work, 'neo4j'), db.database, () =>
          openBenchDatabase(work, undefined, memory),
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
