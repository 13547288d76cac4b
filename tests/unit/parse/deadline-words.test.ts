/**
 * Deadline words that folding makes ambiguous or that combine (src/parse/deadline-words.ts and
 * the lines of deadlines.ts that use them): "đầu tư" (investment) folds to the same letters as
 * "từ" (from); a month range ends at its last month; a year alone, "từ 2025" and "giai đoạn 2026"
 * read inside parentheses; "định kỳ 6 tháng và hằng năm" keeps both cycles; review cycles name
 * the recurrence; two dates joined by a dash with words between them are one period. Each
 * sentence is short and invented; the expected deadline is read off it by hand and compared whole.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline, normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { endsWithFrom, fromBefore, withMonthsCycle } from '../../../src/parse/deadline-words.ts';
import { createSource } from '../../../src/parse/source.ts';

type Reading = {
  kind: string;
  start: string | null;
  end: string | null;
  recurrence: string | null;
};

const deadlineOf = (text: string) => findDeadline(createSource(text), 0, text.length);

/** The deadline `(phrase)` of `text`: the span and quote take the parentheses in. */
const inParens = (text: string, phrase: string, reading: Reading) => {
  const at = text.indexOf(`(${phrase})`);
  expect(at).toBeGreaterThanOrEqual(0);
  return {
    text: phrase,
    ...reading,
    span: { start: at, end: at + phrase.length + 2 },
    quote: `(${phrase})`,
  };
};

/** The deadline `phrase` of `text`, found without parentheses. */
const bare = (text: string, phrase: string, reading: Reading) => {
  const at = text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return { text: phrase, ...reading, span: { start: at, end: at + phrase.length }, quote: phrase };
};

const due = (end: string, start: string | null = null): Reading => ({
  kind: 'due',
  start,
  end,
  recurrence: null,
});
const from = (start: string): Reading => ({ kind: 'start', start, end: null, recurrence: null });

describe('"đầu tư" is not "từ"', () => {
  it.each([
    ['Bố trí vốn cho các dự án (vốn đầu tư năm 2025).', 'vốn đầu tư năm 2025', due('2025-12-31')],
    [
      'Bố trí vốn cho các dự án (hỗ trợ đầu tư tháng 9/2025).',
      'hỗ trợ đầu tư tháng 9/2025',
      due('2025-09-30'),
    ],
    ['Bố trí vốn cho các dự án (đầu tư quý III/2025).', 'đầu tư quý III/2025', due('2025-09-30')],
    [
      'Bố trí vốn cho các dự án (đầu tư ngày 01/9/2025).',
      'đầu tư ngày 01/9/2025',
      { kind: 'event', start: '2025-09-01', end: '2025-09-01', recurrence: null },
    ],
  ])('%s', (text, phrase, reading) => {
    expect(deadlineOf(text)).toEqual(inParens(text, phrase, reading));
  });

  it.each([
    ['Áp dụng mức hỗ trợ mới (bắt đầu từ năm 2025).', 'bắt đầu từ năm 2025', from('2025-01-01')],
    [
      'Áp dụng mức hỗ trợ mới (bắt đầu từ tháng 9/2025).',
      'bắt đầu từ tháng 9/2025',
      from('2025-09-01'),
    ],
    [
      'Áp dụng mức hỗ trợ mới (bắt đầu từ quý III/2025).',
      'bắt đầu từ quý III/2025',
      from('2025-07-01'),
    ],
    ['Áp dụng mức hỗ trợ mới (kể từ tháng 9/2025).', 'kể từ tháng 9/2025', from('2025-09-01')],
    ['Áp dụng mức hỗ trợ mới (từ tháng 9/2025).', 'từ tháng 9/2025', from('2025-09-01')],
    [
      'Áp dụng mức hỗ trợ mới (bắt đầu từ ngày 01/9/2025).',
      'bắt đầu từ ngày 01/9/2025',
      from('2025-09-01'),
    ],
    [
      'Áp dụng mức hỗ trợ mới (thực hiệntừ 01/9/2025).',
      'thực hiệntừ 01/9/2025',
      from('2025-09-01'),
    ],
  ])('%s', (text, phrase, reading) => {
    expect(deadlineOf(text)).toEqual(inParens(text, phrase, reading));
  });

  it('endsWithFrom: "từ", glued or spaced, but not "đầu tư"', () => {
    expect(endsWithFrom('ke tu ')).toBe(true);
    expect(endsWithFrom('hientu')).toBe(true);
    expect(endsWithFrom('tu')).toBe(true);
    expect(endsWithFrom('bat dau tu ')).toBe(true);
    expect(endsWithFrom('batdautu')).toBe(true);
    expect(endsWithFrom('von dau tu ')).toBe(false);
    expect(endsWithFrom('von dautu')).toBe(false);
    expect(endsWithFrom('dau tu')).toBe(false);
    expect(endsWithFrom('tu nam')).toBe(false);
    expect(endsWithFrom('ut ')).toBe(false);
  });

  it('fromBefore: "từ" as a word within the last 14 characters, not "đầu tư"', () => {
    const f = 'ap dung tu thang 9/2025';
    expect(fromBefore(f, f.indexOf('thang'))).toBe(true);
    expect(fromBefore('tu thang', 3)).toBe(true);
    expect(fromBefore('ke tu thang', 6)).toBe(true);
    expect(fromBefore('keketu thang', 7)).toBe(false);
    expect(fromBefore('ketu thang', 5)).toBe(true);
    expect(fromBefore('batdautu thang', 9)).toBe(true);
    expect(fromBefore('bat dau tu thang', 11)).toBe(true);
    expect(fromBefore('xbatdautu thang', 10)).toBe(false);
    expect(fromBefore('von dau tu thang', 11)).toBe(false);
    expect(fromBefore('hientu thang', 7)).toBe(false);
    // the window is the 14 characters before the date: "từ" further back does not count
    const far = 'tu nam thang hai thang 9/2025';
    expect(fromBefore(far, far.indexOf('thang 9'))).toBe(false);
    expect(fromBefore('x tu', 4)).toBe(true);
  });
});

