/**
 * `npx tsx bench/eval-subset.ts <file-prefix>…`: the `npm run eval` scores (labels a, same
 * matching) of the corpus documents whose file name starts with one of the arguments, next to the
 * rest of the corpus. Used for the held-out measurement (bench/results/holdout.md): the figure of
 * documents no rule was written for, apart from the corpus the rules were tuned on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createResolver, loadRegistry } from '../src/orgs/index.ts';
import { parseDocument } from '../src/parse/index.ts';
import { fromLabel, fromParsed } from './eval/extract.ts';
import { parseLabel } from './eval/labels.ts';
import { total, type DocResult } from './eval/report.ts';
import { meanF1, prf, scoreDocument } from './eval/score.ts';
import { FIELDS } from './eval/types.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'tests/corpus');
const filters = process.argv.slice(2);
const registry = loadRegistry();
const resolver = createResolver(registry);

const chosen: DocResult[] = [];
const rest: DocResult[] = [];
for (const f of readdirSync(join(corpus, 'docs')).sort()) {
  if (!f.endsWith('.txt')) continue;
  const raw = readFileSync(join(corpus, 'docs', f), 'utf8');
  const text = raw.startsWith('# source:') ? raw.slice(raw.indexOf('\n') + 1) : raw;
  let yaml: string;
  try {
    yaml = readFileSync(join(corpus, 'labels/a', f.replace(/\.txt$/, '.yaml')), 'utf8');
  } catch {
    continue;
  }
  const label = parseLabel(yaml, text);
  if (!label.ok) throw new Error(`${f}: ${label.errors.join('; ')}`);
  const reference = fromLabel(
    label.label,
    label.positions,
    text.length,
    'reference',
    label.occurrences,
  );
  const parsed = parseDocument(text, { documentKey: basename(f), registry, resolve: resolver });
  const score = scoreDocument(reference, fromParsed(parsed), registry.abbreviations);
  const result: DocResult = { key: f, set: 'corpus', genre: '', score };
  (filters.some((s) => f.startsWith(s)) ? chosen : rest).push(result);
}

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
for (const [name, rs] of [
  ['selected', chosen],
  ['rest of the corpus', rest],
] as const) {
  const t = total([...rs]);
  console.log(`\n${name}: ${rs.length} documents, mean F1 ${fmt(meanF1(t.fields))}`);
  console.log('| field | precision | recall | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|');
  for (const f of FIELDS) {
    const c = t.fields[f];
    const p = prf(c);
    console.log(
      `| ${f} | ${fmt(p.precision)} | ${fmt(p.recall)} | **${fmt(p.f1)}** | ${c.tp} | ${c.fp} | ${c.fn} |`,
    );
  }
  if (name !== 'selected') continue;
  for (const r of rs)
    console.log(
      `${r.key}: ${FIELDS.map((f) => `${f} ${fmt(prf(r.score.fields[f]).f1)}`).join(', ')}`,
    );
}
