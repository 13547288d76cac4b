/**
 * `npm run load [-- --seconds 15 --clients 4 --attackers 4 --rounds 3]`: a bounded load test on
 * loopback. The API on the seed graph, in its own process; `clients` normal clients
 * (load-clients.ts: a document, a page of tasks, search, an organization with its partners, one
 * document's coverage, the timeline, a CSV export) in a second process, `attackers` sending what
 * once broke the service (issue 15: 15 aliases of coverageReport, 300 of coordinationPartners, a
 * 9 MiB document of `__typename` aliases, an 11 MB body, a too-deep query) in a third. Each client
 * has its own loopback address (127.0.0.x), so the per-address rate limit applies to each; a
 * normal client keeps under it (load-clients.ts), an attacker does not.
 *
 * The normal clients run alone and beside the attackers in alternating windows (`rounds` of each,
 * `seconds` in all per condition, the order swapped every round), so that the rest of the
 * machine weighs on both alike; each window records the load average and the API process's CPU
 * time (its /metrics). Then each attack and each normal operation is sent 30 times in a row, to
 * price it in API CPU time. Goal: the normal operations' p95 beside the attackers within 2× of
 * their p95 alone, and no error among them. Writes bench/results/load.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../src/graph/ingest.ts';
import { listDocuments } from '../src/io/list-documents.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { seedDir } from '../src/paths.ts';
import {
  ATTACKS,
  NORMAL,
  NORMAL_PER_SECOND,
  runGroup,
  type Command,
  type Outcome,
} from './load-clients.ts';
import { describeRun, openBenchDatabase, option, writeResults } from './setup.ts';

// A log line per request would flood the results and cost time measured (LOG_LEVEL overrides).
process.env.LOG_LEVEL ??= 'warn';

const seconds = option('seconds', 15);
const clients = option('clients', 4);
const attackers = option('attackers', 4);
const rounds = option('rounds', 3);
/** Calls of one kind in a row to price it. */
const PRICED = 20;

interface Group {
  child: ChildProcess;
  run(command: Command): Promise<Outcome[]>;
}

function startGroup(kind: 'normal' | 'attack', url: string, count: number): Promise<Group> {
  const first = kind === 'normal' ? 10 : 100;
  const child = fork(import.meta.filename, ['--group', kind, url, String(count), String(first)], {
    execArgv: ['--import', 'tsx'],
  });
  const run = (command: Command) =>
    new Promise<Outcome[]>((resolveRun) => {
      child.once('message', (m) => resolveRun(m as Outcome[]));
      child.send(command);
    });
  // A first exchange: the process is up and its bodies are built.
  return run({ repeat: 'none', times: 0 }).then(() => ({ child, run }));
}

/** The API process's CPU seconds so far (prom-client's process_cpu_seconds_total). */
async function apiCpuSeconds(api: { url: string }): Promise<number> {
  const text = await (await fetch(new URL('/metrics', api.url))).text();
  return Number(/^process_cpu_seconds_total (\S+)$/m.exec(text)?.[1] ?? NaN);
}

interface Window {
  normal: Outcome[];
  attack: Outcome[];
  /** Load average (1 min) at the start and the end. */
  load: [number, number];
  /** API CPU seconds per second of the window. */
  apiCpu: number;
}

async function window(
  api: { url: string },
  groups: { normal: Group; attack: Group },
  withAttack: boolean,
  length: number,
): Promise<Window> {
  const load0 = loadavg()[0]!;
  const cpu0 = await apiCpuSeconds(api);
  const started = Date.now();
  const until = started + length * 1000;
  const [normal, attack] = await Promise.all([
    groups.normal.run({ until }),
    withAttack ? groups.attack.run({ until }) : Promise.resolve([]),
  ]);
  const apiCpu = ((await apiCpuSeconds(api)) - cpu0) / ((Date.now() - started) / 1000);
  return { normal, attack, load: [load0, loadavg()[0]!], apiCpu };
}

interface Condition {
  windows: Window[];
  normal: Outcome[];
  attack: Outcome[];
}

async function measure(api: { url: string }, groups: { normal: Group; attack: Group }) {
  const alone: Condition = { windows: [], normal: [], attack: [] };
  const attacked: Condition = { windows: [], normal: [], attack: [] };
  await window(api, groups, false, Math.max(3, seconds / rounds)); // warm-up
  for (let r = 0; r < rounds; r += 1) {
    for (const withAttack of r % 2 === 0 ? [false, true] : [true, false]) {
      const w = await window(api, groups, withAttack, seconds / rounds);
      const into = withAttack ? attacked : alone;
      into.windows.push(w);
      into.normal.push(...w.normal);
      into.attack.push(...w.attack);
    }
  }
  return { alone, attacked };
}

