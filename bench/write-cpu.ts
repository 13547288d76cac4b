/**
 * `npx tsx bench/write-cpu.ts [-- --documents 1000 --rounds 6 --batch 50 --concurrency 2
 * --base <module>]`: Node's CPU per document spent writing prepared plans (write.ts and the
 * driver), nothing else. The cascade's documents are read, parsed and planned once; each round
 * empties the graph, syncs the registry (untimed, as ingestFiles does) and writes them all again, in batches of `batch`, `concurrency` in flight.
 * Rounds alternate between the sockets' writes coalesced per turn (src/db/tcp-nodelay.ts) and
 * written one by one as before (`cork` made a no-op for the round): before and after
 * interleaved on the same plans, so the machine's load falls on both alike. With `--base`,
 * a second writeDocuments (a module exporting it, e.g. an older write.ts copied beside this
 * one) is compared instead. Each round also prints the server's CPU per document (its process and
 * its Bolt workers, from /proc), and a digest of the graph it left (every node and relationship
 * with its properties but the write time): with `--base`, the two variants' digests must agree.
 * Writes nothing in the repository.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEnvironment, prepareFile } from '../src/graph/ingest.ts';
import type { WritePlan } from '../src/graph/model.ts';
import { syncWholeRegistry } from '../src/graph/registry-sync.ts';
import { writeDocuments } from '../src/graph/write.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { cachedCorpus } from './corpus-cache.ts';
import { BOLT_WORKERS, ownCpu, processCpu, threadCpu } from './proc-cpu.ts';
import { cascadeRegistries } from './scale-db.ts';
import { dumpGraph } from '../tests/support/graph-dump.ts';
import { emptyGraph, openBenchDatabase, option } from './setup.ts';

type Write = typeof writeDocuments;

const documents = option('documents', 1000);
const rounds = option('rounds', 6);
const batchSize = option('batch', 50);
const concurrency = option('concurrency', 2);
const seed = option('seed', 1);
const baseAt = process.argv.indexOf('--base');
const basePath = baseAt > 0 ? process.argv[baseAt + 1] : undefined;
const log = (line: string): void => console.log(line);

/** A digest of every node and relationship with its properties, but the write time. */
async function graphDigest(driver: Driver, database: string): Promise<string> {
  const lines = await dumpGraph(driver, database);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

async function writeAll(
  write: Write,
  target: Parameters<Write>[0],
  database: string,
  plans: readonly WritePlan[],
): Promise<number> {
  let failed = 0;
  const writing = new Set<Promise<void>>();
  for (let at = 0; at < plans.length; at += batchSize) {
    while (writing.size >= concurrency) await Promise.race(writing);
    const p = write(target, database, plans.slice(at, at + batchSize), {
      registrySynced: true,
    }).then((results) => {
      failed += results.filter((r) => r instanceof Error).length;
      writing.delete(p);
    });
    writing.add(p);
  }
  await Promise.all(writing);
  return failed;
}

async function main(): Promise<void> {
  const corpus = cachedCorpus(documents, seed, log);
  const files = corpus.files.slice(0, documents);
  const env = createEnvironment(cascadeRegistries(loadRegistry(), documents, seed)(documents));
  const plans: WritePlan[] = [];
  for (const file of files) plans.push((await prepareFile(env, file)).plan);
  const cork = net.Socket.prototype.cork;
  const variants: [string, Write, boolean][] = [['current', writeDocuments, true]];
  if (basePath) {
    const mod = (await import(resolve(basePath))) as { writeDocuments: Write };
    variants.unshift(['base', mod.writeDocuments, true]);
  } else variants.unshift(['uncorked', writeDocuments, false]);
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-write-cpu-'));
  const db = await openBenchDatabase(work, undefined, {
    heapMb: option('heap-mb', 1024),
    pageCacheMb: option('page-cache-mb', 1024),
  });
  const spent = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  const bolt = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  const pid = db.server?.pid;
  const boltCpu = (): number => (pid ? (threadCpu(pid).get(BOLT_WORKERS) ?? 0) : NaN);
  try {
    for (let round = 0; round < rounds; round++) {
      const [name, write, corked] = variants[round % variants.length] as [string, Write, boolean];
      net.Socket.prototype.cork = corked ? cork : () => undefined;
      await emptyGraph(db);
      // As ingestFiles does before it writes: with the registry's bodies in place, the graph
      // written does not depend on which of two batches in flight commits first (a body's
      // PART_OF and MEMBER_OF links are written only when it exists; docs/operations.md).
      await syncWholeRegistry(db.driver, db.database, env.registry);
      const a = ownCpu();
      const s = pid ? processCpu(pid) : NaN;
      const b = boltCpu();
      const w = Date.now();
      const failed = await writeAll(write, db.driver, db.database, plans);
      const perDoc = (seconds: number): number => (seconds * 1000) / plans.length;
      const ms = perDoc(ownCpu() - a);
      const workers = perDoc(boltCpu() - b);
      spent.get(name)?.push(ms);
      bolt.get(name)?.push(workers);
      log(
        `round ${round + 1} ${name}: Node CPU ${ms.toFixed(3)} ms/doc, server ${perDoc((pid ? processCpu(pid) : NaN) - s).toFixed(2)} (Bolt workers ${workers.toFixed(2)}), ${(plans.length / ((Date.now() - w) / 1000)).toFixed(0)} docs/s, ${failed} failed, graph ${await graphDigest(db.driver, db.database)}`,
      );
    }
    for (const [name, list] of spent) {
      const warm = list.slice(1);
      const workers = (bolt.get(name) ?? []).slice(1);
      log(
        `${name}: rounds after the first ${warm.map((x) => x.toFixed(3)).join(', ')}; least ${Math.min(...warm).toFixed(3)} ms/doc; Bolt workers ${workers.map((x) => x.toFixed(2)).join(', ')}`,
      );
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
