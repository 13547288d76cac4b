/**
 * `npm run bench:scale [-- --sizes 10000,30000,100000 --runs 100 --keep --corpus-only]`: the graph grown step by
 * step to each size (the synthetic cascade of bench:ingest; the first N documents of a bigger
 * corpus are the N-document corpus), and at each size: ingest documents/s sustained over the
 * step, store size per document after a checkpoint, and the p95 of bench:api's questions —
 * timed at the end on a server per size (each size's folder copied after its step), every
 * question at all sizes in turn, so that the sizes meet the same load. Goals (issue 15):
 * ≥ 150 documents/s over 10,000; ≤ 40 KB per document; API p95 flat within 1.5× from the
 * smallest to the largest size. Writes bench/results/scale.md.
 *
 * Runs on its own Neo4j (temporary folder, free port; `--heap-mb`, `--page-cache-mb`) unless
 * NEO4J_URI is set; removes it at the end unless `--keep` (then the data folder stays and its
 * path is printed). The corpus is kept between runs (bench/corpus-cache.ts): `--corpus-only`
 * writes it and stops, so that a timed run later starts at once.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { freemem, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import {
  benchRequests,
  measure,
  measureInTurn,
  mostPartnered,
  type Measured,
  partnersRequest,
  type ApiRequest,
} from './api-requests.ts';
import { cpuCheck, stealMeter, stealText } from './machine.ts';
import { cachedCorpus } from './corpus-cache.ts';
import type { Registry } from '../src/orgs/index.ts';
import {
  cascadeRegistries,
  storeSizes,
  syncNewOrganizations,
  type StoreSizes,
} from './scale-db.ts';
import { BUSIEST_AT_EACH_SIZE, scaleReport, type ApiResult, type Step } from './scale-report.ts';
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
/** The time limit of a request's statements on the bench's API (src/api/context.ts: 10 s). */
const API_TIME_LIMIT_MS = 300_000;
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
  const stolen = stealMeter();
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
  const share = stolen();
  log(
    `ingest: ${slice.length} documents in ${seconds.toFixed(0)} s (CPU stolen by the host: ${stealText(share)})`,
  );
  return {
    size: to,
    documents: slice.length,
    seconds,
    prepareMs: perDoc('prepareMs'),
    writeMs: perDoc('writeMs'),
    relationships: summary.relationships,
    stolen: share,
  };
}

/** A request's target: one server of one size, and the request as picked on its graph. */
interface Target {
  url: string;
  request: ApiRequest;
}

/** One POST of the request; its answer's bytes and its error, if any. */
async function post(t: Target): Promise<{ bytes: number; error: string | undefined }> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: t.request.query, variables: t.request.variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  return {
    bytes: Buffer.byteLength(text),
    error: body.errors ? body.errors.map((e) => e.message).join('; ') : undefined,
  };
}

/** The first answer that did not fail and one warm run's time: whether the request takes
 *  seconds. */
interface Probe {
  bytes: number;
  error: string | undefined;
  warmMs: number;
}

/** Retried while it fails (a timeout at a large size; the first runs after a start are cold),
 *  then one warm run timed. */
async function probe(t: Target): Promise<Probe> {
  let answer = await post(t);
  for (let attempt = 1; attempt < 3 && answer.error !== undefined; attempt++)
    answer = await post(t);
  if (answer.error !== undefined) return { ...answer, warmMs: NaN };
  const t0 = performance.now();
  await post(t);
  return { ...answer, warmMs: performance.now() - t0 };
}

/** Timed runs of the request that remember a failure, not throw it: one timeout must not end a
 *  run of half an hour, and the result says it failed. */
function timedRuns(t: Target): { run: () => Promise<void>; error: () => string | undefined } {
  let error: string | undefined;
  return {
    async run() {
      const answer = await post(t);
      if (answer.error !== undefined) error = answer.error;
    },
    error: () => error,
  };
}

/**
 * One question timed at every size. In turn — a run at the first size, one at the next, …, and
 * again — so that every size meets the same load on a shared machine and the p95 ratio between
 * sizes is fair (the sizes' servers all run at once). A request that takes seconds at some size
 * is timed at each size alone, as many times as fit in SLOW_BUDGET_MS (at least 5).
 */
