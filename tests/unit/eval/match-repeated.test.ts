/**
 * Task matching when a quote occurs more than once (a task table repeating the outline's items
 * word for word): bench/eval/labels.ts and score.ts.
 */
import { describe, expect, it } from 'vitest';
import { inTextOrder, quoteOccurrences } from '../../../bench/eval/labels.ts';
import { matchTasks } from '../../../bench/eval/score.ts';
import type { ExtractedTask } from '../../../bench/eval/types.ts';

function task(start: number, end: number, also?: number[]): ExtractedTask {
  return { start, end, ...(also ? { also } : {}), lead: [], coordinators: [], deadline: null };
}

describe('quoteOccurrences and inTextOrder', () => {
  const text = '1. Rà soát luật.\n2. Khác.\nPhụ lục\n| 1 | Rà soát\nluật. | Bộ Xây dựng |';

  it('finds every occurrence, across a line break too', () => {
    expect(quoteOccurrences(text, 'Rà soát luật.')).toEqual([3]);
    expect(quoteOccurrences(text, 'Rà soát')).toEqual([3, 40]);
    expect(quoteOccurrences(text, 'Rà soát luật')).toEqual([3]);
    expect(quoteOccurrences('a b a\nb', 'a  b')).toEqual([0, 4]);
  });

  it('takes a repeated quote at its first occurrence after the previous task', () => {
    // outline item 1 at 3, item 2 at 20, then the table row quoting item 1 again
    expect(inTextOrder([3, 20, 3], [[3, 40], [20], [3, 40]])).toEqual([3, 20, 40]);
    // a quote with no occurrence after the previous task keeps its first
    expect(inTextOrder([40, 3], [[40], [3]])).toEqual([40, 3]);
  });
});

describe('matchTasks with repeated quotes', () => {
  it('lets the table row take the row whose span holds the other occurrence', () => {
    // both reference tasks were placed at the outline item (100); the second also occurs at 500
    const ref = [task(100, 110), task(100, 110, [500])];
    const pred = [task(90, 150), task(480, 600)];
    expect(matchTasks(ref, pred)).toEqual([0, 1]);
  });

  it('assigns one to one with as many matches as possible, not greedily', () => {
    // greedy: 100 takes [90,250) (nearer), 200 then has nothing; the assignment moves 100 to [20,120)
    const ref = [task(100, 110), task(200, 210)];
    const pred = [task(90, 250), task(20, 120)];
    expect(matchTasks(ref, pred)).toEqual([1, 0]);
  });

  it('prefers the predicted task starting nearest before a position', () => {
    const ref = [task(500, 510, [100])];
    const pred = [task(0, 1000), task(95, 200), task(300, 600)];
    expect(matchTasks(ref, pred)).toEqual([1]);
  });
});

describe('matchTasks: an outline item and its table row with the same words', () => {
  it('each reference task keeps the predicted task over its own position', () => {
    // item at 100 (also at 500), row at 500 (also at 100); the row's predicted task is shorter
    const ref = [task(100, 110, [500]), task(500, 510, [100])];
    const pred = [task(100, 300), task(500, 560)];
    expect(matchTasks(ref, pred)).toEqual([0, 1]);
  });
});
