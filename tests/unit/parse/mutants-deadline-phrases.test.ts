/**
 * Tests that kill surviving mutants of src/parse/deadlines.ts after line 175 (bench/results/
 * mutation.md): the strong phrases read without parentheses, each spaced and with its spaces lost
 * (issue 18 §7), the dates and periods read inside parentheses, and the cycles and years read when
 * nothing stronger is named. Each sentence is short and invented; the expected deadline, its text
 * and its span are read off the sentence by hand and compared whole.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/parse/deadlines.ts';
import { createSource } from '../../../src/parse/source.ts';

type Reading = {
  kind: string;
  start: string | null;
  end: string | null;
  recurrence: string | null;
  within?: string;
};

const deadlineOf = (text: string) => findDeadline(createSource(text), 0, text.length);

/** The deadline `phrase` of `text`, found without parentheses: span and quote are the phrase. */
const bare = (text: string, phrase: string, reading: Reading) => {
  const at = text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return { text: phrase, ...reading, span: { start: at, end: at + phrase.length }, quote: phrase };
};

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

const due = (end: string, start: string | null = null): Reading => ({
  kind: 'due',
  start,
  end,
  recurrence: null,
});
const cycle = (recurrence: string): Reading => ({
  kind: 'recurring',
  start: null,
  end: null,
  recurrence,
});
const within = (w: string): Reading => ({
  kind: 'relative',
  start: null,
  end: null,
  recurrence: null,
  within: w,
});
const ongoing = (start: string | null, end: string | null): Reading => ({
  kind: 'continuous',
  start,
  end,
  recurrence: 'continuous',
});
const event = (start: string, end: string): Reading => ({
  kind: 'event',
  start,
  end,
  recurrence: null,
});

/** Strong phrases: [sentence, phrase, reading], each also checked with its spaces lost. */
const STRONG: [string, string, Reading][] = [
  [
    'Sở Tài chính hoàn thành trước ngày 15/4/2023.',
    'hoàn thành trước ngày 15/4/2023',
    due('2023-04-15'),
  ],
  ['Sở Tài chính xong trong tháng 9/2024.', 'xong trong tháng 9/2024', due('2024-09-30')],
  [
    'Sở Tài chính hoàn thành trong quý III/2025.',
    'hoàn thành trong quý III/2025',
    due('2025-09-30'),
  ],
  ['Sở Tài chính hoàn thành trong năm 2025.', 'hoàn thành trong năm 2025', due('2025-12-31')],
  [
    'Sở Tài chính hoàn thành trước ngày 30 tháng 6 năm 2024.',
    'hoàn thành trước ngày 30 tháng 6 năm 2024',
    due('2024-06-30'),
  ],
  ['Sở Tài chính báo cáo chậm nhất ngày 15/4/2023.', 'chậm nhất ngày 15/4/2023', due('2023-04-15')],
  [
    'Sở Tài chính báo cáo chậm nhất là ngày 15/4/2023.',
    'chậm nhất là ngày 15/4/2023',
    due('2023-04-15'),
  ],
  ['Sở Tài chính báo cáo trước ngày 30/11 hằng năm.', 'trước ngày 30/11 hằng năm', cycle('yearly')],
  [
    'Sở Tài chính báo cáo trước ngày 15/6 và ngày 15/12 hằng năm.',
    'trước ngày 15/6 và ngày 15/12 hằng năm',
    cycle('yearly'),
  ],
  [
    'Sở Tài chính báo cáo trước ngày 30 tháng 11 hằng năm.',
    'trước ngày 30 tháng 11 hằng năm',
    cycle('yearly'),
  ],
  ['Sở Tài chính báo cáo trước ngày 20 hằng tháng.', 'trước ngày 20 hằng tháng', cycle('monthly')],
  ['Sở Tài chính báo cáo trước ngày 5 hằng quý.', 'trước ngày 5 hằng quý', cycle('quarterly')],
  ['Sở Tài chính báo cáo trong ngày 15/4/2023.', 'trong ngày 15/4/2023', due('2023-04-15')],
  [
    'Tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử.',
    'xuyên suốt từ nay đến kết thúc cuộc bầu cử',
    ongoing(null, null),
  ],
  ['Tuyên truyền xuyên suốt năm 2025.', 'xuyên suốt năm 2025', ongoing(null, '2025-12-31')],
  [
    'Báo cáo tại phiên họp thường kỳ tháng 10 năm 2025 của UBND tỉnh.',
    'tại phiên họp thường kỳ tháng 10 năm 2025',
    event('2025-10-01', '2025-10-31'),
  ],
  [
    'Trình tại kỳ họp tháng 12/2025.',
    'tại kỳ họp tháng 12/2025',
    event('2025-12-01', '2025-12-31'),
  ],
  ['Giải quyết trong thời hạn 07 ngày làm việc.', 'trong thời hạn 07 ngày làm việc', within('P7D')],
  ['Giải quyết trong thời hạn 3 tháng.', 'trong thời hạn 3 tháng', within('P3M')],
  [
    'Trả lời chậm nhất 03 ngày làm việc kể từ ngày nhận hồ sơ.',
    'chậm nhất 03 ngày làm việc kể từ ngày nhận hồ sơ',
    within('P3D'),
  ],
  [
    'Trả lời trong vòng 10 ngày sau khi nhận đủ hồ sơ.',
    'trong vòng 10 ngày sau khi nhận đủ hồ sơ',
    within('P10D'),
  ],
  ['Trả lời không quá 5 ngày kể từ khi nhận.', 'không quá 5 ngày kể từ khi nhận', within('P5D')],
  ['Thời gian thực hiện: Quý II/2023.', 'Thời gian thực hiện: Quý II/2023', due('2023-06-30')],
  ['Thời gian hoàn thành: tháng 6/2025.', 'Thời gian hoàn thành: tháng 6/2025', due('2025-06-30')],
  ['Thời gian: năm 2025.', 'Thời gian: năm 2025', due('2025-12-31')],
  ['Báo cáo định kỳ hằng quý.', 'định kỳ hằng quý', cycle('quarterly')],
  ['Báo cáo định kỳ 6 tháng.', 'định kỳ 6 tháng', cycle('P6M')],
  [
    'Tập trung các nhiệm vụ trọng tâm từ nay đến tháng 6/2027.',
    'từ nay đến tháng 6/2027',
    due('2027-06-30'),
  ],
  ['Các nhiệm vụ, từ nay đến hết năm 2025.', 'từ nay đến hết năm 2025', due('2025-12-31')],
  ['Các nhiệm vụ: từ nay đến hết quý II/2026.', 'từ nay đến hết quý II/2026', due('2026-06-30')],
];