async function timeAtEverySize(targets: Target[]): Promise<ApiResult[]> {
  const name = targets[0]?.request.name ?? '';
  const asked = Math.min(targets[0]?.request.runs ?? runs, runs);
  // Each size in order: its probe, its timed runs, and their timing once measured.
  const atSize: {
    probe: Probe;
    runner: ReturnType<typeof timedRuns>;
    timed?: Measured & { count?: number };
  }[] = [];
  for (const t of targets) atSize.push({ probe: await probe(t), runner: timedRuns(t) });
  const answered = atSize.filter((s) => s.probe.error === undefined);
  if (Math.max(0, ...answered.map((s) => s.probe.warmMs)) <= SLOW_MS) {
    const measured = await measureInTurn(
      answered.map((s) => s.runner.run),
      asked,
    );
    answered.forEach((s, k) => (s.timed = measured[k]));
  } else {
    for (const s of answered) {
      const ms = s.probe.warmMs;
      const count =
        ms > SLOW_MS ? Math.max(5, Math.min(asked, Math.floor(SLOW_BUDGET_MS / ms))) : asked;
      const m = await measure(s.runner.run, count, ms > SLOW_MS ? 0 : Math.min(20, count));
      s.timed = count < asked ? { ...m, count } : m;
    }
  }
  return atSize.map(({ probe: p, runner: r, timed: m }) => ({
    name,
    p50: m?.p50,
    p95: m?.p95,
    error: p.error ?? r.error(),
    bytes: p.bytes,
    ...(m?.count !== undefined ? { count: m.count } : {}),
  }));
}

/** A size's graph served: its server (a copy of the folder at that size, or the live one) and
 *  the API on it. */
interface Served {
  db: BenchDatabase;
  url: string;
  stop(): Promise<void>;
}

async function serve(db: BenchDatabase, own: boolean): Promise<Served> {
  const { driver, database } = db;
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
  // The time limit of a request's statements raised from its 10 s: the whole corpus's tree at
  // the largest size takes longer on a slow day, and a limit cut is no measure.
  const api = await startApi(
    { driver, database, neo4jUri: db.uri, transactionTimeoutMs: API_TIME_LIMIT_MS },
    0,
  );
  return {
    db,
    url: api.url,
    async stop() {
      await api.stop();
      if (own) await db.close();
    },
  };
}

/** The page cache of a copy's server: its store and indexes with a quarter to spare (the
 *  largest size's server keeps the run's), at least 512 MiB. */
function copyMemory(store: StoreSizes | undefined): BenchMemory {
  const need = store
    ? Math.ceil(((store.store + store.indexes) * 1.25) / 2 ** 20)
    : memory.pageCacheMb;
  return { heapMb: memory.heapMb, pageCacheMb: Math.min(memory.pageCacheMb, Math.max(512, need)) };
}

