/**
 * `npx tsx bench/ingest-profile.ts [-- --documents 3000 --warm 500 --batch 50 --concurrency 2]`:
 * where an ingest's time goes, in CPU seconds rather than wall time (the machine is shared).
 * On the synthetic cascade (bench:scale's corpus, registry synced untimed):
 * 1. Node's CPU per document by stage (read, parse with the resolver inside, plan, rows), on the
 *    documents after the warm-up, prepared without writing;
 * 2. an ingest of those documents: Node's CPU (process.cpuUsage) and the server's (utime+stime
 *    of its process from /proc/<pid>/stat) per document;
 * 3. one batch written under PROFILE: each statement's rows and dbHits, and its costliest
 *    operators.
 * Prints a report; writes nothing in the repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { parseText, planParsed, primeEnvironment } from '../src/graph/prepare.ts';
import { countRelationships, rowsOf } from '../src/graph/rows.ts';
import { readKeptFile } from '../src/io/read-document.ts';
import { loadDocumentMeta, loadRegistry } from '../src/orgs/index.ts';
import { cachedCorpus } from './corpus-cache.ts';
import { BOLT_WORKERS, ownCpu, processCpu, threadCpu } from './proc-cpu.ts';
import { cascadeRegistries, syncNewOrganizations } from './scale-db.ts';
import { openBenchDatabase, option } from './setup.ts';

const documents = option('documents', 3000);
const warm = option('warm', 500);
const batchSize = option('batch', 50);
const concurrency = option('concurrency', 2);
const seed = option('seed', 1);
const log = (line: string): void => console.log(line);

interface Profiled {
  query: string;
  rows: number;
  dbHits: number;
  top: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function walk(p: PlanNode, out: PlanNode[]): void {
  out.push(p);
  for (const c of p.children) walk(c, out);
}

/** A driver whose write transactions run every statement under PROFILE and record it. */
function profilingDriver(driver: Driver, database: string, seen: Profiled[]): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    ({
      run: (query: string, params: object) => {
        const result = tx.run(`PROFILE ${query}`, params);
        void result.then(
          (r) => {
            const all: PlanNode[] = [];
            const profile = r.summary.profile as unknown as PlanNode | false;
            if (profile) walk(profile, all);
            const dbHits = all.reduce((n, p) => n + Number(p.dbHits), 0);
            const top = [...all]
              .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
              .slice(0, 4)
              .map(
                (p) =>
                  `${p.operatorType.replace(/@.*/, '')} ${Number(p.dbHits)} (${String(p.arguments.Details ?? '').slice(0, 70)})`,
              );
            seen.push({
              query: query.trim().split('\n').slice(0, 3).join(' ').slice(0, 90),
              rows: r.records.length,
              dbHits,
              top,
            });
          },
          () => undefined,
        );
        return result;
      },
    }) as unknown as ManagedTransaction;
  const session = (config: object): Session => {
    const s = driver.session({ ...config, database });
    return {
      executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
        s.executeWrite((tx) => work(wrapTx(tx))),
      close: () => s.close(),
    } as unknown as Session;
  };
  // Everything else (executeQuery of the registry's comparison) goes to the driver itself.
  return new Proxy(driver, {
    get(target, key) {
      if (key === 'session') return session;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

async function main(): Promise<void> {
  const corpus = cachedCorpus(documents, seed, log);
  const files = corpus.files.slice(0, documents);
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-ingest-profile-'));
  const db = await openBenchDatabase(work, undefined, {
    heapMb: option('heap-mb', 1024),
    pageCacheMb: option('page-cache-mb', 1024),
  });
  try {
    const registry = cascadeRegistries(loadRegistry(), documents, seed)(documents);
    const t0 = Date.now();
    await syncNewOrganizations(db.driver, db.database, registry);
    log(`registry synced in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const env = createEnvironment(registry);
    // The resolver builds its registry indexes on first use (1.9 s for the cascade's 66,400
    // bodies at 10,000 documents): built here, not counted in the first document's stages.
    primeEnvironment(env);
    const target = { driver: db.driver, database: db.database };
    const pid = db.server?.pid;

    // 1. Node's stages, on the measured documents, nothing written.
    const measured = files.slice(warm);
    const stage = { read: 0, parse: 0, resolve: 0, plan: 0, rows: 0, count: 0 };
    const resolve = env.resolve;
    const timedEnv = {
      ...env,
      resolve: ((m, c) => {
        const a = ownCpu();
        const r = resolve(m, c);
        stage.resolve += ownCpu() - a;
        return r;
      }) as typeof env.resolve,
    };
    for (const file of process.argv.includes('--no-stages') ? [] : measured) {
      let a = ownCpu();
      const source = await readKeptFile(file);
      const meta = loadDocumentMeta(file);
      stage.read += ownCpu() - a;
      a = ownCpu();
      const text = source.kept.text;
      const { hash, parsed } = parseText(timedEnv, text, meta);
      stage.parse += ownCpu() - a;
      a = ownCpu();
      const plan = planParsed(env, file, { text, hash, parsed, ...(meta ? { meta } : {}) }, source);
      stage.plan += ownCpu() - a;
      a = ownCpu();
      rowsOf([plan], true);
      stage.rows += ownCpu() - a;
      a = ownCpu();
      countRelationships(plan);
      stage.count += ownCpu() - a;
    }
    const ms = (s: number): string => ((s * 1000) / measured.length).toFixed(2);
    log(
      `node stages, CPU ms/doc over ${measured.length}: read ${ms(stage.read)}, parse ${ms(stage.parse - stage.resolve)} + resolve ${ms(stage.resolve)}, plan ${ms(stage.plan)}, rows ${ms(stage.rows)}, countRelationships ${ms(stage.count)}`,
    );

    // 2. The ingest: warm-up, one batch profiled, then the rest measured.
    await ingestFiles(target, env, files.slice(0, warm), { concurrency, batchSize });
    const seen: Profiled[] = [];
    await ingestFiles(
      { driver: profilingDriver(db.driver, db.database, seen), database: db.database },
      env,
      files.slice(warm, warm + batchSize),
      { concurrency: 1, batchSize },
    );
    const rest = files.slice(warm + batchSize);
    const n0 = ownCpu();
    const s0 = pid ? processCpu(pid) : 0;
    const threads0 = pid ? threadCpu(pid) : new Map<string, number>();
    const w0 = Date.now();
    let attempts = 0;
    let sessions = 0;
    // Counts the write transactions' attempts: a deadlock between batches in flight is retried
    // by the driver, which doubles that batch's work.
    const counting = new Proxy(db.driver, {
      get(t, key) {
        if (key === 'session')
          return (config: object) => {
            sessions++;
            const s = t.session(config);
            return new Proxy(s, {
              get(ts, k) {
                if (k === 'executeWrite')
                  return <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
                    ts.executeWrite((tx) => {
                      attempts++;
                      return work(tx);
                    });
                const v = Reflect.get(ts, k) as unknown;
                return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(ts) : v;
              },
            });
          };
        const v = Reflect.get(t, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
    // In windows: does the server's JIT compiling fade once warm, or go on?
    const window = option('window', 500);
    const reports: Awaited<ReturnType<typeof ingestFiles>>['reports'] = [];
    let failedCount = 0;
    for (let at = 0; at < rest.length; at += window) {
      const part = rest.slice(at, at + window);
      const wn = ownCpu();
      const wt = pid ? threadCpu(pid) : new Map<string, number>();
      const ww = Date.now();
      const s = await ingestFiles({ driver: counting, database: db.database }, env, part, {
        concurrency,
        batchSize,
      });
      reports.push(...s.reports);
      failedCount += s.failed;
      const after = pid ? threadCpu(pid) : new Map<string, number>();
      const d = (prefix: string): number =>
        [...after]
          .filter(([k]) => k.startsWith(prefix))
          .reduce((n, [k, v]) => n + v - (wt.get(k) ?? 0), 0);
      const all = [...after].reduce((n, [k, v]) => n + v - (wt.get(k) ?? 0), 0);
      const pd = (x: number): string => ((x * 1000) / part.length).toFixed(2);
      log(
        `  window ${warm + batchSize + at}+${part.length}: ${(part.length / ((Date.now() - ww) / 1000)).toFixed(0)} docs/s; CPU ms/doc node ${pd(ownCpu() - wn)}, neo4j ${pd(all)} (compiler ${pd(d('C'))}, bolt workers ${pd(d(BOLT_WORKERS))}, index updates ${pd(d('neo#j.IndexUpda'))}, GC ${pd(d('VM Thread'))})`,
      );
    }
    const summary = { reports, failed: failedCount };
    const wall = (Date.now() - w0) / 1000;
    const node = ownCpu() - n0;
    const server = pid ? processCpu(pid) - s0 : NaN;
    const per = (x: number): string => ((x * 1000) / rest.length).toFixed(2);
    const prepare = summary.reports.reduce((n, r) => n + (r.prepareMs ?? 0), 0) / rest.length;
    const write = summary.reports.reduce((n, r) => n + (r.writeMs ?? 0), 0) / rest.length;
    log(
      `ingest of ${rest.length} (after ${warm + batchSize}): ${wall.toFixed(1)} s, ${(rest.length / wall).toFixed(0)} documents/s, ${summary.failed} failed; CPU ms/doc: node ${per(node)}, neo4j ${per(server)}, both ${per(node + server)}; wall ms/doc prepare ${prepare.toFixed(1)}, write ${write.toFixed(1)}`,
    );
    log(
      `write transactions: ${sessions} sessions, ${attempts} attempts (retries ${attempts - sessions})`,
    );
    if (pid) {
      const threads1 = threadCpu(pid);
      const spent = [...threads1]
        .map(([name, cpu]) => [name, cpu - (threads0.get(name) ?? 0)] as const)
        .filter(([, cpu]) => cpu > 0.05)
        .sort((a, b) => b[1] - a[1]);
      for (const [name, cpu] of spent) log(`  neo4j thread ${name}: ${per(cpu)} ms/doc`);
    }
    log(
      `profiled batch of ${batchSize}: ${seen.length} statements, dbHits ${seen.reduce((n, p) => n + p.dbHits, 0)}`,
    );
    for (const p of [...seen].sort((a, b) => b.dbHits - a.dbHits)) {
      log(`  ${p.dbHits} dbHits, ${p.rows} rows: ${p.query}`);
      for (const t of p.top) log(`      ${t}`);
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`ingest-profile: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
