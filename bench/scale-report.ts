/** bench/results/scale.md from the steps of `bench:scale`, with the goals of issue 15 checked. */
import { cpus, getPriority, loadavg, totalmem } from 'node:os';
import { stealText } from './machine.ts';
import type { StoreSizes } from './scale-db.ts';
import { serverOf, writeResults, type BenchDatabase } from './setup.ts';

export interface ApiResult {
  name: string;
  p50: number | undefined;
  p95: number | undefined;
  error: string | undefined;
  /** Bytes of the answer (JSON). */
  bytes: number;
  /** Runs timed, when fewer than asked (a request that takes seconds). */
  count?: number;
}

export interface Step {
  /** Documents in the graph after the step. */
  size: number;
  /** Documents ingested in the step. */
  documents: number;
  seconds: number;
  prepareMs: number;
  writeMs: number;
  relationships: number;
  /** Share of CPU time the host took over the step (bench/machine.ts), when measured. */
  stolen: number | undefined;
  store: StoreSizes | undefined;
  api: ApiResult[];
}

export interface ScaleRun {
  command: string;
  db: BenchDatabase;
  steps: Step[];
  loadStart: number;
  runs: number;
  seed: number;
  corpusBytes: number;
  /** The API timed at the end on a server per size, every question at all sizes in turn. */
  inTurn: boolean;
  /** Share of CPU time the host took while the API was timed. */
  apiStolen: number | undefined;
  /** Memory free once every size's server was up. */
  apiFreeBytes: number | undefined;
  /** bench/machine.ts cpuCheck at the start and at the end, MB/s. */
  cpuCheck: [number, number];
}

/** The one question asked about another body at each size (bench/scale.ts apiAtEverySize). */
export const BUSIEST_AT_EACH_SIZE =
  'coordinationPartners of the body with the most coordinators at each size (another body, a bigger answer)';

/** Answers that grow with the corpus by design, reported but left out of the flatness goal: the
 *  whole corpus's tree, the province's tree to depth 3 (its communes are dealt over the
 *  districts, so more at every size; its depth 1, beside it, is the like-for-like measure), and
 *  the busiest body of each size (at the largest, another body with more partners). */
const GROWS = /whole corpus|a province's programme, DOWN, depth 3|at each size \(another body/;
const MIB = 2 ** 20;
const kb = (bytes: number, documents: number): string => (bytes / documents / 1000).toFixed(1);

function ingestRows(steps: Step[]): string[] {
  return [
    '| Size | Step documents | Seconds | Documents/s | CPU stolen | Read+parse+plan ms/doc | Write ms/doc | Nodes | Relationships | Store MiB | Indexes MiB | Tx logs MiB | KB/doc store | KB/doc store+indexes | KB/doc all |',
    '| ---: | -------------: | ------: | ----------: | ---------: | ---------------------: | -----------: | ----: | ------------: | --------: | ----------: | ----------: | -----------: | -------------------: | ---------: |',
    ...steps.map((s) => {
      const st = s.store;
      const sizes = st
        ? `${st.nodes} | ${st.relationships} | ${(st.store / MIB).toFixed(0)} | ${(st.indexes / MIB).toFixed(0)} | ${(st.txLogs / MIB).toFixed(0)} | ${kb(st.store, s.size)} | ${kb(st.store + st.indexes, s.size)} | ${kb(st.total, s.size)}`
        : '– | – | – | – | – | – | – | –';
      return `| ${s.size} | ${s.documents} | ${s.seconds.toFixed(0)} | ${(s.documents / s.seconds).toFixed(0)} | ${stealText(s.stolen)} | ${s.prepareMs.toFixed(1)} | ${s.writeMs.toFixed(1)} | ${sizes} |`;
    }),
  ];
}

