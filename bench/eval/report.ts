/**
 * The eval's results as Markdown (bench/results/extraction.md): totals per set and per field,
 * metadata per slot, one row per document, the label agreement, problems and unlabelled files.
 */
import { add, emptyFields, meanF1, prf, zero, type DocumentScore } from './score.ts';
import {
  FIELDS,
  METADATA_SLOTS,
  type Counts,
  type FieldCounts,
  type MetadataSlot,
} from './types.ts';

export interface DocResult {
  /** Document file name (seeds: `seed-<file>`). */
  key: string;
  set: 'seeds' | 'corpus';
  genre: string;
  score: DocumentScore;
}

export interface ReportInput {
  date: string;
  commit: string;
  command: string;
  results: DocResult[];
  agreement: DocResult[];
  problems: { file: string; errors: string[] }[];
  unlabelled: string[];
  parseMs: number;
}

export interface Total {
  documents: number;
  fields: FieldCounts;
  slots: Record<MetadataSlot, Counts>;
}

export function total(results: DocResult[]): Total {
  const fields = emptyFields();
  const slots = Object.fromEntries(METADATA_SLOTS.map((s) => [s, zero()])) as Record<
    MetadataSlot,
    Counts
  >;
  for (const r of results) {
    for (const f of FIELDS) add(fields[f], r.score.fields[f]);
    for (const s of METADATA_SLOTS) add(slots[s], r.score.slots[s]);
  }
  return { documents: results.length, fields, slots };
}

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

function fieldRows(t: Total): string[] {
  const rows = FIELDS.map((f) => {
    const c = t.fields[f];
    const p = prf(c);
    return `| ${f} | ${fmt(p.precision)} | ${fmt(p.recall)} | **${fmt(p.f1)}** | ${c.tp} | ${c.fp} | ${c.fn} |`;
  });
  return [
    '| field | precision | recall | F1 | TP | FP | FN |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `| **mean of the field F1s** | | | **${fmt(meanF1(t.fields))}** | | | |`,
  ];
}

function summaryRows(sets: [string, DocResult[]][]): string[] {
  return [
    `| set | docs | ${FIELDS.join(' | ')} | mean F1 |`,
    `|---|---|${FIELDS.map(() => '---|').join('')}---|`,
    ...sets.map(([name, rs]) => {
      const t = total(rs);
      const f1s = FIELDS.map((f) => fmt(prf(t.fields[f]).f1)).join(' | ');
      return `| ${name} | ${t.documents} | ${f1s} | **${fmt(meanF1(t.fields))}** |`;
    }),
  ];
}

function slotRows(t: Total): string[] {
  return [
    '| slot | precision | recall | F1 |',
    '|---|---|---|---|',
    ...METADATA_SLOTS.map((s) => {
      const p = prf(t.slots[s]);
      return `| ${s} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} |`;
    }),
  ];
}

function documentRows(results: DocResult[]): string[] {
  return [
    `| document | genre | ${FIELDS.join(' | ')} | mean |`,
    `|---|---|${FIELDS.map(() => '---|').join('')}---|`,
    ...results.map((r) => {
      const f1s = FIELDS.map((f) => fmt(prf(r.score.fields[f]).f1)).join(' | ');
      return `| ${r.key} | ${r.genre} | ${f1s} | ${fmt(meanF1(r.score.fields))} |`;
    }),
  ];
}

/** The sets reported: seeds, the corpus, and the corpus per genre. */
export function sets(results: DocResult[]): [string, DocResult[]][] {
  const corpus = results.filter((r) => r.set === 'corpus');
  const genres = [...new Set(corpus.map((r) => r.genre))].sort();
  return [
    ['seeds', results.filter((r) => r.set === 'seeds')],
    ['corpus', corpus],
    ...genres.map((g): [string, DocResult[]] => [
      `corpus: ${g}`,
      corpus.filter((r) => r.genre === g),
    ]),
  ];
}

export function renderReport(input: ReportInput): string {
  const all = sets(input.results);
  const out: string[] = [
    '# Extraction eval: the parser against hand labels',
    '',
    `- date: ${input.date}`,
    `- commit: ${input.commit}`,
    `- command: \`${input.command}\``,
    `- parse time of all labelled documents: ${(input.parseMs / 1000).toFixed(2)} s`,
    '',
    'Reference: `tests/corpus/labels/a` (labelling guide: `docs/labelling.md`). Counts are summed',
    'over the documents of a set (micro average) and F1 = 2TP / (2TP + FP + FN); the mean is the',
    'mean of the seven field F1s. Same value (`bench/eval/keys.ts`): case, diacritics, tone',
    'placement, markup and punctuation folded; bodies with abbreviations expanded (registry table)',
    'and a leading "các" ignored, matched against the actor\'s name, mention or expansion; numbers',
    'without spaces, any case; no partial credit. A predicted task matches when its span contains',
    "the label quote's position (one to one). Implements: the parser's references with relation",
    "'implements' or 'basis' (every document named in a Căn cứ paragraph, as the guide counts it).",
    'Goals: seeds ≥ 0.95, corpus ≥ 0.90.',
    '',
    '## Summary (F1 per field)',
    '',
    ...summaryRows(all),
  ];
  for (const [name, rs] of all.slice(0, 2)) {
    if (rs.length === 0) continue;
    const t = total(rs);
    out.push('', `## ${name}: per field`, '', ...fieldRows(t), '', `Metadata slots (${name}):`, '');
    out.push(...slotRows(t));
  }
  out.push('', '## Per document (F1)', '', ...documentRows(input.results));
  out.push('', '## Label agreement (labels b scored against labels a)', '');
  if (input.agreement.length === 0) out.push('No document has both labels yet.');
  else {
    out.push(
      `${input.agreement.length} documents have both labels. Labeller b's tasks reach from their`,
      "quote to b's next quote (a labeller marks where a task starts, not where it ends).",
      '',
      ...summaryRows([['both labelled', input.agreement]]),
      '',
      ...fieldRows(total(input.agreement)),
      '',
      ...documentRows(input.agreement),
    );
  }
  out.push('', `## Label files with problems (${input.problems.length}, skipped)`, '');
  if (input.problems.length === 0) out.push('None.');
  for (const p of input.problems) out.push(`- \`${p.file}\`: ${p.errors.join('; ')}`);
  out.push('', `## Unlabelled documents (${input.unlabelled.length})`, '');
  out.push(
    input.unlabelled.length === 0 ? 'None.' : input.unlabelled.map((u) => `\`${u}\``).join(', '),
  );
  return `${out.join('\n')}\n`;
}
