/**
 * Tests that kill surviving mutants of src/parse/deadlines.ts, lines 1–170 (bench/results/
 * mutation.md): relative limits in every wording the rule names, spaced and glued (a space lost
 * between two words, issue 18 §7), a day of every year, yearly cycles, meetings as anchors and
 * deadline cells. Every expected value is read off the wording by hand.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDeadline, normalizeDueCell } from '../../../src/parse/deadlines.ts';
import { fold } from '../../../src/parse/source.ts';

const norm = (phrase: string) => normalizeDeadline(fold(phrase));

describe('relative limits, spaced and glued', () => {
  it.each([
    ['trong thời hạn 07 ngày', 'P7D'],
    ['trongthờihạn07ngày', 'P7D'],
    ['trong vòng 10 ngày', 'P10D'],
    ['trongvòng10ngày', 'P10D'],
    ['chậm nhất là 15 ngày', 'P15D'],
    ['chậmnhấtlà15ngày', 'P15D'],
    ['chậm nhất sau 30 ngày', 'P30D'],
    ['chậmnhấtsau30ngày', 'P30D'],
    ['không quá 20 ngày', 'P20D'],
    ['khôngquá20ngày', 'P20D'],
  ])('%s', (phrase, within) => {
    expect(norm(phrase)).toStrictEqual({
      kind: 'relative',
      start: null,
      end: null,
      recurrence: null,
      within,
    });
  });
});

describe('cycles', () => {
  it.each([
    // a day of every year, the slash spaced or the words glued
    'trước ngày 25 / 12 trong năm',
    'trướcngày25/12trongnăm',
    // "định kỳ năm" without "hằng"
    'định kỳ năm',
    'địnhkỳnăm',
  ])('%s is yearly', (phrase) => {
    expect(norm(phrase)).toStrictEqual({
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'yearly',
    });
  });

  it('keeps an ongoing task that starts at a date a start, not a cycle', () => {
    expect(norm('thường xuyên, từ năm 2026')).toStrictEqual({
      kind: 'start',
      start: '2026-01-01',
      end: null,
      recurrence: 'continuous',
    });
  });
});

describe('periods, meetings and conditions', () => {
  it.each([
    // a period without a meeting is due at its end, with no start and no relative limit
    ['quý I năm 2026', null, '2026-03-31'],
    ['trong tháng 9/2024', null, '2024-09-30'],
    // before a meeting or at the latest at it: due by the end of its month
    ['chậm nhất tại hội nghị tháng 10/2025', null, '2025-10-31'],
    ['chậmnhất tại hội nghị tháng 10/2025', null, '2025-10-31'],
  ])('%s', (phrase, start, end) => {
    expect(norm(phrase)).toStrictEqual({ kind: 'due', start, end, recurrence: null });
  });

  it('reads "after" at the head of a slice that keeps its leading space', () => {
    expect(normalizeDeadline(' sau khi co quy che')).toStrictEqual({
      kind: 'relative',
      start: null,
      end: null,
      recurrence: null,
    });
  });
});

describe('deadline cells', () => {
  it('keeps an ongoing cell ongoing and a periodic one periodic', () => {
    expect(normalizeDueCell(fold('Thường xuyên'))).toStrictEqual({
      kind: 'continuous',
      start: null,
      end: null,
      recurrence: 'continuous',
    });
    expect(normalizeDueCell(fold('Định kỳ'))).toStrictEqual({
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'periodic',
    });
  });
});