function apiRows(steps: Step[]): string[] {
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) return [];
  const cell = (r: ApiResult | undefined): string =>
    r?.p95 !== undefined ? r.p95.toFixed(1) : `error: ${r?.error ?? 'not run'}`;
  return [
    `| Request (p95 ms) | ${steps.map((s) => s.size).join(' | ')} | ${last.size} / ${first.size} | Answer ${last.size} / ${first.size} |`,
    `| ---------------- | ${steps.map(() => '---:').join(' | ')} | ---: | ---: |`,
    ...first.api.map((r, i) => {
      const a = r.p95;
      const b = last.api[i]?.p95;
      const ratio = a !== undefined && b !== undefined ? `${(b / a).toFixed(2)}×` : '–';
      const grown = answerGrowth(r, last.api[i]);
      return `| ${r.name} | ${steps.map((s) => cell(s.api[i])).join(' | ')} | ${ratio}${GROWS.test(r.name) ? ' (grows by design)' : ''} | ${grown === undefined ? '–' : `${grown.toFixed(2)}×`} |`;
    }),
  ];
}

/** How much bigger the answer is at the largest size (bytes of JSON), when both ran. */
function answerGrowth(a: ApiResult, b: ApiResult | undefined): number | undefined {
  return a.error === undefined && b?.error === undefined && b && a.bytes > 0
    ? b.bytes / a.bytes
    : undefined;
}

/** An answer within this growth is "of fixed size" (a count or a date in it may grow). */
const FIXED_ANSWER = 1.25;

/** Answer sizes: a question whose answer grows with the corpus (the province's tree gains
 *  communes at every size) cannot stay flat. */
function answerRows(steps: Step[]): string[] {
  const first = steps[0];
  if (!first) return [];
  const kbOf = (r: ApiResult | undefined): string =>
    r?.error === undefined && r ? (r.bytes / 1000).toFixed(1) : '–';
  return [
    `| Answer (KB of JSON) | ${steps.map((s) => s.size).join(' | ')} |`,
    `| ------------------- | ${steps.map(() => '---:').join(' | ')} |`,
    ...first.api.map((r, i) => `| ${r.name} | ${steps.map((s) => kbOf(s.api[i])).join(' | ')} |`),
  ];
}

function goals(steps: Step[]): string[] {
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) return [];
  const rate = first.documents / first.seconds;
  const perDoc = last.store ? last.store.total / last.size / 1000 : undefined;
  const ratios = first.api
    .map((r, i) => ({ r, b: last.api[i]?.p95 }))
    .filter(({ r }) => !GROWS.test(r.name))
    .map(({ r, b }) => (r.p95 !== undefined && b !== undefined ? b / r.p95 : Infinity));
  const worst = Math.max(...ratios);
  const yes = (ok: boolean): string => (ok ? 'yes' : '**no**');
  // The same goal told apart by the answer: a question whose answer grows with the corpus does
  // more work for it; its p95 is set beside its answer's growth, not hidden.
  const sized = first.api.map((r, i) => ({
    r,
    b: last.api[i]?.p95,
    grown: answerGrowth(r, last.api[i]),
  }));
  const fixed = sized
    .filter(({ r, grown }) => !GROWS.test(r.name) && grown !== undefined && grown <= FIXED_ANSWER)
    .map(({ r, b }) => (r.p95 !== undefined && b !== undefined ? b / r.p95 : Infinity));
  const worstFixed = Math.max(...fixed);
  const growing = sized
    .filter(({ r, grown }) => !GROWS.test(r.name) && grown !== undefined && grown > FIXED_ANSWER)
    .map(({ r, b, grown }) =>
      r.p95 !== undefined && b !== undefined && grown !== undefined
        ? `${r.name.split(':')[0]} ${(b / r.p95).toFixed(2)}× for an answer ${grown.toFixed(2)}× as big`
        : `${r.name.split(':')[0]} failed`,
    );
  return [
    `- Ingest ≥ 150 documents/s sustained over the first ${first.size}: ${rate.toFixed(0)} — ${yes(rate >= 150)}.`,
    `- Store ≤ 40 KB per document (all files, ${last.size} documents): ${perDoc === undefined ? 'not measured (not our own server)' : `${perDoc.toFixed(1)} KB — ${yes(perDoc <= 40)}`}.`,
    `- API p95 flat within 1.5× from ${first.size} to ${last.size} (every question but the whole-corpus tree): worst ${Number.isFinite(worst) ? `${worst.toFixed(2)}×` : 'a failed request'} — ${yes(worst <= 1.5)}.`,
    `  - Of those, the ${fixed.length} whose answer stays within ${FIXED_ANSWER}× of its size: worst ${Number.isFinite(worstFixed) ? `${worstFixed.toFixed(2)}×` : 'a failed request'} — ${yes(worstFixed <= 1.5)}. Whose answer grows: ${growing.length > 0 ? growing.join('; ') : 'none'}.`,
  ];
}

