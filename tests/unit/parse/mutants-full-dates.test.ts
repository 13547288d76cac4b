/**
 * Tests that kill surviving mutants of fullDates in src/parse/deadlines.ts: "từ" before a date,
 * spaced or glued to it (a space lost between two words, issue 18 §7), makes the date a start.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { fold } from '../../../src/parse/source.ts';

const norm = (phrase: string) => normalizeDeadline(fold(phrase));

describe('a start after "từ"', () => {
  it.each([
    ['từ ngày 21/7/2022', '2022-07-21'],
    ['từ ngày21/7/2022', '2022-07-21'],
    ['từ01/7/2025', '2025-07-01'],
    ['từ 01/7/2025', '2025-07-01'],
  ])('%s', (phrase, start) => {
    expect(norm(phrase)).toStrictEqual({ kind: 'start', start, end: null, recurrence: null });
  });
});
