/**
 * Dates written both ways in one string, and months that cannot exist: written against the
 * survivors of the mutation run over src/parse/dates.ts (bench/results/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { endOfMonth, findDate } from '../../../src/parse/dates.ts';
import { normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { fold } from '../../../src/parse/source.ts';

describe('findDate: the first of a long and a short date', () => {
  it('takes the long date when it comes first', () => {
    const s = fold('ngày 5 tháng 3 năm 2024, thay thế văn bản ngày 16/6/2022');
    expect(findDate(s)).toEqual({ iso: '2024-03-05', start: 0, end: 23 });
  });

  it('takes the short date when it comes first', () => {
    const s = fold('16/6/2022, thay thế văn bản ngày 5 tháng 3 năm 2024');
    expect(findDate(s)).toEqual({ iso: '2022-06-16', start: 0, end: 9 });
  });

  it('reads from the offset it is given', () => {
    const s = fold('ngày 5 tháng 3 năm 2024 và 16/6/2022');
    expect(findDate(s, 1)).toEqual({ iso: '2022-06-16', start: 27, end: 36 });
  });
});

describe('months that cannot exist', () => {
  it('has no last day for month 0 or 13', () => {
    expect(endOfMonth(2024, 0)).toBeNull();
    expect(endOfMonth(2024, 13)).toBeNull();
    expect(endOfMonth(2024, 1)).toBe('2024-01-31');
  });

  it('reads "tháng 13/2024" as no deadline, "tháng 12/2024" as the end of December', () => {
    expect(normalizeDeadline(fold('hoàn thành trong tháng 13/2024'))).toEqual({
      kind: 'unknown',
      start: null,
      end: null,
      recurrence: null,
    });
    expect(normalizeDeadline(fold('hoàn thành trong tháng 12/2024'))).toEqual({
      kind: 'due',
      start: null,
      end: '2024-12-31',
      recurrence: null,
    });
  });
});