/** The sentence with every space between two words lost (punctuation keeps its space). */
const glue = (s: string): string => s.replace(/(?<=[\p{L}\d]) (?=[\p{L}\d])/gu, '');

describe('strong phrases without parentheses', () => {
  it.each(STRONG)('%s', (text, phrase, reading) => {
    expect(deadlineOf(text)).toStrictEqual(bare(text, phrase, reading));
  });
  it.each(STRONG)('glued: %s', (text, phrase, reading) => {
    expect(deadlineOf(glue(text))).toStrictEqual(bare(glue(text), glue(phrase), reading));
  });
});

describe('dates and periods in parentheses', () => {
  it.each([
    [
      'Thực hiện (01/7/2025 - 31/12/2025).',
      '01/7/2025 - 31/12/2025',
      due('2025-12-31', '2025-07-01'),
    ],
    ['Thực hiện (01/7/2025–31/12/2025).', '01/7/2025–31/12/2025', due('2025-12-31', '2025-07-01')],
    [
      'Thực hiện (01/7/2025 — 31/12/2025).',
      '01/7/2025 — 31/12/2025',
      due('2025-12-31', '2025-07-01'),
    ],
    ['Báo cáo (hạn 15/4/2023).', 'hạn 15/4/2023', due('2023-04-15')],
    ['Báo cáo (chậm nhất vào ngày 15.4.2023).', 'chậm nhất vào ngày 15.4.2023', due('2023-04-15')],
    ['Báo cáo (đến ngày 15-4-2023).', 'đến ngày 15-4-2023', due('2023-04-15')],
    ['Báo cáo (15 / 4 / 2023).', '15 / 4 / 2023', event('2023-04-15', '2023-04-15')],
    [
      'Thực hiện (từ tháng 3/2025).',
      'từ tháng 3/2025',
      { kind: 'start', start: '2025-03-01', end: null, recurrence: null },
    ],
    [
      'Thực hiện (từ quý II/2025).',
      'từ quý II/2025',
      { kind: 'start', start: '2025-04-01', end: null, recurrence: null },
    ],
    ['Thực hiện (quý 2/2025).', 'quý 2/2025', due('2025-06-30')],
    ['Thực hiện (6 tháng đầu năm 2025).', '6 tháng đầu năm 2025', due('2025-06-30')],
    ['Thực hiện (sáu tháng đầu năm 2025).', 'sáu tháng đầu năm 2025', due('2025-06-30')],
    ['Thực hiện (2026 - 2030).', '2026 - 2030', due('2030-12-31', '2026-01-01')],
    [
      'Thực hiện (2026 trở đi).',
      '2026 trở đi',
      { kind: 'start', start: '2026-01-01', end: null, recurrence: null },
    ],
    // the last parenthesised deadline of the task
    ['Thực hiện (năm 2025) và (năm 2026).', 'năm 2026', due('2026-12-31')],
  ] as [string, string, Reading][])('%s', (text, phrase, reading) => {
    expect(deadlineOf(text)).toStrictEqual(inParens(text, phrase, reading));
  });

  it('reads no deadline in a quarter that cannot exist (there is no fifth quarter)', () => {
    expect(deadlineOf('Thực hiện (quý V/2025).')).toBeNull();
  });

  it.each([
    // a reference, not a deadline
    'Sở Y tế thực hiện (theo Kế hoạch số 12/KH-UBND).',
    'Thực hiện (Quyết định 12-QĐ/TU năm 2023).',
  ])('%s has none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('reads a strong phrase after parentheses that hold none', () => {
    const text = 'Thực hiện (xem Phụ lục kèm theo) hoàn thành trước ngày 15/4/2023.';
    expect(deadlineOf(text)).toStrictEqual(
      bare(text, 'hoàn thành trước ngày 15/4/2023', due('2023-04-15')),
    );
  });
});

