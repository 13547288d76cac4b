/**
 * `npm run eval`: scores the parser against the hand labels of the real-document corpus
 * (tests/corpus) and the seeds, and labels b against labels a (agreement); writes
 * bench/results/extraction.md. A bad label file is reported and skipped, and the run then exits 1.
 * Scoring is pure code in bench/eval/ (unit-tested in tests/unit/eval).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createResolver, loadRegistry } from '../src/orgs/index.ts';
import { parseDocument } from '../src/parse/index.ts';
import { fromLabel, fromParsed } from './eval/extract.ts';
import { genres } from './eval/genres.ts';
import { parseLabel } from './eval/labels.ts';
import { renderReport, sets, total, type DocResult } from './eval/report.ts';
import { meanF1, prf, scoreDocument } from './eval/score.ts';
import { FIELDS, type Label } from './eval/types.ts';

const root = resolve(import.meta.dirname, '..');
const corpusDir = join(root, 'tests/corpus');
const out = join(root, 'bench/results/extraction.md');

interface Doc {
  /** Document file name; seeds `seed-<file>`. The label file is this with `.yaml`. */
  key: string;
  /** The `document:` values a label may give. */
  names: string[];
  set: 'seeds' | 'corpus';
  genre: string;
  /** The document text (corpus: without the `# source:` line). */
  text: string;
}

function documents(): Doc[] {
  const genreOf = genres(corpusDir);
  const txt = (dir: string): string[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  const corpus = txt(join(corpusDir, 'docs')).map((f): Doc => {
    const raw = readFileSync(join(corpusDir, 'docs', f), 'utf8');
    const text = raw.startsWith('# source:') ? raw.slice(raw.indexOf('\n') + 1) : raw;
    return { key: f, names: [f], set: 'corpus', genre: genreOf.get(f) ?? '?', text };
  });
  const seedDir = join(root, 'seed/documents');
  const seeds = txt(seedDir).map((f): Doc => ({
    key: `seed-${f}`,
    names: [f, `seed-${f}`],
    set: 'seeds',
    genre: 'seed',
    text: readFileSync(join(seedDir, f), 'utf8'),
  }));
  return [...seeds, ...corpus];
}

interface Loaded {
  label: Label;
  positions: number[];
  occurrences: number[][];
}

/** Labels of one labeller by document key; problems are collected, not thrown. */
function loadLabels(
  who: 'a' | 'b',
  docs: Map<string, Doc>,
  problems: { file: string; errors: string[] }[],
): Map<string, Loaded> {
  const dir = join(corpusDir, 'labels', who);
  const labels = new Map<string, Loaded>();
  if (!existsSync(dir)) return labels;
  for (const f of readdirSync(dir)
    .filter((x) => /\.ya?ml$/.test(x))
    .sort()) {
    const file = `tests/corpus/labels/${who}/${f}`;
    const doc = docs.get(f.replace(/\.ya?ml$/, '.txt'));
    if (!doc) {
      problems.push({ file, errors: ['no document of this name in the corpus or the seeds'] });
      continue;
    }
    const result = parseLabel(readFileSync(join(dir, f), 'utf8'), doc.text);
    if (!result.ok) {
      problems.push({ file, errors: result.errors });
      continue;
    }
    const errors: string[] = [];
    if (!doc.names.includes(result.label.document))
      errors.push(`document: "${result.label.document}" but the file labels ${doc.names[0]}`);
    if (result.label.labeller !== who)
      errors.push(`labeller: "${result.label.labeller}" in the folder of labeller ${who}`);
    if (errors.length > 0) problems.push({ file, errors });
    else labels.set(doc.key, result);
  }
  return labels;
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'seed'], {
      cwd: root,
    });
    return `${head.toString().trim()}${dirty.length > 0 ? ' (src or seed modified)' : ''}`;
  } catch {
    return 'unknown';
  }
}

function main(): number {
  const registry = loadRegistry();
  const resolver = createResolver(registry);
  const docs = documents();
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const problems: { file: string; errors: string[] }[] = [];
  const a = loadLabels('a', byKey, problems);
  const b = loadLabels('b', byKey, problems);

  const results: DocResult[] = [];
  const agreement: DocResult[] = [];
  let parseMs = 0;
  for (const doc of docs) {
    const ref = a.get(doc.key);
    if (!ref) continue;
    const reference = fromLabel(
      ref.label,
      ref.positions,
      doc.text.length,
      'reference',
      ref.occurrences,
    );
    const started = performance.now();
    const parsed = parseDocument(doc.text, {
      documentKey: basename(doc.key),
      registry,
      resolve: resolver,
    });
    parseMs += performance.now() - started;
    const score = scoreDocument(reference, fromParsed(parsed), registry.abbreviations);
    results.push({ key: doc.key, set: doc.set, genre: doc.genre, score });
    const other = b.get(doc.key);
    if (other) {
      const predicted = fromLabel(other.label, other.positions, doc.text.length, 'prediction');
      const s = scoreDocument(reference, predicted, registry.abbreviations);
      agreement.push({ key: doc.key, set: doc.set, genre: doc.genre, score: s });
    }
  }
  const unlabelled = docs.filter((d) => !a.has(d.key)).map((d) => d.key);
  const report = renderReport({
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commit(),
    command: 'npm run eval',
    results,
    agreement,
    problems,
    unlabelled,
    parseMs,
  });
  writeFileSync(out, report);

  for (const [name, rs] of [...sets(results), ['agreement (b vs a)', agreement] as const]) {
    if (rs.length === 0) continue;
    const t = total([...rs]);
    const f1s = FIELDS.map((f) => `${f} ${(prf(t.fields[f]).f1 ?? NaN).toFixed(2)}`).join(', ');
    console.log(`${name} (${rs.length}): mean F1 ${(meanF1(t.fields) ?? NaN).toFixed(2)} — ${f1s}`);
  }
  console.log(`unlabelled: ${unlabelled.length}; written to ${out}`);
  for (const p of problems) console.error(`label problem: ${p.file}: ${p.errors.join('; ')}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
