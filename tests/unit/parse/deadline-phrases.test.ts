/** Deadline phrases of State plans and task tables found on the corpus (issue 18, point 5). */
import { describe, expect, it } from 'vitest';
import { findDeadline, normalizeDeadline, normalizeDueCell } from '../../../src/parse/deadlines.ts';
import { createSource, fold } from '../../../src/parse/source.ts';

const none = { start: null, end: null, recurrence: null };

describe('normalizeDeadline: ranges, throughout, conditions', () => {
  it.each([
    [
      'Từ tháng 12/2025 đến quý I/2026',
      { kind: 'due', start: '2025-12-01', end: '2026-03-31', recurrence: null },
    ],
    [
      'tháng 11/2025 đến tháng 4/2026',
      { kind: 'due', start: null, end: '2026-04-30', recurrence: null },
    ],
    [
      'Từ tháng 01 đến ngày bầu cử 15/3/2026',
      { kind: 'due', start: null, end: '2026-03-15', recurrence: null },
    ],
    [
      'từ tháng 01 năm 1981 đến tháng 12 năm 1982',
      { kind: 'due', start: '1981-01-01', end: '1982-12-31', recurrence: null },
    ],
    [
      'xuyên suốt 2025 - 2035',
      { kind: 'continuous', start: '2025-01-01', end: '2035-12-31', recurrence: 'continuous' },
    ],
    [
      'xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI',
      { kind: 'continuous', start: null, end: null, recurrence: 'continuous' },
    ],
    ['Sau khi có Quy chế của TW', { kind: 'relative', ...none }],
    ['Ngay sau khi ban hành Quyết định dừng đưa hàng qua KVGS', { kind: 'relative', ...none }],
    [
      'khi Chính phủ và các Bộ, ngành ban hành các văn bản quy định chi tiết',
      { kind: 'relative', ...none },
    ],
    ['Khi có phát sinh.', { kind: 'event', ...none }],
    [
      'Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020',
      { kind: 'recurring', start: null, end: null, recurrence: 'yearly' },
    ],
    [
      'Thực hiện thường xuyên, riêng việc tuyên truyền hoàn thành trong quý II/2020',
      { kind: 'continuous', start: null, end: null, recurrence: 'continuous' },
    ],
  ])('%s', (phrase, want) => {
    expect(normalizeDeadline(fold(phrase))).toEqual(want);
  });

  it('a range whose later end is not later stays with the older rules', () => {
    expect(normalizeDeadline(fold('từ nay đến tháng 6/2027'))).toEqual({
      kind: 'due',
      start: null,
      end: '2027-06-30',
      recurrence: null,
    });
  });

  it('"Khi có phát sinh" in a deadline column is no date', () => {
    expect(normalizeDueCell(fold('Khi có phát sinh.'))).toEqual({ kind: 'event', ...none });
  });
});

describe('findDeadline: "trong ngày …"', () => {
  it('reads "trong ngày 20 tháng 11 năm 2025" in running text', () => {
    const text = 'Ủy ban nhân dân các thành phố báo cáo Thủ tướng trong ngày 20 tháng 11 năm 2025.';
    const d = findDeadline(createSource(text), 0, text.length);
    expect(d && [d.text, d.kind, d.end, d.span.start, d.span.end]).toEqual([
      'trong ngày 20 tháng 11 năm 2025',
      'due',
      '2025-11-20',
      48,
      79,
    ]);
  });
});

describe('a period written as two dates and a dash', () => {
  it('runs from the first date and is due at the second', () => {
    expect(normalizeDeadline(fold('01/7/2025 - 31/12/2025'))).toEqual({
      kind: 'due',
      start: '2025-07-01',
      end: '2025-12-31',
      recurrence: null,
    });
    expect(normalizeDeadline(fold('Từ ngày 01/7/2025 – 31/12/2025'))).toMatchObject({
      kind: 'due',
      start: '2025-07-01',
      end: '2025-12-31',
    });
  });
});