describe('years and cycles when nothing stronger is named', () => {
  it('reads the year the work is due in', () => {
    const text = 'Đẩy nhanh tiến độ giải ngân trong năm 2025.';
    expect(deadlineOf(text)).toStrictEqual(bare(text, 'trong năm 2025', due('2025-12-31')));
  });
  it.each([
    // a target's year, the year of the duties a clause is about
    'Đạt 90% trong năm 2025.',
    'Đối với các nhiệm vụ triển khai trong năm 2025, rà soát.',
    // the same folded letters as "định kỳ"
    'Thẩm định kỹ hồ sơ, quyết định kỷ luật.',
    // cycles qualifying a noun
    'Báo cáo hằng năm của đơn vị.',
    'Kế hoạch trung hạn và hằng năm.',
    'Kế hoạch hằng năm và trung hạn.',
  ])('%s has none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
  it('reads a cycle at the head of a sentence', () => {
    const text = 'Định kỳ tổng hợp báo cáo.';
    expect(deadlineOf(text)).toStrictEqual(bare(text, 'Định kỳ', cycle('periodic')));
  });
  it('reads review cycles alone', () => {
    const text = '5 năm sơ kết, 10 năm tổng kết.';
    const phrase = '5 năm sơ kết, 10 năm tổng kết';
    expect(deadlineOf(text)).toStrictEqual({
      ...bare(text, phrase, cycle('P5Y,P10Y')),
      reviews: [
        { every: 'P5Y', kind: 'sơ kết' },
        { every: 'P10Y', kind: 'tổng kết' },
      ],
    });
  });
});

describe('a cycle paired with "trung hạn" or after a plan noun qualifies a noun', () => {
  it.each([
    'Rà soát,kế hoạch hằng năm.',
    'Xây dựng phương án trung hạn và hằng năm.',
    'Xây dựng phương án trunghạn và hằng năm.',
    'Xây dựng phương án trung hạn,hằng năm.',
    'Xây dựng phương án hằng năm và trung hạn.',
    'Xây dựng phương án hằng năm,trung hạn.',
    'Xây dựng phương án hằng năm và trunghạn.',
  ])('%s has none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
  it.each([
    // "trung hạn" qualifies another word here, and a comma parts the cycle from it
    'Xây dựng phương án trung hạn và đề xuất hằng năm.',
    'Xây dựng phương án hằng năm, và trung hạn.',
  ])('%s stays yearly', (text) => {
    expect(deadlineOf(text)).toStrictEqual(bare(text, 'hằng năm', cycle('yearly')));
  });
});

describe('parentheses', () => {
  it('reads the inner parentheses of nested ones', () => {
    const text = 'Thực hiện (theo Kế hoạch (năm 2025)) và báo cáo.';
    expect(deadlineOf(text)).toStrictEqual(inParens(text, 'năm 2025', due('2025-12-31')));
  });
  it('reads the last of two parentheses without a space between them', () => {
    const text = 'Thực hiện (năm 2025)(năm 2026).';
    expect(deadlineOf(text)).toStrictEqual(inParens(text, 'năm 2026', due('2026-12-31')));
  });
  it('reads nothing in parentheses left open', () => {
    expect(deadlineOf('Báo cáo (dự kiến năm 2025.')).toBeNull();
  });
});
