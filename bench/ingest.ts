/**
 * `npm run bench:ingest [-- --documents 10000 --concurrency 2]`: ingest throughput through the
 * real path (files on disk → read → parse → resolve → plan → one write transaction per document)
 * on a synthetic national cascade (bench/corpus: a resolution → ~63 provincial programmes → ~700
 * district plans → commune plans). Reports documents/s and relationships/s after the first 1,000
 * documents and at the end, and the database size. Writes bench/results/ingest.md.
 * Goal: ≥ 100 documents/s sustained.
 *
 * Runs on its own Neo4j (temporary folder, free port) unless NEO4J_URI is set; never on the
 * project's `.neo4j` data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createEnvironment, ingestFiles, type IngestSummary } from '../src/graph/ingest.ts';
import { syncWholeRegistry } from '../src/graph/registry-sync.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import {
  dirSize,
  openBenchDatabase,
  writeCorpus,
  type BenchDatabase,
  option,
  describeRun,
  writeResults,
} from './setup.ts';
import { ownCpu, processCpu } from './proc-cpu.ts';

const total = option('documents', 10_000);
const concurrency = option('concurrency', 2);
const batchSize = option('batch', 20);
const seed = option('seed', 1);
const memory = { heapMb: option('heap-mb', 2048), pageCacheMb: option('page-cache-mb', 1024) };

interface Phase {
  label: string;
  prepareMs: number;
  writeMs: number;
  documents: number;
  seconds: number;
  relationships: number;
  tasks: number;
  failed: number;
  /** CPU seconds of this process and of the server's over the phase. */
  nodeCpu: number;
  serverCpu: number | null;
}

/** CPU seconds of the server's process, null when it is not ours or has gone: the machine is
 *  shared, so CPU per document compares runs where wall time does not. */
function serverCpuOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return processCpu(pid);
  } catch {
    return null;
  }
}

async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return {
    nodes: records[0]?.get('nodes') as number,
    relationships: records[0]?.get('relationships') as number,
  };
}

