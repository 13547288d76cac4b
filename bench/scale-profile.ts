/**
 * `tsx bench/scale-profile.ts --size 3000 [--only tasks,implementationTree] [--save f.json]
 * [--compare f.json --runs 30]` (NEO4J_URI): why a question of bench:scale costs more on a bigger
 * graph. Grows the graph of NEO4J_URI to `size` documents (the cascade of bench:scale: its first
 * N documents, the registry of that size synced first), picks bench:api's questions, runs each
 * through the API with a recording driver, and PROFILEs the statements it sent: dbHits and rows
 * per operator, their total, and the answer's size. `--save` writes the statements (to replay
 * them on another tree); `--compare` times saved statements against this tree's, interleaved in
 * one process (measurePair), matched by question name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { routing, type Driver } from 'neo4j-driver';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { benchRequests, measurePair, type ApiRequest } from './api-requests.ts';
import { questions } from './peer/questions.ts';
import { recordingDriver, revive, type Plan, type Statement } from './peer/record.ts';
import { cachedCorpus } from './corpus-cache.ts';
import { cascadeRegistries, syncNewOrganizations } from './scale-db.ts';
import { ingestedDocuments, openBenchDatabase, option } from './setup.ts';

process.env.LOG_LEVEL ??= 'warn';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

function printPlan(p: Plan, depth: number, out: string[]): number {
  const details = String(p.arguments.Details ?? '').slice(0, 150);
  out.push(
    `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows ?? 0} hits=${p.dbHits ?? 0}  ${details}`,
  );
  return (p.dbHits ?? 0) + p.children.reduce((s, c) => s + printPlan(c, depth + 1, out), 0);
}

async function grow(driver: Driver, database: string, size: number): Promise<void> {
  const have = await ingestedDocuments(driver, database);
  if (have >= size) return;
  const corpus = cachedCorpus(size, 1, console.log);
  const registry = cascadeRegistries(loadRegistry(), size, 1)(size);
  await syncNewOrganizations(driver, database, registry);
  const t0 = Date.now();
  const done = await ingestFiles(
    { driver, database },
    createEnvironment(registry),
    corpus.files.slice(have, size),
    { batchSize: 50, concurrency: 2 },
  );
  if (done.failed > 0) throw new Error(`${done.failed} documents failed`);
  console.log(`ingested ${size - have} documents in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

async function main(): Promise<void> {
  const size = option('size', 3000);
  const runs = option('runs', 30);
  const only = (arg('only') ?? '').split(',').filter(Boolean);
  const db = await openBenchDatabase('/tmp', process.env.NEO4J_URI);
  const { driver, database } = db;
  try {
    await grow(driver, database, size);
    await driver.executeQuery(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      { database },
    );
    const requests = (await benchRequests(driver, database)).filter(
      (r) => only.length === 0 || only.some((o) => r.name.includes(o)),
    );
    // bench:peer's tasks-due question as our side asks it (a `where` on dueEnd), same window.
    const due = requests.find((r) => r.name.startsWith('tasks due'));
    if (due && process.argv.includes('--peer-tasks')) {
      const { from, to } = due.variables as { from: string; to: string };
      const picks = { document: '', body: '', resolution: '', province: '' };
      const peer = questions({ ...picks, dueFrom: from, dueTo: to }).find((q) =>
        q.name.startsWith('tasks due'),
      );
      if (peer) {
        const asked: ApiRequest = { name: `peer: ${peer.name}`, ...peer.ours };
        requests.push(asked);
      }
    }
    const recorder = recordingDriver(driver);
    const api = await startApi({ driver: recorder.driver, database, neo4jUri: db.uri }, 0);
    const saved: Record<string, Statement[]> = {};
    const post = async (query: string, variables: object): Promise<string> => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.text();
    };
    try {
      for (const r of requests) {
        recorder.take();
        const answer = await post(r.query, r.variables);
        const statements = recorder.take();
        saved[r.name] = statements;
        const lines: string[] = [];
        let hits = 0;
        for (const s of statements) {
          const profiled = /^CYPHER\b/.test(s.cypher)
            ? s.cypher.replace(/^(CYPHER[^\n]*)\n/, '$1\nPROFILE ')
            : `PROFILE ${s.cypher}`;
          const result = await driver.executeQuery(profiled, s.params, {
            database,
            routing: routing.READ,
          });
          const plan = result.summary.profile as unknown as Plan;
          lines.push(s.cypher, JSON.stringify(s.params));
          hits += printPlan(plan, 1, lines);
        }
        const nodes = (answer.match(/"parent"/g) ?? []).length;
        console.log(
          `## ${r.name} @ ${size}: ${statements.length} statements, ${hits} dbHits, answer ${(Buffer.byteLength(answer) / 1000).toFixed(1)} KB${nodes ? `, ${nodes} tree nodes, ${(hits / nodes).toFixed(1)} dbHits/node` : ''}`,
        );
        if (!process.argv.includes('--quiet')) console.log(lines.join('\n'));
      }
    } finally {
      await api.stop();
    }
    const save = arg('save');
    if (save) writeFileSync(save, JSON.stringify(saved));
    const compare = arg('compare');
    if (compare) {
      const before = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, Statement[]>;
      const replay = (list: Statement[]) => async (): Promise<void> => {
        for (const s of list)
          await driver.executeQuery(s.cypher, revive(s.params) as Statement['params'], {
            database,
            routing: routing.READ,
          });
      };
      for (const [name, after] of Object.entries(saved)) {
        const old = before[name];
        if (!old) continue;
        const [b, a] = await measurePair(replay(old), replay(after), runs);
        console.log(
          `timing ${name} @ ${size}: before p50 ${b.p50.toFixed(1)} p95 ${b.p95.toFixed(1)} ms, after p50 ${a.p50.toFixed(1)} p95 ${a.p95.toFixed(1)} ms (${runs} runs each, interleaved)`,
        );
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