export function scaleReport(run: ScaleRun): void {
  const { steps } = run;
  const cpu = cpus()[0]?.model ?? '?';
  const server = serverOf(run.db);
  const nice = getPriority();
  const slow = steps.flatMap((s) =>
    s.api.filter((r) => r.count !== undefined).map((r) => `${r.count} at ${s.size}`),
  );
  const lines = [
    '# Scale benchmark',
    '',
    `Written by \`${run.command}\`${nice > 0 ? ` (under \`nice -n ${nice}\`)` : ''} on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${run.loadStart.toFixed(2)} at the start and ${loadavg()[0]?.toFixed(2)} at the end (a machine shared with other work); Node ${process.version}; Neo4j 5.26 ${server}. CPU check (bench/machine.ts: a fixed text workload, MB/s of CPU time, the same whatever the code; compare runs by it): ${run.cpuCheck[0].toFixed(1)} at the start, ${run.cpuCheck[1].toFixed(1)} at the end.`,
    '',
    `The graph grows step by step to each size: the synthetic cascade of \`bench:ingest\` (seed ${run.seed}; the first N documents of the ${steps.at(-1)?.size}-document corpus, ${(run.corpusBytes / 1e6).toFixed(0)} MB of text, are the N-document corpus), each step's documents through the real path (file → read → parse → resolve → plan → write), 50 per write transaction, 2 batches in flight, after the registry of that size is synced (untimed). Documents/s is sustained over the whole step; "CPU stolen" is the share of CPU time the host took from this virtual machine meanwhile (\`steal\` in /proc/stat).`,
    '',
    `Store: after a clean shutdown of the server (which checkpoints; Community has no \`db.checkpoint()\`), the files of the database folder — "store" the node, relationship, property, string and array stores with their id files and counts; "indexes" its \`schema/\` folder (range, text, full-text and lookup indexes); "tx logs" the transaction logs on disk (the own server rotates them at 8 MiB and keeps none but the last, \`db/src/Launcher.java\`: a checkpoint prunes the rotated files; store files are not preallocated). KB = 1,000 bytes, per document in the graph (the registry's bodies of those documents included).`,
    '',
    ...ingestRows(steps),
    '',
    `API: the questions of \`bench:api\`, over HTTP on localhost, one at a time, ${run.runs} runs each (the whole-corpus tree 20, the path 50 when fewer) after up to 20 warm-up runs; ${run.inTurn ? `picked on the smallest graph as bench:api picks them and asked at every size about the same documents and bodies (the graph only grows; flat means the same question no slower on a bigger graph), and once more about the busiest body of each size (at the largest, another body with more partners: an answer that grows); timed after the last step on a server per size (each size's database folder copied after its step's clean shutdown, all served at once, page cache its store and indexes with a quarter to spare, the largest size's the run's), every question at all sizes in turn — one run at each size, then again — so that the sizes meet the same load (CPU stolen by the host meanwhile: ${stealText(run.apiStolen)}${run.apiFreeBytes === undefined ? '' : `; memory free with every server up: ${(run.apiFreeBytes / 2 ** 30).toFixed(1)} GiB`}); ` : 'timed after each step; '}the API's time limit for a request's statements 5 minutes, not its 10 s (the whole corpus's tree at the largest size takes longer on a slow day); a request whose second run took over a second is timed at each size alone, as many times as fit in 2 minutes (at least 5) after those two${slow.length > 0 ? ` (${slow.join(', ')})` : ''}.`,
    '',
    ...apiRows(steps),
    '',
    ...answerRows(steps),
    '',
    '## Goals (issue 15)',
    '',
    ...goals(steps),
    '',
  ];
  writeResults('scale.md', lines);
}
