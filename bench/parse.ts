/**
 * `npm run bench:parse`: parser throughput (MB/s of UTF-8 input, documents/s) on one core, over
 * the seed documents and larger generated variations (seeds concatenated into long documents,
 * NFD-decomposed text, table-scraped text). Writes the figures to bench/results/parse.md.
 * Goal: ≥ 5 MB/s (median round, CPU time).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createResolver, loadRegistry } from '../src/orgs/index.ts';
import { parseDocument, type ParseOptions } from '../src/parse/index.ts';
import { ownCpu } from './proc-cpu.ts';

const root = resolve(import.meta.dirname, '..');
const seedDir = resolve(root, 'seed/documents');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(resolve(seedDir, f), 'utf8') }));

/** A long plan: the seeds' bodies one after another, each part renumbered, under one header. */
function longDocument(copies: number): string {
  const parts: string[] = [
    'ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 99-KH/TW\n\nHà Nội, ngày 01 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nthực hiện Nghị quyết số 20-NQ/TW\n\n-----\n\nBộ Chính trị ban hành Kế hoạch như sau:\n',
  ];
  for (let i = 0; i < copies; i++)
    for (const s of seeds)
      parts.push(s.text.replace(/^(#+\s*)?(\*\*)?([IVX]+)([-.])/gm, `$1$2$3$4`));
  return parts.join('\n\n');
}

/** Text scraped from a web page: the header and the signature block inside table bars. */
function scraped(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((l, i) => ((i < 20 || i >= lines.length - 15) && l.trim() !== '' ? `| ${l} | |` : l))
    .join('\n');
}

interface Corpus {
  name: string;
  docs: string[];
}

const corpora: Corpus[] = [
  { name: 'seeds (4 documents)', docs: seeds.map((s) => s.text) },
  { name: 'seeds, NFD-decomposed', docs: seeds.map((s) => s.text.normalize('NFD')) },
  { name: 'seeds, table-scraped', docs: seeds.map((s) => scraped(s.text)) },
  { name: 'long plans (~250 KB each)', docs: [longDocument(3), longDocument(3).normalize('NFC')] },
  { name: 'one very long plan (~2 MB)', docs: [longDocument(25)] },
];

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

interface Rate {
  mbps: number;
  docsps: number;
}

/**
 * Throughput over `rounds` rounds of at least `roundSeconds` of CPU time each, after a warm-up
 * round: the median round, with the slowest and fastest to show the spread. Long rounds and CPU
 * time keep the figure steady when other processes share the machine.
 */
function measure(
  docs: string[],
  options: () => ParseOptions,
  rounds: number,
  roundSeconds: number,
): { median: Rate; min: number; max: number; bytes: number } {
  const total = docs.reduce((n, d) => n + bytes(d), 0);
  const round = (seconds: number): Rate => {
    let runs = 0;
    const t0 = ownCpu();
    let elapsed = 0;
    while (elapsed < seconds || runs < 2) {
      for (const d of docs) parseDocument(d, options());
      runs++;
      elapsed = ownCpu() - t0;
    }
    return { mbps: (total * runs) / 1e6 / elapsed, docsps: (docs.length * runs) / elapsed };
  };
  round(roundSeconds / 2);
  const rates: Rate[] = [];
  for (let r = 0; r < rounds; r++) rates.push(round(roundSeconds));
  rates.sort((a, b) => a.mbps - b.mbps);
  const median = rates[Math.floor(rates.length / 2)] as Rate;
  const min = (rates[0] as Rate).mbps;
  const max = (rates[rates.length - 1] as Rate).mbps;
  return { median, min, max, bytes: total };
}

const ROUNDS = 5;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
/** CPU seconds of parsing every corpus in every mode before the first row is measured: the JIT
 *  takes ~10 s of parsing to settle (a fresh process parses the seeds at less than half its
 *  settled rate), and without a common warm-up the first rows measured would pay for it alone. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);

const registry = loadRegistry();
const resolver = createResolver(registry);
const modes: { name: string; options: () => ParseOptions }[] = [
  { name: 'parser + abbreviation table', options: () => ({ registry }) },
  { name: 'parser + resolver (CLI path)', options: () => ({ registry, resolve: resolver }) },
];

/** A fresh process's first second on the seeds (the cold start a one-off CLI run sees). */
function coldStart(): Rate {
  const seedsCorpus = corpora[0] as Corpus;
  const total = seedsCorpus.docs.reduce((n, d) => n + bytes(d), 0);
  const options = (modes[0] as (typeof modes)[number]).options;
  let runs = 0;
  const t0 = ownCpu();
  let elapsed = 0;
  while (elapsed < 1) {
    for (const d of seedsCorpus.docs) parseDocument(d, options());
    runs++;
    elapsed = ownCpu() - t0;
  }
  return {
    mbps: (total * runs) / 1e6 / elapsed,
    docsps: (seedsCorpus.docs.length * runs) / elapsed,
  };
}

/** Every corpus in every mode, in turn, until WARMUP_SECONDS of CPU time have passed. */
function warmUp(): void {
  const t0 = ownCpu();
  while (ownCpu() - t0 < WARMUP_SECONDS)
    for (const c of corpora)
      for (const m of modes) for (const d of c.docs) parseDocument(d, m.options());
}

const cold = coldStart();
process.stdout.write(`cold start (first second, seeds): ${cold.mbps.toFixed(2)} MB/s\n`);
warmUp();

const rows: string[] = [];
const worst = new Map<string, number>();
for (const c of corpora) {
  for (const m of modes) {
    const r = measure(c.docs, m.options, ROUNDS, ROUND_SECONDS);
    worst.set(m.name, Math.min(worst.get(m.name) ?? Infinity, r.median.mbps));
    const spread = (100 * (r.max - r.min)) / r.median.mbps;
    const line = `| ${c.name} | ${m.name} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.median.mbps.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} (${spread.toFixed(0)} %) | ${r.median.docsps.toFixed(1)} |`;
    rows.push(line);
    process.stdout.write(`${line}\n`);
  }
}

const goal = 5;
const md = `# Parser benchmark

\`npm run bench:parse\` (bench/parse.ts). One core (Node ${process.version}, single thread), ${cpus()[0]?.model ?? 'unknown CPU'}.
Throughput is UTF-8 input bytes per second of CPU time (\`process.cpuUsage\`, user + system, so the time other
processes on this shared machine hold the core is not counted). Settled throughput: after a common warm-up of
${WARMUP_SECONDS} s of CPU time parsing every corpus in every mode (the JIT settles in about that time), each corpus is
parsed in ${ROUNDS} rounds of at least ${ROUND_SECONDS} s of CPU time after a warm-up round of its own; "MB/s" is the
median round, "range" the slowest and fastest rounds and their spread relative to the median.
Cold start, for comparison: a fresh process parsing the seeds for its first second of CPU time reads
**${cold.mbps.toFixed(2)} MB/s** (${cold.docsps.toFixed(1)} documents/s) — what a one-off \`cli parse\` of a few files sees.
Load average when run: ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')} on ${cpus().length} cores. Run at ${new Date().toISOString()}.

| corpus | mode | input | MB/s (median) | range (spread) | documents/s |
|---|---|---|---|---|---|
${rows.join('\n')}

Slowest corpus per mode, median round (goal ≥ ${goal} MB/s for the parser):
${[...worst].map(([m, v]) => `- ${m}: **${v.toFixed(2)} MB/s** (${v >= goal ? 'meets' : 'below'} ${goal} MB/s)`).join('\n')}

"parser + abbreviation table" is \`parseDocument\` as the tests call it; "parser + resolver" adds the
organization resolver of src/orgs on every actor, as \`npm run cli -- parse\` does.
`;
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(resolve(root, 'bench/results/parse.md'), md);
for (const [m, v] of worst)
  process.stdout.write(`slowest, ${m}: ${v.toFixed(2)} MB/s (goal ${goal} MB/s)\n`);
process.stdout.write('→ bench/results/parse.md\n');