function cpuPerDoc(p: Phase | undefined): string {
  if (!p) return '';
  const server = p.serverCpu === null ? '–' : ((p.serverCpu * 1000) / p.documents).toFixed(1);
  return `${((p.nodeCpu * 1000) / p.documents).toFixed(1)}, ${server}`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-'));
  let db: BenchDatabase | undefined;
  try {
    // The corpus: documents and their metadata on disk, and the registry of its provinces.
    const { files, orgsDir: orgs, bytes, generatedIn } = writeCorpus(work, total, seed);
    console.log(
      `corpus: ${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB, generated in ${generatedIn.toFixed(1)} s`,
    );
    db = await openBenchDatabase(work, undefined, memory);
    const { driver, database, server } = db;
    const registry = loadRegistry(orgs);
    const env = createEnvironment(registry);
    // The registry (seed/orgs + the corpus's provinces, districts and communes) goes in once,
    // before the timed phases.
    const t0 = Date.now();
    // With its successions, as ingestFiles syncs it: the timed runs then find it unchanged.
    const synced = await syncWholeRegistry(driver, database, registry);
    const registrySeconds = (Date.now() - t0) / 1000;
    console.log(
      `registry: ${synced.organizations} organizations synced in ${registrySeconds.toFixed(1)} s`,
    );
    const target = { driver, database };
    const phases: Phase[] = [];
    const run = async (label: string, batch: string[]): Promise<IngestSummary> => {
      const t0 = Date.now();
      const cpu0 = ownCpu();
      const server0 = serverCpuOf(server?.pid);
      let done = 0;
      const summary = await ingestFiles(target, env, batch, {
        concurrency,
        batchSize,
        onReport: () => {
          done++;
          if (done % 500 === 0) process.stderr.write(`  ${label}: ${done}/${batch.length}\n`);
        },
      });
      const seconds = (Date.now() - t0) / 1000;
      const server1 = serverCpuOf(server?.pid);
      phases.push({
        nodeCpu: ownCpu() - cpu0,
        serverCpu: server0 !== null && server1 !== null ? server1 - server0 : null,
        label,
        prepareMs: summary.reports.reduce((n, r) => n + (r.prepareMs ?? 0), 0) / batch.length,
        writeMs: summary.reports.reduce((n, r) => n + (r.writeMs ?? 0), 0) / batch.length,
        documents: batch.length,
        seconds,
        relationships: summary.relationships,
        tasks: summary.tasks,
        failed: summary.failed,
      });
      const firstFailure = summary.reports.find((r) => r.outcome === 'failed');
      if (firstFailure)
        console.log(`  first failure: ${firstFailure.file}: ${firstFailure.error ?? ''}`);
      console.log(
        `${label}: ${batch.length} documents in ${seconds.toFixed(1)} s = ${(batch.length / seconds).toFixed(0)} documents/s, ${(summary.relationships / seconds).toFixed(0)} relationships/s (${summary.failed} failed); per document: read+parse+plan ${phases.at(-1)?.prepareMs.toFixed(1)} ms, write ${phases.at(-1)?.writeMs.toFixed(1)} ms; CPU ${cpuPerDoc(phases.at(-1))} ms (node, neo4j)`,
      );
      return summary;
    };

    const first = Math.min(1000, files.length);
    await run(`first ${first}`, files.slice(0, first));
    if (files.length > first) await run(`next ${files.length - first}`, files.slice(first));
    const again = Date.now();
    const rerun = await ingestFiles(target, env, files.slice(0, first), { concurrency, batchSize });
    const rerunSeconds = (Date.now() - again) / 1000;

    const graph = await counts(driver);
    const size = server ? dirSize(join(work, 'neo4j')) : null;
    const all = phases.reduce(
      (a, p) => ({
        documents: a.documents + p.documents,
        seconds: a.seconds + p.seconds,
        relationships: a.relationships + p.relationships,
      }),
      { documents: 0, seconds: 0, relationships: 0 },
    );
    const lines = [
      '# Ingest benchmark',
      '',
      describeRun(
        `npm run bench:ingest -- --documents ${total} --concurrency ${concurrency} --batch ${batchSize}`,
        db,
      ),
      '',
      `Corpus: ${files.length} synthetic cascade documents (seed ${seed}), ${(bytes / 1e6).toFixed(1)} MB of text, generated in ${generatedIn.toFixed(1)} s. Each document goes through the real path — file → read → parse → resolve → plan → one write transaction — ${batchSize} documents per write transaction, ${concurrency} batches in flight.`,
      '',
      '| Phase | Documents | Seconds | Documents/s | Tasks | Relationships | Relationships/s | Failed | Read+parse+plan ms/doc | Write ms/doc | Node CPU ms/doc | Neo4j CPU ms/doc |',
      '| ----- | --------: | ------: | ----------: | ----: | ------------: | --------------: | -----: | ---------------------: | -----------: | --------------: | ---------------: |',
      ...phases.map(
        (p) =>
          `| ${p.label} | ${p.documents} | ${p.seconds.toFixed(1)} | ${(p.documents / p.seconds).toFixed(0)} | ${p.tasks} | ${p.relationships} | ${(p.relationships / p.seconds).toFixed(0)} | ${p.failed} | ${p.prepareMs.toFixed(1)} | ${p.writeMs.toFixed(1)} | ${((p.nodeCpu * 1000) / p.documents).toFixed(1)} | ${p.serverCpu === null ? '–' : ((p.serverCpu * 1000) / p.documents).toFixed(1)} |`,
      ),
      `| all | ${all.documents} | ${all.seconds.toFixed(1)} | ${(all.documents / all.seconds).toFixed(0)} | | ${all.relationships} | ${(all.relationships / all.seconds).toFixed(0)} | | | | | |`,
      '',
      `Registry before the timed phases: ${synced.organizations} organizations (seed/orgs and the corpus's provinces, districts and communes) synced in ${registrySeconds.toFixed(1)} s.`,
      '',
      `Re-ingesting the first ${first} unchanged documents: ${rerunSeconds.toFixed(1)} s (${(first / rerunSeconds).toFixed(0)} documents/s, ${rerun.unchanged} unchanged).`,
      '',
      `Graph at the end: ${graph.nodes} nodes, ${graph.relationships} relationships${size !== null ? `; database folder ${(size / 2 ** 20).toFixed(0)} MiB (store, indexes and transaction logs)` : ''}.`,
      '',
    ];
    writeResults('ingest.md', lines);
  } finally {
    await db?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:ingest: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
