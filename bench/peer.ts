/**
 * `npm run bench:peer [-- --documents 10000 --runs 40 --concurrent 64]`: our API against
 * @neo4j/graphql (a dev dependency) on the same Neo4j and the same synthetic graph, with
 * TCP_NODELAY on both sides (both drivers come from src/db/driver.ts, which sets it on every
 * socket this process opens).
 *
 * Method: each of the seven questions is asked once of each side with a recording driver (its
 * statements, their PROFILE dbHits) and the two answers, normalised, must be equal and hold
 * rows; then `runs` times one request at a time, ours and the peer's interleaved; then
 * `concurrent` requests from 8 clients at once, for each side in turn. With NEO4J_URI set to a
 * database that already holds the graph (as many ingested documents as asked for), the ingest
 * is skipped. Writes bench/results/peer.md; with BENCH_PEER_CYPHER=<file>, logs both sides'
 * statements there.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import {
  describeRun,
  ingestedDocuments,
  openBenchDatabase,
  option,
  writeCorpus,
  writeResults,
} from './setup.ts';
import { PEER_TYPE_DEFS } from './peer/typedefs.ts';
import { questions, type Question, type Side } from './peer/questions.ts';
import { pick } from './peer/picks.ts';
import { dbHits, recordingDriver, type Statement } from './peer/record.ts';

// A log line per request would flood the results and cost time measured (LOG_LEVEL overrides).
process.env.LOG_LEVEL ??= 'warn';

const total = option('documents', 10_000);
const runs = option('runs', 40);
const concurrent = option('concurrent', 64);
const CLIENTS = 8;

type Post = (side: Side) => Promise<Record<string, unknown>>;

function poster(url: string): Post {
  return async ({ query, variables }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string }[];
    };
    if (body.errors || !body.data)
      throw new Error(body.errors?.map((e) => e.message).join('; ') ?? 'no data');
    return body.data;
  };
}

async function ensureGraph(driver: Driver, database: string, work: string): Promise<void> {
  if ((await ingestedDocuments(driver, database)) >= total) {
    console.log(`graph: ${total} ingested documents already there`);
    return;
  }
  const corpus = writeCorpus(work, total, 1);
  const t0 = Date.now();
  const loaded = await ingestFiles(
    { driver, database },
    createEnvironment(loadRegistry(corpus.orgsDir)),
    corpus.files,
    {
      batchSize: 50,
      concurrency: 2,
    },
  );
  if (loaded.failed > 0) throw new Error(`${loaded.failed} corpus documents failed to ingest`);
  console.log(`graph: ${total} documents ingested in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
}

/** With BENCH_PEER_CYPHER=<file>, each question's statements on both sides are appended there
 *  (to PROFILE them by hand: the peer's plans are the thing to compare with). */
function logStatements(name: string, recorded: Record<'ours' | 'peer', Statement[]>): void {
  const file = process.env.BENCH_PEER_CYPHER;
  if (!file) return;
  const text = (['ours', 'peer'] as const).flatMap((side) =>
    recorded[side].map(
      (s) => `// ${name}: ${side}\n${s.cypher}\n// params: ${JSON.stringify(s.params)}\n`,
    ),
  );
  appendFileSync(file, text.join('\n') + '\n');
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Requests per second with CLIENTS clients sharing `count` requests. */
async function throughput(run: () => Promise<unknown>, count: number): Promise<number> {
  let left = count;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (left > 0) {
        left -= 1;
        await run();
      }
    }),
  );
  return count / ((performance.now() - t0) / 1000);
}

interface SideResult {
  p50: number;
  p95: number;
  perSecond: number;
  statements: number;
  dbHits: number;
}

interface Row {
  question: Question;
  same: boolean;
  rows: number;
  ours: SideResult;
  peer: SideResult;
}

interface Sides {
  ours: { post: Post; take: () => Statement[] };
  peer: { post: Post; take: () => Statement[] };
}

async function measureQuestion(
  q: Question,
  sides: Sides,
  driver: Driver,
  database: string,
): Promise<Row> {
  const recorded: Record<'ours' | 'peer', Statement[]> = { ours: [], peer: [] };
  const answers: Record<'ours' | 'peer', unknown> = { ours: null, peer: null };
  for (const side of ['ours', 'peer'] as const) {
    sides[side].take();
    answers[side] = q[side].normalise(await sides[side].post(q[side]));
    recorded[side] = sides[side].take() as Statement[];
  }
  logStatements(q.name, recorded);
  const rows = q.rows(answers.ours);
  if (rows === 0) throw new Error(`"${q.name}" returned no rows`);
  const times = { ours: [] as number[], peer: [] as number[] };
  for (let i = 0; i < 3; i++)
    for (const side of ['ours', 'peer'] as const) await sides[side].post(q[side]);
  for (let i = 0; i < runs; i++) {
    for (const side of ['ours', 'peer'] as const)
      times[side].push(await timed(() => sides[side].post(q[side])));
  }
  const result = async (side: 'ours' | 'peer'): Promise<SideResult> => {
    const sorted = times[side].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      perSecond: await throughput(() => sides[side].post(q[side]), concurrent),
      statements: recorded[side].length,
      dbHits: await dbHits(driver, database, recorded[side]),
    };
  };
  const ours = await result('ours');
  const peer = await result('peer');
  return { question: q, same: isDeepStrictEqual(answers.ours, answers.peer), rows, ours, peer };
}

