/**
 * Tests that kill the 49 mutants of src/parse/deadlines.ts' phrase rules that survived the
 * mutation run of lines 1–170 (bench/results/mutation.md): the "riêng" exception, "từ … đến …"
 * spans, "… và các năm tiếp theo", a full date before a dash, cycles after "thường xuyên", meetings
 * without a date, and deadline cells. Each phrase is short and invented; each expected value is
 * read off the wording by hand and compared whole, so a stray field fails.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDeadline, normalizeDueCell } from '../../../src/parse/deadlines.ts';
import { fold } from '../../../src/parse/source.ts';

const norm = (phrase: string) => normalizeDeadline(fold(phrase));
const due = (end: string, start: string | null = null, recurrence: string | null = null) => ({
  kind: 'due',
  start,
  end,
  recurrence,
});

describe('an exception after "riêng"', () => {
  it('reads the whole phrase when the part before "riêng" names no deadline', () => {
    expect(norm('Các đơn vị, riêng Sở Y tế trước ngày 30/6/2025')).toStrictEqual(due('2025-06-30'));
  });
});

describe('"từ … đến …"', () => {
  it.each([
    // no date and no "từ" before "đến": not a span, the cycle is kept
    ['hằng năm đến năm 2030', due('2030-12-31', null, 'yearly')],
    // "từ" inside the head, not at its start
    ['hằng năm, kể từ nay đến năm 2030', due('2030-12-31', null, 'yearly')],
    // "kể từ" with its space lost is not "từ" at the head
    ['kểtừ nay đến năm 2030 hằng năm', due('2030-12-31', null, 'yearly')],
    // "từ nay đến …" at the head is a span to its end
    ['từ nay đến năm 2030 hằng năm', due('2030-12-31')],
    // the same end on both sides is no span: the cycle is kept
    ['hằng quý trong năm 2025 đến quý IV/2025', due('2025-12-31', null, 'quarterly')],
  ])('%s', (phrase, expected) => {
    expect(norm(phrase)).toStrictEqual(expected);
  });

  it('reads a span to a start with no end as that start', () => {
    expect(norm('từ năm 2024 đến năm 2025 trở đi')).toStrictEqual({
      kind: 'start',
      start: '2024-01-01',
      end: null,
      recurrence: null,
    });
    expect(norm('từ nay đến năm 2025 trở đi')).toStrictEqual({
      kind: 'start',
      start: '2025-01-01',
      end: null,
      recurrence: null,
    });
  });

  it('reads long dates inside an ongoing span', () => {
    expect(
      norm('thực hiện xuyên suốt từ ngày 1 tháng 3 năm 2025 đến ngày 30 tháng 6 năm 2025'),
    ).toStrictEqual({
      kind: 'continuous',
      start: '2025-03-01',
      end: '2025-06-30',
      recurrence: 'continuous',
    });
  });

  it('reads an ongoing span after a leading space', () => {
    expect(normalizeDeadline(' xuyen suot 2025 - 2030')).toStrictEqual({
      kind: 'continuous',
      start: '2025-01-01',
      end: '2030-12-31',
      recurrence: 'continuous',
    });
  });
});

describe('"… và các năm tiếp theo", "… trở đi"', () => {
  const start = (s: string) => ({ kind: 'start', start: s, end: null, recurrence: null });
  it.each([
    // the period is the one before the words, not a quarter named after them
    ['năm 2025 và các năm tiếp theo, báo cáo trong quý I/2026', start('2025-01-01')],
    // a month starts on its first day
    ['tháng 9/2025 và các năm tiếp theo', start('2025-09-01')],
  ])('%s', (phrase, expected) => {
    expect(norm(phrase)).toStrictEqual(expected);
  });

  it.each(['trở đi', 'và các năm tiếp theo'])('%s alone names no start', (phrase) => {
    expect(norm(phrase)).toStrictEqual({
      kind: 'unknown',
      start: null,
      end: null,
      recurrence: null,
    });
  });
});

describe('a full date before a dash', () => {
  // the date is the deadline; what follows the dash is another clause, not the end of a period
  it.each([
    'trước ngày 31/12/2025 - năm 2026 tổng kết',
    'trước ngày 31/12/2025-năm 2026 tổng kết',
    'trước ngày 31 / 12 / 2025 - năm 2026 tổng kết',
  ])('%s', (phrase) => {
    expect(norm(phrase)).toStrictEqual(due('2025-12-31'));
  });
});

describe('cycles after "thường xuyên"', () => {
  it('keeps an ongoing task ongoing when its cycle follows after a doubled space', () => {
    expect(norm('thường xuyên  hằng quý')).toStrictEqual({
      kind: 'continuous',
      start: null,
      end: null,
      recurrence: 'continuous',
    });
  });
});

describe('meetings without a date', () => {
  it.each(['tại kỳ họp thứ 10', 'tại phiên họp của UBND tỉnh'])('%s', (phrase) => {
    expect(norm(phrase)).toStrictEqual({
      kind: 'event',
      start: null,
      end: null,
      recurrence: null,
    });
  });
});

describe('deadline cells', () => {
  it('keeps two listed days an event', () => {
    expect(normalizeDueCell(fold('21 và 22/7/2022'))).toStrictEqual({
      kind: 'event',
      start: '2022-07-21',
      end: '2022-07-22',
      recurrence: null,
    });
  });

  it('keeps a one-day period from its day', () => {
    expect(normalizeDueCell(fold('01/7/2025 - 01/7/2025'))).toStrictEqual(
      due('2025-07-01', '2025-07-01'),
    );
  });

  it('reads a lone date as the day the task is due by', () => {
    expect(normalizeDueCell(fold('ngày 5/3/2025'))).toStrictEqual(due('2025-03-05'));
  });
});

describe('"từ" glued to the word before, quarters and half years', () => {
  const start = (s: string) => ({ kind: 'start', start: s, end: null, recurrence: null });
  it.each([
    ['áp dụng bắtđầutừ tháng 3/2025', start('2025-03-01')],
    ['áp dụng bắt đầutừ tháng 3/2025', start('2025-03-01')],
    ['áp dụng kểtừ quý II/2025', start('2025-04-01')],
    ['thực hiệntừnăm 2025', start('2025-01-01')],
    ['triển khaitừ 01/7/2025', start('2025-07-01')],
    // "tu" inside a word is no "từ"
    ['tuyên truyền năm 2025', due('2025-12-31')],
    ['6thángđầunăm 2025', due('2025-06-30')],
    ['sáu tháng đầu năm 2025', due('2025-06-30')],
    ['quý IV/2025', due('2025-12-31')],
    [
      'ngày21 và ngày22/7/2022',
      { kind: 'event', start: '2022-07-21', end: '2022-07-22', recurrence: null },
    ],
  ])('%s', (phrase, expected) => {
    expect(norm(phrase)).toStrictEqual(expected);
  });
  it.each(['quý V/2025', 'từ quý 0/2025'])('%s is no quarter', (phrase) => {
    expect(norm(phrase)).toStrictEqual({
      kind: 'unknown',
      start: null,
      end: null,
      recurrence: null,
    });
  });
});
