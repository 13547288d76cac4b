/** The extraction report (bench/eval/report.ts): sets, genres, problems and unlabelled files. */
import { describe, expect, it } from 'vitest';
import { renderReport, sets, total, type DocResult } from '../../../bench/eval/report.ts';
import { emptyFields, zero } from '../../../bench/eval/score.ts';
import { METADATA_SLOTS, type Counts, type MetadataSlot } from '../../../bench/eval/types.ts';

function result(key: string, set: 'seeds' | 'corpus', genre: string, tasks: Counts): DocResult {
  const fields = emptyFields();
  fields.tasks = tasks;
  const slots = Object.fromEntries(METADATA_SLOTS.map((s) => [s, zero()])) as Record<
    MetadataSlot,
    Counts
  >;
  return { key, set, genre, score: { fields, slots } };
}

const results = [
  result('seed-000.txt', 'seeds', 'seed', { tp: 4, fp: 0, fn: 0 }),
  result('01-a.txt', 'corpus', 'Party', { tp: 1, fp: 1, fn: 0 }),
  result('02-b.txt', 'corpus', 'State', { tp: 0, fp: 0, fn: 2 }),
  result('03-c.txt', 'corpus', 'State', { tp: 1, fp: 0, fn: 0 }),
];

describe('extraction report', () => {
  it('sums counts per set: seeds, the corpus, and the corpus per genre', () => {
    const byName = new Map(sets(results));
    expect([...byName.keys()]).toEqual(['seeds', 'corpus', 'corpus: Party', 'corpus: State']);
    expect(total(byName.get('corpus') ?? []).fields.tasks).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(total(byName.get('corpus: State') ?? []).fields.tasks).toEqual({ tp: 1, fp: 0, fn: 2 });
  });

  it('writes the summary, the problems and the unlabelled documents', () => {
    const md = renderReport({
      date: '2026-01-01T00:00:00Z',
      commit: 'abc1234',
      command: 'npm run eval',
      results,
      agreement: [],
      problems: [{ file: 'tests/corpus/labels/a/04-d.yaml', errors: ['bad YAML: x'] }],
      unlabelled: ['05-e.txt'],
      parseMs: 1500,
    });
    // corpus tasks: 2TP / (2TP + FP + FN) = 4 / 7; the only field with counts, so also the mean
    expect(md).toContain('| corpus | 3 | — | — | 0.57 | — | — | — | — | **0.57** |');
    expect(md).toContain('- `tests/corpus/labels/a/04-d.yaml`: bad YAML: x');
    expect(md).toContain('## Unlabelled documents (1)');
    expect(md).toContain('No document has both labels yet.');
    expect(md).toContain('- commit: abc1234');
  });
});
