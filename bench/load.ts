/**
 * `npm run load [-- --seconds 15 --clients 4 --attackers 4]`: a bounded load test on loopback.
 * The API on the seed graph; `clients` workers loop over a mix of normal operations (a document,
 * a page of tasks, search, an organization with its partners, one document's coverage, the
 * timeline, a CSV export), first alone, then beside `attackers` workers sending what once broke
 * the service (issue 15): 15 aliases of coverageReport, 300 of coordinationPartners, a 9 MiB
 * document of `__typename` aliases, an 11 MB body, a too-deep query. Each worker has its own
 * loopback address (127.0.0.x), as separate clients would, so the per-address rate limit applies
 * to each. Goal: the normal operations' p95 under attack within 2× of the run without it, and
 * no error among them. Writes bench/results/load.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request, Agent } from 'node:http';
import { join } from 'node:path';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { listDocuments } from '../src/io/list-documents.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { seedDir } from '../src/paths.ts';
import { describeRun, openBenchDatabase, option, writeResults } from './setup.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

// A log line per request would flood the results and cost time measured (LOG_LEVEL overrides).
process.env.LOG_LEVEL ??= 'warn';

const seconds = option('seconds', 15);
const clients = option('clients', 4);
const attackers = option('attackers', 4);

interface Call {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const gql = (name: string, query: string, variables: Record<string, unknown> = {}): Call => ({
  name,
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;

const NORMAL: Call[] = [
  gql(
    'document',
    '{ document(number: "10-KH/TW") { id title tasks { id text leads { actor { name } } } } }',
  ),
  gql(
    'tasks page',
    '{ tasks(first: 50) { totalCount edges { node { id text document { title } } } } }',
  ),
  gql('search', '{ search(text: "ban tuyen giao", first: 10) { totalCount } }'),
  gql(
    'organization',
    '{ organization(id: "tw/ban-tuyen-giao") { name tasksLed { id } } coordinationPartners(organization: "tw/ban-tuyen-giao") { totalPartners } }',
  ),
  gql(
    'coverage',
    '{ recipientCoverage(document: "doc:10-KH/TW@tw:2022") { summary { bodies covered } } }',
  ),
  gql('timeline', '{ timeline(first: 20) { totalCount } }'),
  { name: 'export csv', method: 'GET', path: '/export/timeline.csv?at=2023-01-01' },
];

const ATTACKS: Call[] = [
  gql('15 × coverageReport', aliases(15, 'coverageReport { totalCount }')),
  gql(
    '300 × coordinationPartners',
    aliases(300, 'coordinationPartners(organization: "tw/ban-tuyen-giao") { totalPartners }'),
  ),
  gql('9 MiB of __typename', aliases(480_000, '__typename')),
  { name: '11 MB body', method: 'POST', path: '/graphql', body: 'x'.repeat(11_000_000) },
  gql(
    'too deep',
    '{ organization(id: "tw/ban-tuyen-giao") { units { units { units { units { units { units { units { units { units { id } } } } } } } } } } }',
  ),
];

interface Outcome {
  name: string;
  ms: number;
  status: number;
  code: string | undefined;
}

function send(base: URL, agent: Agent, call: Call): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolveCall) => {
    const req = request(
      new URL(call.path, base),
      { method: call.method, agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
          resolveCall({
            name: call.name,
            ms: performance.now() - started,
            status: res.statusCode ?? 0,
            code,
          });
        });
      },
    );
    req.on('error', (e) =>
      resolveCall({ name: call.name, ms: performance.now() - started, status: 0, code: e.message }),
    );
    req.end(call.body);
  });
}

async function worker(base: URL, address: string, calls: Call[], until: number, out: Outcome[]) {
  const agent = new Agent({ keepAlive: true, localAddress: address });
  for (let i = 0; Date.now() < until; i += 1)
    out.push(await send(base, agent, calls[i % calls.length]!));
  agent.destroy();
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** A normal outcome is an error unless 200 without a coded error. */
const failed = (o: Outcome) => o.status !== 200 || o.code !== undefined;

async function phase(
  api: { url: string },
  withAttack: boolean,
): Promise<{ normal: Outcome[]; attack: Outcome[] }> {
  const base = new URL(api.url);
  const until = Date.now() + seconds * 1000;
  const normal: Outcome[] = [];
  const attack: Outcome[] = [];
  await Promise.all([
    ...Array.from({ length: clients }, (_, i) =>
      worker(base, `127.0.0.${10 + i}`, NORMAL, until, normal),
    ),
    ...(withAttack
      ? Array.from({ length: attackers }, (_, i) =>
          worker(base, `127.0.0.${100 + i}`, ATTACKS, until, attack),
        )
      : []),
  ]);
  return { normal, attack };
}

