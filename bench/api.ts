/**
 * `npm run bench:api [-- --documents 10000 --runs 200]`: latency of five representative GraphQL
 * requests over HTTP on the synthetic cascade of the ingest benchmark, and — in the same run —
 * the same Cypher statements run directly through the driver, to show what the API layer costs.
 *
 * Method: each request is run once with a recording driver to capture the statements the API
 * runs for it (its batched Cypher); then, warmed up, `runs` times over HTTP, one at a time, and
 * `runs` times as the captured statements sent one after the other through the driver, the two
 * in turn (the API may run some of them concurrently, so the ratio is if anything flattering to
 * the driver). With NEO4J_URI set to a database that already holds the corpus, no ingest.
 * Goals: GraphQL / Cypher ≤ 1.5 and p95 < 50 ms for single-entity queries (issue 6); p95 < 100 ms
 * for one document's recipient coverage and for implementationTree to depth 3 (issue 7).
 * Writes bench/results/api.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { routing, type Driver } from 'neo4j-driver';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { benchRequests, measureInTurn, type Measured } from './api-requests.ts';
import { recordingDriver } from './peer/record.ts';
import {
  openBenchDatabase,
  writeCorpus,
  type BenchDatabase,
  option,
  ingestedDocuments,
  describeRun,
  writeResults,
} from './setup.ts';

// A log line per request would flood the results and cost time measured (LOG_LEVEL overrides).
process.env.LOG_LEVEL ??= 'warn';

const total = option('documents', 10_000);
const runs = option('runs', 200);
const seed = option('seed', 1);

/** The corpus ingested, unless the database (NEO4J_URI) already holds as many documents. */
async function ensureCorpus(driver: Driver, database: string, work: string): Promise<void> {
  if ((await ingestedDocuments(driver, database)) >= total) {
    console.log(`corpus: ${total} ingested documents already there`);
    return;
  }
  const corpus = writeCorpus(work, total, seed);
  const t0 = Date.now();
  const loaded = await ingestFiles(
    { driver, database },
    createEnvironment(loadRegistry(corpus.orgsDir)),
    corpus.files,
    { batchSize: 50, concurrency: 2 },
  );
  if (loaded.failed > 0) throw new Error(`${loaded.failed} corpus documents failed to ingest`);
  console.log(
    `corpus: ${corpus.files.length} documents ingested in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-api-'));
  let db: BenchDatabase | undefined;
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    db = await openBenchDatabase(work);
    const { driver, database } = db;
    await ensureCorpus(driver, database, work);
    await driver.executeQuery(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      { database },
    );

    const requests = await benchRequests(driver, database);

    const recorder = recordingDriver(driver);
    const api = await startApi({ driver: recorder.driver, database, neo4jUri: db.uri }, 0);
    const post = async (query: string, variables: object): Promise<unknown> => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body;
    };
    const rows: string[] = [];
    try {
      for (const r of requests) {
        recorder.take();
        await post(r.query, r.variables);
        const statements = recorder.take();
        // The driver's managed transactions (executeQuery), and the auto-commit reads the API's
        // reader sends (src/read/reader.ts): the second is the same Cypher sent the same way.
        const [graphql, cypher, autoCommit] = (await measureInTurn(
          [
            async () => {
              await post(r.query, r.variables);
            },
            async () => {
              for (const s of statements) {
                await driver.executeQuery(s.cypher, s.params, { database, routing: routing.READ });
              }
            },
            async () => {
              for (const s of statements) {
                const session = driver.session({ database, defaultAccessMode: 'READ' });
                try {
                  await session.run(s.cypher, s.params);
                } finally {
                  await session.close();
                }
              }
            },
          ],
          r.runs ?? runs,
        )) as [Measured, Measured, Measured];
        recorder.take();
        const ratio = graphql.p50 / cypher.p50;
        const line = `| ${r.name} | ${statements.length} | ${graphql.p50.toFixed(1)} | ${graphql.p95.toFixed(1)} | ${graphql.perSecond.toFixed(0)} | ${cypher.p50.toFixed(1)} | ${cypher.p95.toFixed(1)} | ${ratio.toFixed(2)} | ${autoCommit.p50.toFixed(1)} | ${(graphql.p50 / autoCommit.p50).toFixed(2)} | ${r.goalMs === undefined ? '–' : `< ${r.goalMs}: ${graphql.p95 < r.goalMs ? 'yes' : '**no**'}`} |`;
        console.log(line);
        rows.push(line);
      }
    } finally {
      await api.stop();
    }

    const lines = [
      '# API benchmark',
      '',
      describeRun(`npm run bench:api -- --documents ${total} --runs ${runs}`, db),
      '',
      `Graph: the ${total}-document synthetic cascade of \`bench:ingest\` (seed ${seed}). Each request runs ${runs} times (the whole-corpus tree 20, the path 50) one after another after up to 20 warm-up runs, over HTTP on localhost; "Cypher" is the same statements the API ran for it (captured by a recording driver), sent one after the other through the driver's managed transactions (\`executeQuery\`), and again as auto-commit reads (\`session.run\`, as the API's reader sends them); the three timed in turn, so all meet the same load. Ratio = GraphQL p50 / Cypher p50 (issue 16's goal: ≤ 1.3 on every row); ratio to auto-commit = GraphQL p50 / auto-commit p50, the GraphQL layer's own cost. Load average at the start ${loadAtStart.toFixed(2)}.`,
      '',
      '| Request | Statements | GraphQL p50 ms | GraphQL p95 ms | GraphQL req/s | Cypher p50 ms | Cypher p95 ms | Ratio | Auto-commit p50 ms | Ratio to auto-commit | Goal p95 ms |',
      '| ------- | ---------: | -------------: | -------------: | ------------: | ------------: | ------------: | ----: | -----------------: | -------------------: | :---------- |',
      ...rows,
      '',
    ];
    writeResults('api.md', lines);
  } finally {
    await db?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:api: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
