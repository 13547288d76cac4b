/**
 * `npm run eval:formats`: the round trip of issue 11 on the seeds. Each seed's clean text is
 * rendered as it would be kept (bench/eval/render.ts: a saved web page, a PDF with a text layer,
 * a DOCX, a scanned PDF), read back through src/formats, parsed, and scored against the seed's
 * hand label (labeller a) like `npm run eval` scores the clean text. Goals: PDF, DOCX and HTML
 * within 0.02 mean F1 of the text, the scan within 0.10. `--no-scan` skips the (slow) OCR.
 * Writes bench/results/formats-roundtrip.md; exits 1 when a goal is missed.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readFormatted } from '../src/formats/index.ts';
import { decodeDocument } from '../src/io/read-document.ts';
import { createResolver, loadRegistry, type Registry } from '../src/orgs/index.ts';
import { parseDocument } from '../src/parse/index.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { fromLabel, fromParsed } from './eval/extract.ts';
import { findQuote, parseLabel } from './eval/labels.ts';
import { renderDocx, renderHtml, printPdf, scanPdf } from './eval/render.ts';
import { total, type DocResult } from './eval/report.ts';
import { meanF1, scoreDocument } from './eval/score.ts';
import { FIELDS, type Label } from './eval/types.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench/results/formats-roundtrip.md');
const keep = join(root, 'bench/results/tmp/roundtrip');
const withScan = !process.argv.includes('--no-scan');

type Format = 'text' | 'html' | 'pdf' | 'docx' | 'scan';
const GOAL: Record<Exclude<Format, 'text'>, number> = {
  html: 0.02,
  pdf: 0.02,
  docx: 0.02,
  scan: 0.1,
};

interface Scorer {
  registry: Registry;
  resolve: ReturnType<typeof createResolver>;
}

/** A text's parse scored against the label, the label's quotes found again in that text. */
function score(s: Scorer, key: string, label: Label, text: string): DocResult {
  const positions = label.tasks.map((t) => findQuote(text, t.quote) ?? -1);
  const reference = fromLabel(label, positions, text.length, 'reference');
  const parsed = parseDocument(text, {
    documentKey: key,
    registry: s.registry,
    resolve: s.resolve,
  });
  const result = scoreDocument(reference, fromParsed(parsed), s.registry.abbreviations);
  return { key, set: 'seeds', genre: 'seed', score: result };
}

const f1 = (rs: DocResult[]): number => meanF1(total(rs).fields) ?? 0;

async function main(): Promise<number> {
  const registry = loadRegistry();
  const scorer: Scorer = { registry, resolve: createResolver(registry) };
  const seedDir = join(root, 'seed/documents');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  mkdirSync(keep, { recursive: true });
  const results = new Map<Format, DocResult[]>();
  const rows: string[] = [];
  const browser = await launchChromium();
  try {
    for (const file of seeds) {
      const text = readFileSync(join(seedDir, file), 'utf8');
      const yaml = readFileSync(
        join(root, 'tests/corpus/labels/a', `seed-${file.replace(/\.txt$/, '.yaml')}`),
        'utf8',
      );
      const parsedLabel = parseLabel(yaml, text);
      if (!parsedLabel.ok) throw new Error(`label of ${file}: ${parsedLabel.errors.join('; ')}`);
      const label = parsedLabel.label;
      const html = renderHtml(text, file);
      const pdf = await printPdf(browser, html);
      const kept: [Exclude<Format, 'text'>, string, Uint8Array][] = [
        ['html', 'htm', new TextEncoder().encode(html)],
        ['pdf', 'pdf', pdf],
        ['docx', 'docx', renderDocx(text)],
      ];
      if (withScan) kept.push(['scan', 'scan.pdf', await scanPdf(browser, pdf)]);
      const base = score(scorer, file, label, text);
      results.set('text', [...(results.get('text') ?? []), base]);
      const cells = [`| ${file} | ${f1([base]).toFixed(3)}`];
      for (const [format, ext, bytes] of kept) {
        const name = `${file.replace(/\.txt$/, '')}.${ext}`;
        writeFileSync(join(keep, name), bytes);
        const started = performance.now();
        const read = await readFormatted(name, bytes, { decodeText: decodeDocument });
        const ms = performance.now() - started;
        const r = score(scorer, file, label, read.text);
        results.set(format, [...(results.get(format) ?? []), r]);
        const pages = read.pages.length > 0 ? `, ${read.pages.length} p.` : '';
        cells.push(`${f1([r]).toFixed(3)} (${(ms / 1000).toFixed(1)} s${pages})`);
        console.log(`${file} ${format}: ${f1([r]).toFixed(3)} vs text ${f1([base]).toFixed(3)}`);
      }
      rows.push(`${cells.join(' | ')} |`);
    }
  } finally {
    await browser.close();
  }
  const formats = [...results.keys()].filter((f): f is Exclude<Format, 'text'> => f !== 'text');
  const text = f1(results.get('text') ?? []);
  const verdicts = formats.map((f) => {
    const value = f1(results.get(f) ?? []);
    const ok = text - value <= GOAL[f];
    return {
      f,
      value,
      ok,
      line: `| ${f} | ${value.toFixed(3)} | ${(value - text).toFixed(3)} | within ${GOAL[f]} | ${ok ? 'met' : '**missed**'} |`,
    };
  });
  const perField = (['text', ...formats] as Format[])
    .map((f) => {
      const t = total(results.get(f) ?? []);
      const cells = FIELDS.map((field) => {
        const c = t.fields[field];
        const d = 2 * c.tp + c.fp + c.fn;
        return d === 0 ? '–' : ((2 * c.tp) / d).toFixed(2);
      });
      return `| ${f} | ${cells.join(' | ')} |`;
    })
    .join('\n');
  const report = `# Round trip of the seeds through the kept formats (\`npm run eval:formats\`)

Run ${new Date().toISOString().slice(0, 16)}Z on ${cpus().length} cores (load ${loadavg()[0]!.toFixed(1)}, shared).
Each seed's clean text rendered as a saved web page, a PDF with a text layer (Chromium's print
of that page), a DOCX (WordprocessingML, one paragraph per block, its lines apart by breaks)${withScan ? ' and a scanned PDF (the PDF rasterised at 200 dpi by `pdftoppm`, printed back as images; read by Tesseract `vie`)' : ''};
each read back through \`src/formats\`, parsed, and scored against the seed's hand label
(labeller a) as \`npm run eval\` scores the text (mean F1 over the fields, pooled over the four
seeds). The label's task quotes are found again in each read text (white space free).

| format | mean F1 | vs text | goal | |
| --- | ---: | ---: | --- | --- |
| text | ${text.toFixed(3)} | – | – | |
${verdicts.map((v) => v.line).join('\n')}

Per seed (mean F1; reading time and pages):

| seed | text | ${formats.join(' | ')} |
| --- | ---: | ${formats.map(() => '---:').join(' | ')} |
${rows.join('\n')}

Per field (F1, pooled):

| format | ${FIELDS.join(' | ')} |
| --- | ${FIELDS.map(() => '---:').join(' | ')} |
${perField}
`;
  writeFileSync(out, report);
  console.log(report);
  return verdicts.every((v) => v.ok) ? 0 : 1;
}

process.exitCode = await main();