describe('a month range ends at its last month', () => {
  it.each([
    ['Tổ chức tuyên truyền (tháng 9/2025 - tháng 12/2025).', 'tháng 9/2025 - tháng 12/2025'],
    ['Tổ chức tuyên truyền (tháng 9/2025 - tháng 12-2025).', 'tháng 9/2025 - tháng 12-2025'],
    [
      'Tổ chức tuyên truyền (tháng 9/2025 – tháng 12 năm 2025).',
      'tháng 9/2025 – tháng 12 năm 2025',
    ],
    [
      'Tổ chức tuyên truyền (tháng 9 năm 2025 - tháng 12 năm 2025).',
      'tháng 9 năm 2025 - tháng 12 năm 2025',
    ],
  ])('%s', (text, phrase) => {
    expect(deadlineOf(text)).toEqual(inParens(text, phrase, due('2025-12-31', '2025-09-01')));
  });

  it('a quarter after a month, and a year after a month, still end at the later period', () => {
    expect(normalizeDeadline('thang 9/2025 - quy ii/2026')).toEqual(
      due('2026-06-30', '2025-09-01'),
    );
    expect(normalizeDeadline('thang 9/2025 - nam 2026')).toEqual(due('2026-12-31', '2025-09-01'));
  });
});

describe('a year alone inside parentheses', () => {
  it.each([
    ['Tổ chức tuyên truyền (từ 2025).', 'từ 2025', from('2025-01-01')],
    ['Tổ chức tuyên truyền (từ 1998).', 'từ 1998', from('1998-01-01')],
    ['Tổ chức tuyên truyền (giai đoạn 2026).', 'giai đoạn 2026', due('2026-12-31')],
    ['Tổ chức tuyên truyền (giai đoạn 1999).', 'giai đoạn 1999', due('1999-12-31')],
    [
      'Tổ chức tuyên truyền (giai đoạn 2026 - 2030).',
      'giai đoạn 2026 - 2030',
      due('2030-12-31', '2026-01-01'),
    ],
    ['Tổ chức tuyên truyền (2026).', '2026', due('2026-12-31')],
    ['Tổ chức tuyên truyền (2026 - 2027).', '2026 - 2027', due('2027-12-31', '2026-01-01')],
  ])('%s', (text, phrase, reading) => {
    expect(deadlineOf(text)).toEqual(inParens(text, phrase, reading));
  });

  it('a bare year with spaces around it inside the parentheses', () => {
    const text = 'Tổ chức tuyên truyền ( 1999 ).';
    expect(deadlineOf(text)).toEqual({
      ...inParens(text, ' 1999 ', due('1999-12-31')),
      text: '1999',
    });
  });

  it.each([
    'Tổ chức tuyên truyền (từ 18).',
    'Tổ chức tuyên truyền (giai đoạn 1).',
    'Tổ chức tuyên truyền (2026 cuộc).',
    'Tổ chức tuyên truyền (số 2026).',
    'Tổ chức tuyên truyền (1826).',
    'Tổ chức tuyên truyền (từ 1826).',
  ])('%s: not a deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('"định kỳ N tháng và hằng năm" keeps both cycles', () => {
  const cycle = (recurrence: string): Reading => ({
    kind: 'recurring',
    start: null,
    end: null,
    recurrence,
  });
  it.each([
    [
      'Các sở báo cáo kết quả định kỳ 6 tháng và hằng năm.',
      'định kỳ 6 tháng và hằng năm',
      'P6M,yearly',
    ],
    [
      'Các sở báo cáo kết quả định kỳ 6 tháng, hằng năm.',
      'định kỳ 6 tháng, hằng năm',
      'P6M,yearly',
    ],
    ['Các sở báo cáo kết quả (định kỳ 3 tháng và mỗi quý).', null, 'P3M,quarterly'],
    ['Các sở báo cáo kết quả (định kỳ 12 tháng và hằng tháng).', null, 'P12M,monthly'],
    ['Các sở báo cáo kết quả định kỳ 6 tháng.', 'định kỳ 6 tháng', 'P6M'],
    ['Các sở báo cáo kết quả định kỳ hằng năm.', 'định kỳ hằng năm', 'yearly'],
  ])('%s', (text, phrase, recurrence) => {
    const got = deadlineOf(text);
    if (phrase === null) {
      const inner = text.slice(text.indexOf('(') + 1, text.indexOf(')'));
      expect(got).toEqual(inParens(text, inner, cycle(recurrence)));
    } else expect(got).toEqual(bare(text, phrase, cycle(recurrence)));
  });

  it('withMonthsCycle: only a second cycle named by hằng / mỗi', () => {
    expect(withMonthsCycle('dinh ky 6 thang va hang nam', 'yearly')).toBe('P6M,yearly');
    expect(withMonthsCycle('dinh ky 6 thang va hang ngay', 'daily')).toBe('daily');
    expect(withMonthsCycle('dinh ky 6 thang va cuoi nam', 'P6M')).toBe('P6M');
    expect(withMonthsCycle('dinh ky thang va hang nam', 'yearly')).toBe('yearly');
    expect(withMonthsCycle('dinhky6thang,moinam', 'yearly')).toBe('P6M,yearly');
    expect(withMonthsCycle('hang nam', 'yearly')).toBe('yearly');
    expect(withMonthsCycle('dinh ky 06 thang va hang quy', 'quarterly')).toBe('P6M,quarterly');
  });
});

describe('review cycles name the recurrence of a "định kỳ" phrase', () => {
  it('(định kỳ 5 năm sơ kết, 10 năm tổng kết) is P5Y,P10Y, not periodic', () => {
    const text = 'Tổ chức sơ kết, tổng kết việc thực hiện (định kỳ 5 năm sơ kết, 10 năm tổng kết).';
    const phrase = 'định kỳ 5 năm sơ kết, 10 năm tổng kết';
    expect(deadlineOf(text)).toEqual({
      ...inParens(text, phrase, {
        kind: 'recurring',
        start: null,
        end: null,
        recurrence: 'P5Y,P10Y',
      }),
      reviews: [
        { every: 'P5Y', kind: 'sơ kết' },
        { every: 'P10Y', kind: 'tổng kết' },
      ],
    });
  });

  it('a named cycle stays: (hằng năm; 5 năm sơ kết, 10 năm tổng kết)', () => {
    const text = 'Tổ chức sơ kết việc thực hiện (hằng năm; 5 năm sơ kết, 10 năm tổng kết).';
    const got = deadlineOf(text);
    expect(got?.recurrence).toBe('yearly');
    expect(got?.reviews).toEqual([
      { every: 'P5Y', kind: 'sơ kết' },
      { every: 'P10Y', kind: 'tổng kết' },
    ]);
  });
});

describe('two dates joined by a dash with words between them are one period', () => {
  it.each([
    ['Tổ chức hội chợ (01/7/2025 khai mạc - 05/7/2025).', '01/7/2025 khai mạc - 05/7/2025'],
    ['Tổ chức hội chợ (01/7/2025 - 05/7/2025).', '01/7/2025 - 05/7/2025'],
    ['Tổ chức hội chợ (01/7/2025 lễ khai mạc – 05/7/2025).', '01/7/2025 lễ khai mạc – 05/7/2025'],
    ['Tổ chức hội chợ (01/7/2025 khai mạc—05/7/2025).', '01/7/2025 khai mạc—05/7/2025'],
  ])('%s', (text, phrase) => {
    expect(deadlineOf(text)).toEqual(inParens(text, phrase, due('2025-07-05', '2025-07-01')));
  });

  it('four words, or no dash, are not a period: the second date is the event', () => {
    const event = { kind: 'event', start: '2025-07-05', end: '2025-07-05', recurrence: null };
    for (const phrase of [
      '01/7/2025 khai mạc hội chợ lớn - 05/7/2025',
      '01/7/2025 khai mạc 05/7/2025',
      '01/7/2025 - đợt 05/7/2025',
    ]) {
      const text = `Tổ chức hội chợ (${phrase}).`;
      expect(deadlineOf(text)).toEqual(inParens(text, phrase, event));
    }
  });
});
