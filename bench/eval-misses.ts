/**
 * `npx tsx bench/eval-misses.ts [genre|file-prefix]…`: what the parser misses per document
 * against labels a (tasks missed and extra, leads, coordinators, deadlines, recipients,
 * metadata), to group the misses into general classes. A diagnostic; `npm run eval` scores.
 * A file is chosen by the start of its name, as in eval-subset.ts: `55-` must not also pick
 * `43-…5155-…` (a held-out document's misses are not to be read before it is measured).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createResolver, loadRegistry } from '../src/orgs/index.ts';
import { parseDocument } from '../src/parse/index.ts';
import { fromLabel, fromParsed } from './eval/extract.ts';
import { genres } from './eval/genres.ts';
import { bodyKey, type Abbreviations } from './eval/keys.ts';
import { parseLabel } from './eval/labels.ts';
import { matchTasks } from './eval/score.ts';
import type { Body } from './eval/types.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'tests/corpus');

function diff(ref: Body[], pred: Body[], abbr: Abbreviations): string[] {
  const rk = ref.map((b) => b.map((n) => bodyKey(n, abbr)));
  const pk = pred.map((b) => b.map((n) => bodyKey(n, abbr)));
  const used = new Set<number>();
  const missed: string[] = [];
  rk.forEach((r, i) => {
    const k = pk.findIndex((p, j) => !used.has(j) && p.some((x) => r.includes(x)));
    if (k >= 0) used.add(k);
    else missed.push(`-${ref[i]?.[0]}`);
  });
  const extra = pred.filter((_, j) => !used.has(j)).map((b) => `+${b[0]}`);
  return [...missed, ...extra];
}

const one = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 110);
const filters = process.argv.slice(2);
const registry = loadRegistry();
const resolver = createResolver(registry);
const abbr = registry.abbreviations;
const genreOf = genres(corpus);
for (const f of readdirSync(join(corpus, 'docs')).sort()) {
  const genre = genreOf.get(f) ?? '?';
  if (filters.length > 0 && !filters.some((x) => x === genre || f.startsWith(x))) continue;
  const raw = readFileSync(join(corpus, 'docs', f), 'utf8');
  const text = raw.startsWith('# source:') ? raw.slice(raw.indexOf('\n') + 1) : raw;
  const labelFile = join(corpus, 'labels/a', f.replace(/\.txt$/, '.yaml'));
  const res = parseLabel(readFileSync(labelFile, 'utf8'), text);
  if (!res.ok) continue;
  const ref = fromLabel(res.label, res.positions, text.length, 'reference', res.occurrences);
  const parsed = parseDocument(text, { documentKey: f, registry, resolve: resolver });
  const pred = fromParsed(parsed);
  const out: string[] = [];
  const m = matchTasks(ref.tasks, pred.tasks);
  const usedPred = new Set(m.filter((k) => k !== null));
  ref.tasks.forEach((r, i) => {
    const label = res.label.tasks[i];
    const k = m[i];
    if (k === null || k === undefined) {
      out.push(`  MISSED task: ${one(label?.quote ?? '')}  lead=${label?.lead.join(' | ')}`);
      return;
    }
    const p = pred.tasks[k];
    if (!p) return;
    const ld = diff(r.lead, p.lead, abbr);
    const cd = diff(r.coordinators, p.coordinators, abbr);
    const rd = r.deadline;
    const pd = p.deadline;
    const dOk =
      (rd === null && pd === null) ||
      (rd !== null && pd !== null && rd.kind === pd.kind && rd.end === pd.end);
    if (ld.length + cd.length === 0 && dOk) return;
    out.push(`  task ${one(label?.quote ?? '').slice(0, 60)}`);
    if (ld.length) out.push(`     lead ${ld.join('  ')}`);
    if (cd.length) out.push(`     coord ${cd.join('  ')}`);
    if (!dOk) {
      const pt = parsed.tasks[k]?.deadline?.text ?? '';
      out.push(
        `     deadline ref=${rd ? `${rd.kind} ${rd.end} "${label?.deadline?.text}"` : 'null'} pred=${pd ? `${pd.kind} ${pd.end} "${pt}"` : 'null'}`,
      );
    }
  });
  pred.tasks.forEach((p, k) => {
    if (!usedPred.has(k))
      out.push(
        `  EXTRA task: ${one(text.slice(p.start, p.end))}  lead=${p.lead.map((b) => b[0]).join(' | ')}`,
      );
  });
  const rd = diff(ref.recipients, pred.recipients, abbr);
  if (rd.length) out.push(`  recipients ${rd.join('  ')}`);
  for (const s of Object.keys(ref.metadata) as (keyof typeof ref.metadata)[]) {
    const a = JSON.stringify(ref.metadata[s]);
    const b = JSON.stringify(pred.metadata[s]);
    if (s !== 'issuer' && a !== b) out.push(`  meta ${s}: ref=${a} pred=${b}`);
  }
  if (out.length) console.log(`== ${f} (${genre})\n${out.join('\n')}`);
}
