/**
 * Tests that kill surviving mutants of src/parse/deadlines.ts and deadline-conditions.ts
 * (bench/results/mutation.md): a cycle beside a day of the year, "định kỳ" with its space lost,
 * a cycle that qualifies what follows it ("hằng năm, của …" is not), the length limit of a
 * parenthesised deadline, and the span of a weak condition. Every expected value is read off the
 * wording by hand.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline, normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { weakCondition } from '../../../src/parse/deadline-conditions.ts';
import { createSource, fold } from '../../../src/parse/source.ts';

const find = (t: string) => {
  const src = createSource(t);
  return findDeadline(src, 0, src.clean.length);
};

describe('a named cycle wins over a day of every year', () => {
  it('"hằng quý, trước ngày 15/3 trong năm" stays quarterly', () => {
    expect(normalizeDeadline(fold('hằng quý, trước ngày 15/3 trong năm'))).toStrictEqual({
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'quarterly',
    });
  });
});

describe('weak cycles in running text', () => {
  it('"định kỳ" with its space lost is still a cycle', () => {
    expect(find('Báo cáo địnhkỳ')).toStrictEqual({
      text: 'địnhkỳ',
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'periodic',
      span: { start: 8, end: 14 },
      quote: 'địnhkỳ',
    });
  });

  it('a comma after the cycle: it is the task\'s cycle, not a qualifier of "của …"', () => {
    expect(find('Tổng hợp báo cáo hằng năm, của các sở')).toStrictEqual({
      text: 'hằng năm',
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'yearly',
      span: { start: 17, end: 25 },
      quote: 'hằng năm',
    });
  });

  it('"hằng năm của các sở" qualifies a noun: no deadline', () => {
    expect(find('Tổng hợp báo cáo hằng năm của các sở')).toBeNull();
  });
});

describe('a parenthesised deadline is at most 160 characters long', () => {
  const inner = (n: number) => ('hoàn thành trước ngày 15/3/2025; ' + 'a'.repeat(n)).slice(0, n);
  const text = (n: number) => `Báo cáo kết quả (${inner(n)}) hoàn thành trước ngày 15/3/2025`;

  it('160 characters: the parentheses are the deadline', () => {
    const t = text(160);
    expect(find(t)).toStrictEqual({
      text: inner(160),
      kind: 'due',
      start: null,
      end: '2025-03-15',
      recurrence: null,
      span: { start: 16, end: 178 },
      quote: t.slice(16, 178),
    });
  });

  it('161 characters: too long, the phrase after them is', () => {
    expect(find(text(161))).toStrictEqual({
      text: 'hoàn thành trước ngày 15/3/2025',
      kind: 'due',
      start: null,
      end: '2025-03-15',
      recurrence: null,
      span: { start: 180, end: 211 },
      quote: 'hoàn thành trước ngày 15/3/2025',
    });
  });
});

describe('weak conditions', () => {
  it('end before the spaces that close the event', () => {
    const f = fold('Lập biên bản ngay khi nước rút , gửi Sở');
    expect(weakCondition(f, 0, f.length)).toStrictEqual([13, 30]);
  });

  it('are looked for in the range only, at offsets of the whole text', () => {
    const f = fold('Kiểm tra hằng ngày; báo cáo hằng tuần');
    expect(weakCondition(f, 19, f.length)).toStrictEqual([28, 37]);
    expect(weakCondition(f, 19, 27)).toBeNull();
  });
});
