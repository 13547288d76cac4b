/**
 * `npm run bench:parse`: parser throughput (MB/s of UTF-8 input, documents/s) on one core, over
 * the seed documents and larger generated variations (seeds concatenated into long documents,
 * NFD-decomposed text, table-scraped text). Writes the figures to bench/results/parse.md.
 * Goal: ≥ 5 MB/s.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createResolver, loadRegistry } from '../src/orgs/index.ts';
import { parseDocument, type ParseOptions } from '../src/parse/index.ts';

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

/**
 * Throughput of the best of `rounds` rounds of at least `roundMs` each (after a warm-up): the
 * machine is shared, and the best round is the one least disturbed by other processes. The
 * median round is reported too.
 */
function measure(
  docs: string[],
  options: () => ParseOptions,
  rounds: number,
  roundMs: number,
): { best: number; median: number; docsps: number; bytes: number } {
  const total = docs.reduce((n, d) => n + bytes(d), 0);
  for (const d of docs) parseDocument(d, options());
  const rates: { mbps: number; docsps: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    let runs = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < roundMs || runs < 2) {
      for (const d of docs) parseDocument(d, options());
      runs++;
      elapsed = performance.now() - t0;
    }
    const seconds = elapsed / 1000;
    rates.push({ mbps: (total * runs) / 1e6 / seconds, docsps: (docs.length * runs) / seconds });
  }
  rates.sort((a, b) => b.mbps - a.mbps);
  const best = rates[0] as { mbps: number; docsps: number };
  const median = rates[Math.floor(rates.length / 2)] as { mbps: number; docsps: number };
  return { best: best.mbps, median: median.mbps, docsps: best.docsps, bytes: total };
}

const registry = loadRegistry();
const resolver = createResolver(registry);
const modes: { name: string; options: () => ParseOptions }[] = [
  { name: 'parser + abbreviation table', options: () => ({ registry }) },
  { name: 'parser + resolver (CLI path)', options: () => ({ registry, resolve: resolver }) },
];

const rows: string[] = [];
const worst = new Map<string, number>();
for (const c of corpora) {
  for (const m of modes) {
    const r = measure(c.docs, m.options, 5, 400);
    worst.set(m.name, Math.min(worst.get(m.name) ?? Infinity, r.best));
    const line = `| ${c.name} | ${m.name} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.best.toFixed(2)} | ${r.median.toFixed(2)} | ${r.docsps.toFixed(1)} |`;
    rows.push(line);
    process.stdout.write(`${line}\n`);
  }
}

const goal = 5;
const md = `# Parser benchmark

\`npm run bench:parse\` (bench/parse.ts). One core (Node ${process.version}, single thread), ${cpus()[0]?.model ?? 'unknown CPU'}.
Throughput is UTF-8 input bytes per second. Each corpus is parsed in 5 rounds of at least 0.4 s after a warm-up;
"MB/s" is the best round (least disturbed by other processes on this shared machine), "median" the median round.
Load average when run: ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')} on ${cpus().length} cores. Run at ${new Date().toISOString()}.

| corpus | mode | input | MB/s (best) | MB/s (median) | documents/s |
|---|---|---|---|---|---|
${rows.join('\n')}

Slowest corpus per mode, best round (goal ≥ ${goal} MB/s for the parser):
${[...worst].map(([m, v]) => `- ${m}: **${v.toFixed(2)} MB/s** (${v >= goal ? 'meets' : 'below'} ${goal} MB/s)`).join('\n')}

"parser + abbreviation table" is \`parseDocument\` as the tests call it; "parser + resolver" adds the
organization resolver of src/orgs on every actor, as \`npm run cli -- parse\` does.
`;
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(resolve(root, 'bench/results/parse.md'), md);
for (const [m, v] of worst)
  process.stdout.write(`slowest, ${m}: ${v.toFixed(2)} MB/s (goal ${goal} MB/s)\n`);
process.stdout.write('→ bench/results/parse.md\n');