/** API CPU milliseconds per call of each kind, sent PRICED times in a row by one client. */
async function price(api: { url: string }, groups: { normal: Group; attack: Group }) {
  const rows: { name: string; cpuMs: number; answers: Outcome[] }[] = [];
  for (const [group, calls] of [
    [groups.attack, ATTACKS],
    [groups.normal, NORMAL],
  ] as const) {
    for (const call of calls) {
      const cpu0 = await apiCpuSeconds(api);
      const answers = await group.run({ repeat: call.name, times: PRICED });
      const cpuMs = (((await apiCpuSeconds(api)) - cpu0) * 1000) / PRICED;
      rows.push({ name: call.name, cpuMs, answers });
    }
  }
  return rows;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** A normal outcome is an error unless 200 without a coded error. */
const failed = (o: Outcome) => o.status !== 200 || o.code !== undefined;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function normalRow(label: string, c: Condition): string {
  const ms = c.normal.map((o) => o.ms);
  const load = mean(c.windows.flatMap((w) => w.load)).toFixed(1);
  const cpu = mean(c.windows.map((w) => w.apiCpu)).toFixed(2);
  return `| ${label} | ${c.normal.length} | ${(c.normal.length / seconds).toFixed(1)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${c.normal.filter(failed).length} | ${load} | ${cpu} |`;
}

function answers(list: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of list) {
    const key = `${o.status} ${o.code ?? ''}`.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}

function attackRows(outcomes: Outcome[]): string[] {
  const byKind = new Map<string, Outcome[]>();
  for (const o of outcomes) byKind.set(o.name, [...(byKind.get(o.name) ?? []), o]);
  return [...byKind].map(
    ([name, list]) =>
      `| ${name} | ${list.length} | ${percentile(
        list.map((o) => o.ms),
        95,
      ).toFixed(0)} | ${answers(list)} |`,
  );
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
    const groups = {
      normal: await startGroup('normal', api.url, clients),
      attack: await startGroup('attack', api.url, attackers),
    };
    try {
      const { alone, attacked } = await measure(api, groups);
      report(db, alone, attacked, await price(api, groups));
    } finally {
      groups.normal.child.disconnect();
      groups.attack.child.disconnect();
      api.child.disconnect();
    }
  } finally {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function report(
  db: Parameters<typeof describeRun>[1],
  alone: Condition,
  attacked: Condition,
  prices: Awaited<ReturnType<typeof price>>,
): void {
  const p95 = (o: Outcome[]) =>
    percentile(
      o.map((x) => x.ms),
      95,
    );
  const ratio = p95(attacked.normal) / p95(alone.normal);
  const failures = [...alone.normal, ...attacked.normal].filter(failed);
  const failuresShown = failures.length
    ? `: ${[...new Set(failures.map((f) => `${f.name} ${f.status} ${f.code ?? ''}`))].join('; ')}`
    : '';
  writeResults('load.md', [
    '# Load under attack (`npm run load`)',
    '',
    describeRun(
      `npm run load -- --seconds ${seconds} --clients ${clients} --attackers ${attackers} --rounds ${rounds}`,
      db,
    ),
    '',
    `${clients} normal clients looping over ${NORMAL.length} operations (${NORMAL.map((c) => c.name).join(', ')}), each at most ${NORMAL_PER_SECOND} a second (under the API's per-address limit of 50); ${attackers} attackers looping as fast as they are answered over ${ATTACKS.length} attacks. The API, the normal clients and the attackers run in three processes; every client has its own loopback address. After a warm-up, ${rounds} windows alone and ${rounds} beside the attackers alternate (${seconds} s per condition in all), so that the machine's other load weighs on both; load average (1 min) is the mean over the windows' starts and ends, API CPU the API process's CPU seconds per second.`,
    '',
    '| Normal operations | Requests | per s | p50 ms | p95 ms | Errors | Load average | API CPU s/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    normalRow('alone', alone),
    normalRow('beside the attackers', attacked),
    '',
    `p95 beside the attackers / alone: **${ratio.toFixed(2)}×** (goal ≤ 2×); errors among normal operations: **${failures.length}** (goal 0)${failuresShown}. ${ratio <= 2 && failures.length === 0 ? 'Goals met.' : 'GOALS NOT MET.'}`,
    '',
    '| Attack | Requests | p95 ms | Answers (status code ×count) |',
    '| --- | ---: | ---: | --- |',
    ...attackRows(attacked.attack),
    '',
    `What each call costs the API: ${PRICED} in a row from one client, the API process's CPU time per call (the body refused on its length is not read; the cost limits are checked before Apollo's validation).`,
    '',
    '| Call | API CPU ms per call | p50 ms | Answers |',
    '| --- | ---: | ---: | --- |',
    ...prices.map(
      (p) =>
        `| ${p.name} | ${p.cpuMs.toFixed(2)} | ${percentile(
          p.answers.map((o) => o.ms),
          50,
        ).toFixed(0)} | ${answers(p.answers)} |`,
    ),
    '',
  ]);
}

const serving = process.argv.indexOf('--serve');
const driving = process.argv.indexOf('--group');
if (driving >= 0) runGroup(process.argv.slice(driving + 1));
else {
  (serving >= 0 ? serve(process.argv[serving + 1]!) : main()).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