function table(rows: Row[]): string[] {
  const f = (n: number) => n.toFixed(1);
  return [
    '| Question | Same answer | Rows | Ours p50 ms | Peer p50 ms | Ratio p50 | Ours p95 ms | Peer p95 ms | Ours req/s (8 clients) | Peer req/s | Ours statements | Peer statements | Ours dbHits | Peer dbHits |',
    '| -------- | :---------: | ---: | ----------: | ----------: | --------: | ----------: | ----------: | ---------------------: | ---------: | --------------: | --------------: | ----------: | ----------: |',
    ...rows.map(
      (r) =>
        `| ${r.question.name}${r.question.nested ? ' (nested)' : ''} | ${r.same ? 'yes' : '**no**'} | ${r.rows} | ${f(r.ours.p50)} | ${f(r.peer.p50)} | ${(r.ours.p50 / r.peer.p50).toFixed(2)} | ${f(r.ours.p95)} | ${f(r.peer.p95)} | ${r.ours.perSecond.toFixed(0)} | ${r.peer.perSecond.toFixed(0)} | ${r.ours.statements} | ${r.peer.statements} | ${r.ours.dbHits} | ${r.peer.dbHits} |`,
    ),
  ];
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'directive-graph-bench-peer-'));
  const db = await openBenchDatabase(work);
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    const { driver, database } = db;
    await ensureGraph(driver, database, work);
    const picks = await pick(driver, database);
    console.log('picks:', picks);
    const oursRec = recordingDriver(driver);
    const api = await startApi({ driver: oursRec.driver, database, neo4jUri: db.uri }, 0);
    const peerRec = recordingDriver(driver);
    const schema = await new Neo4jGraphQL({
      typeDefs: PEER_TYPE_DEFS,
      driver: peerRec.driver,
      // ISO dates are strings in this graph: the range filters on strings are opt-in.
      features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
    }).getSchema();
    const apollo = new ApolloServer({ schema });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0 } });
    const sides: Sides = {
      ours: { post: poster(api.url), take: oursRec.take },
      peer: { post: poster(url), take: peerRec.take },
    };
    const rows: Row[] = [];
    const failures: string[] = [];
    try {
      for (const q of questions(picks)) {
        try {
          const row = await measureQuestion(q, sides, driver, database);
          console.log(table([row]).at(-1));
          rows.push(row);
        } catch (error) {
          // A question that fails (a timeout under load, a question without rows) is reported
          // in the table, and the run goes on with the others.
          failures.push(`${q.name}: ${error instanceof Error ? error.message : String(error)}`);
          console.log(`FAILED ${failures.at(-1)}`);
        }
      }
    } finally {
      await api.stop();
      await apollo.stop();
    }
    writeResults('peer.md', [
      '# Peer benchmark: our API and @neo4j/graphql on the same graph',
      '',
      describeRun(
        `npm run bench:peer -- --documents ${total} --runs ${runs} --concurrent ${concurrent}`,
        db,
      ),
      `Load average at the start ${loadAtStart.toFixed(2)}: the machine is shared, so the absolute figures carry that load; both sides ran interleaved under the same load.`,
      '',
      `Graph: the ${total}-document synthetic cascade of \`bench:ingest\` (seed 1). Picks: ${JSON.stringify(picks)}. Each question: both answers normalised and compared ("Same answer"), rows counted (every question must return some); ${runs} requests one at a time, ours and the peer's interleaved, after 3 warm-ups; then ${concurrent} requests from ${CLIENTS} concurrent clients per side. Statements: Cypher statements one request sends; dbHits: their total under PROFILE. TCP_NODELAY on both sides (one process, src/db/tcp-nodelay.ts).`,
      '',
      ...table(rows),
      ...(failures.length > 0 ? ['', 'Failed:', ...failures.map((f) => `- ${f}`)] : []),
      '',
    ]);
    if (failures.length > 0 || rows.some((r) => !r.same)) process.exitCode = 1;
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:peer: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