/** bench:api's questions at every size, each timed at all sizes in turn (timeAtEverySize). */
async function apiAtEverySize(
  live: BenchDatabase,
  steps: Omit<Step, 'api'>[],
  copies: ReadonlyMap<number, string>,
): Promise<{ results: ApiResult[][]; freeBytes: number | undefined }> {
  const served: Served[] = [];
  try {
    for (const s of steps) {
      const copy = copies.get(s.size);
      const db = copy ? await openBenchDatabase(copy, undefined, copyMemory(s.store)) : live;
      served.push(await serve(db, copy !== undefined));
    }
    // The same questions about the same documents and bodies at every size, picked on the
    // smallest graph (the graph only grows: what it holds, every larger one holds): flat means
    // the same question no slower on a bigger graph. The busiest body of the largest graph is
    // another body with more partners; it is asked about once more, picked at each size, and
    // reported as an answer that grows.
    const smallest = served[0];
    if (!smallest) return { results: [], freeBytes: undefined };
    // Memory free once every size's server is up, for the report.
    const freeBytes = freemem();
    log(`api: ${served.length} servers up, ${(freeBytes / 2 ** 30).toFixed(1)} GiB of memory free`);
    const requests = await benchRequests(smallest.db.driver, smallest.db.database);
    const questions: ((s: Served) => Promise<ApiRequest>)[] = [
      ...requests.map((r) => () => Promise.resolve(r)),
      async (s) =>
        partnersRequest(BUSIEST_AT_EACH_SIZE, await mostPartnered(s.db.driver, s.db.database)),
    ];
    const results: ApiResult[][] = served.map(() => []);
    for (const question of questions) {
      const targets: Target[] = [];
      for (const s of served) targets.push({ url: s.url, request: await question(s) });
      const timed = await timeAtEverySize(targets);
      for (const [k, r] of timed.entries()) {
        results[k]?.push(r);
        const kb = (r.bytes / 1000).toFixed(0);
        log(
          `api: ${r.name} at ${steps[k]?.size}: ${r.error ?? `p95 ${r.p95?.toFixed(1)} ms, ${kb} KB`}`,
        );
      }
    }
    return { results, freeBytes };
  } finally {
    for (const s of served) await s.stop();
  }
}

async function main(): Promise<void> {
  const largest = sizes.at(-1) ?? 0;
  const corpus = cachedCorpus(largest, seed, log);
  if (process.argv.includes('--corpus-only')) return;
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-scale-'));
  const loadStart = loadavg()[0] ?? 0;
  const cpuStart = cpuCheck();
  log(`cpu check: ${cpuStart.toFixed(1)} MB/s (bench/machine.ts)`);
  let db: BenchDatabase | undefined;
  try {
    const registryOf = cascadeRegistries(loadRegistry(), largest, seed);
    log(`registry: the cascade's communes walked once for ${largest} documents`);
    db = await openBenchDatabase(work, undefined, memory);
    const ingested: Omit<Step, 'api'>[] = [];
    // Each size's database folder, copied after its clean shutdown, served again at the end:
    // every question is timed at all sizes in turn (timeAtEverySize). Not our own server
    // (NEO4J_URI): nothing to copy, so the questions are timed after each step instead.
    const copies = new Map<number, string>();
    const stepApi: ApiResult[][] = [];
    let from = 0;
    for (const size of sizes) {
      const step = await ingestStep(db, corpus.files, from, size, registryOf);
      let store: StoreSizes | undefined;
      if (db.server) {
        // Stopped to measure, then started again on the same folder.
        await db.close();
        if (size !== largest) {
          const copy = join(work, `at-${size}`);
          cpSync(join(work, 'neo4j'), join(copy, 'neo4j'), { recursive: true });
          copies.set(size, copy);
        }
        ({ sizes: store, db } = await storeSizes(join(work, 'neo4j'), db.database, () =>
          openBenchDatabase(work, undefined, memory),
        ));
        log(`store: ${(store.total / 2 ** 20).toFixed(0)} MiB after a clean shutdown`);
      } else {
        const served = await serve(db, false);
        try {
          const results: ApiResult[] = [];
          for (const request of await benchRequests(db.driver, db.database))
            results.push(...(await timeAtEverySize([{ url: served.url, request }])));
          stepApi.push(results);
        } finally {
          await served.stop();
        }
      }
      ingested.push({ ...step, store });
      from = size;
    }
    const apiStolen = stealMeter();
    const api = db.server
      ? await apiAtEverySize(db, ingested, copies)
      : { results: stepApi, freeBytes: undefined };
    const steps: Step[] = ingested.map((s, k) => ({ ...s, api: api.results[k] ?? [] }));
    const command = `npm run bench:scale -- --sizes ${sizes.join(',')} --runs ${runs} --concurrency ${concurrency} --batch ${batchSize}`;
    scaleReport({
      command,
      db,
      steps,
      loadStart,
      runs,
      seed,
      corpusBytes: corpus.bytes,
      inTurn: db.server !== undefined,
      apiStolen: apiStolen(),
      apiFreeBytes: api.freeBytes,
      cpuCheck: [cpuStart, cpuCheck()],
    });
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