function normalRow(label: string, outcomes: Outcome[]): string {
  const ms = outcomes.map((o) => o.ms);
  return `| ${label} | ${outcomes.length} | ${(outcomes.length / seconds).toFixed(1)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${outcomes.filter(failed).length} |`;
}

function attackRows(outcomes: Outcome[]): string[] {
  const byKind = new Map<string, Outcome[]>();
  for (const o of outcomes) byKind.set(o.name, [...(byKind.get(o.name) ?? []), o]);
  return [...byKind].map(([name, list]) => {
    const answers = new Map<string, number>();
    for (const o of list) {
      const key = `${o.status} ${o.code ?? ''}`.trim();
      answers.set(key, (answers.get(key) ?? 0) + 1);
    }
    const shown = [...answers].map(([k, n]) => `${k} ×${n}`).join(', ');
    return `| ${name} | ${list.length} | ${percentile(
      list.map((o) => o.ms),
      95,
    ).toFixed(0)} | ${shown} |`;
  });
}

/** `--serve <uri>`: the API as npm start serves it (default rate limit: 50/s per address and
 *  key, burst 100), in its own process so the load generator does not share its event loop. */
async function serve(uri: string): Promise<void> {
  const db = await openBenchDatabase(mkdtempSync(join(tmpdir(), 'dg-load-api-')), uri);
  const api = await startApi(
    {
      driver: db.driver,
      database: db.database,
      neo4jUri: uri,
      rateLimit: { perSecond: 50, burst: 100 },
    },
    0,
  );
  process.send?.({ url: api.url });
  process.once('disconnect', () => {
    void api
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

function startServer(uri: string): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(import.meta.filename, ['--serve', uri], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolveUrl, reject) => {
    child.once('message', (m) => resolveUrl({ url: (m as { url: string }).url, child }));
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dg-load-'));
  const db = await openBenchDatabase(work);
  try {
    const seeds = listDocuments([join(seedDir, 'documents')]).files;
    await ingestFiles(
      { driver: db.driver, database: db.database },
      createEnvironment(loadRegistry()),
      seeds,
    );
    const api = await startServer(db.uri);
    try {
      await phase(api, false); // warm-up
      const quiet = await phase(api, false);
      const attacked = await phase(api, true);
      report(db, quiet, attacked);
    } finally {
      api.child.disconnect();
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

type Phase = Awaited<ReturnType<typeof phase>>;

function report(db: Parameters<typeof describeRun>[1], quiet: Phase, attacked: Phase): void {
  const p95 = (o: Outcome[]) =>
    percentile(
      o.map((x) => x.ms),
      95,
    );
  const ratio = p95(attacked.normal) / p95(quiet.normal);
  const failures = [...quiet.normal, ...attacked.normal].filter(failed);
  writeResults('load.md', [
    '# Load under attack (`npm run load`)',
    '',
    describeRun(
      `npm run load -- --seconds ${seconds} --clients ${clients} --attackers ${attackers}`,
      db,
    ),
    '',
    `${clients} normal clients looping over ${NORMAL.length} operations (${NORMAL.map((c) => c.name).join(', ')}), ${seconds} s per phase after a warm-up phase; then the same beside ${attackers} attackers. The API runs in its own process; every client has its own loopback address.`,
    '',
    '| Normal operations | Requests | per s | p50 ms | p95 ms | Errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    normalRow('alone', quiet.normal),
    normalRow('under attack', attacked.normal),
    '',
    `p95 under attack / alone: **${ratio.toFixed(2)}×** (goal ≤ 2×); errors among normal operations: **${failures.length}** (goal 0)${failures.length ? `: ${[...new Set(failures.map((f) => `${f.name} ${f.status} ${f.code ?? ''}`))].join('; ')}` : ''}. ${ratio <= 2 && failures.length === 0 ? 'Goals met.' : 'GOALS NOT MET.'}`,
    '',
    '| Attack | Requests | p95 ms | Answers (status code ×count) |',
    '| --- | ---: | ---: | --- |',
    ...attackRows(attacked.attack),
    '',
  ]);
}

const serving = process.argv.indexOf('--serve');
(serving >= 0 ? serve(process.argv[serving + 1]!) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
