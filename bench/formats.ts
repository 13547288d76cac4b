/**
 * `npm run bench:formats`: reading kept files on this machine, one process — pages per second
 * for a PDF with a text layer (the 8-page Chromium-printed plan of tests/fixtures/formats), for
 * OCR of a scanned page (image and image-only PDF, Tesseract `vie`), and DOCX / HTML reading;
 * then the text PDF end to end to a write plan (read → parse → resolve → plan). Writes the
 * figures to bench/results/formats.md. Needs Tesseract for the OCR rows (see the README).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { decodeDocument } from '../src/io/read-document.ts';
import { readFormatted, type FormattedDocument } from '../src/formats/index.ts';
import { createEnvironment, prepareText } from '../src/graph/ingest.ts';
import { loadRegistry } from '../src/orgs/index.ts';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string) => resolve(root, 'tests/fixtures/formats', name);

async function timed(name: string, runs: number) {
  const bytes = readFileSync(fixture(name));
  let doc: FormattedDocument | undefined;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    doc = await readFormatted(name, bytes, { decodeText: decodeDocument });
  }
  const ms = (performance.now() - t0) / runs;
  const pages = Math.max(1, doc?.pages.length ?? 0);
  return { name, kind: doc?.kind ?? '?', pages, ms, doc: doc as FormattedDocument };
}

const rows = [
  await timed('kh-01-phobang.pdf', 5),
  await timed('kh-16-luongminh.docx', 5),
  await timed('kh-01-phobang.htm', 5),
  await timed('cv-1906-danang-p2.jpg', 1),
  await timed('cv-1906-danang-p2-scan.pdf', 1),
];

const env = createEnvironment(loadRegistry());
const pdf = rows[0] as (typeof rows)[number];
const t0 = performance.now();
const again = await readFormatted('pdf', readFileSync(fixture(pdf.name)), {
  decodeText: decodeDocument,
});
const prepared = prepareText(env, pdf.name, again.text);
const endToEnd = performance.now() - t0;

const lines = [
  '# Formats benchmark (`npm run bench:formats`)',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()[0]?.toFixed(2)}; Node ${process.version}.`,
  '',
  '| file | kind | pages | ms per file | pages per second |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.kind} | ${r.doc.pages.length || '–'} | ${r.ms.toFixed(0)} | ${r.doc.pages.length ? ((r.pages * 1000) / r.ms).toFixed(2) : '–'} |`,
  ),
  '',
  `Text PDF end to end to a write plan (read, parse, resolve, plan; no database): ${endToEnd.toFixed(0)} ms for ${again.pages.length} pages, ${prepared.plan.tasks.length} tasks.`,
  '',
];
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(resolve(root, 'bench/results/formats.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
