/** A term with no event of its own ("Trong thời hạn 5 năm, … phải hoàn thành") ends at the
 *  document's date of effect plus the term (deadline-cycles.ts, anchorTerms). */
import { describe, expect, it } from 'vitest';
import { anchorTerms } from '../../../src/parse/deadline-cycles.ts';
import type { Deadline, Task } from '../../../src/parse/types.ts';

/** A task whose deadline is a term, its text at the start of `fold`. */
function termTask(
  within: string | null,
  kind: Deadline['kind'] = 'relative',
  end: string | null = null,
): Task {
  const deadline = {
    kind,
    start: null,
    end,
    within,
    recurrence: null,
    text: 'x',
    quote: 'x',
    span: { start: 0, end: 22 },
  };
  return { deadline } as unknown as Task;
}

function endAfter(
  task: Task,
  effect: string | null,
  fold = 'trong thoi han 3 thang, so phai hoan thanh',
): string | null {
  anchorTerms([task], fold, effect);
  return task.deadline?.end ?? null;
}

describe('a term counted from the date of effect', () => {
  it('adds months across a year and keeps the day, or the month’s last day', () => {
    expect(endAfter(termTask('P18M'), '2024-08-31')).toBe('2026-02-28');
    expect(endAfter(termTask('P18M'), '2024-08-15')).toBe('2026-02-15');
    expect(endAfter(termTask('P4M'), '2024-01-31')).toBe('2024-05-31');
    expect(endAfter(termTask('P11M'), '2024-01-10')).toBe('2024-12-10');
    // the last day of the month of the year it ends in (2026 is no leap year; 2020 was)
    expect(endAfter(termTask('P30M'), '2023-08-31')).toBe('2026-02-28');
  });

  it('counts a year as twelve months', () => {
    expect(endAfter(termTask('P2Y'), '2025-03-15')).toBe('2027-03-15');
    expect(endAfter(termTask('P1Y'), '2024-02-29')).toBe('2025-02-28');
  });

  it('leaves a term of days, a compound term, a dated or non-relative deadline, and a text without a date of effect', () => {
    expect(endAfter(termTask('P10D'), '2025-03-15')).toBeNull();
    expect(endAfter(termTask('P1Y6M'), '2025-03-15')).toBeNull();
    expect(endAfter(termTask('P5Y', 'relative', '2026-01-01'), '2025-03-15')).toBe('2026-01-01');
    expect(endAfter(termTask('P5Y', 'due'), '2025-03-15')).toBeNull();
    expect(endAfter(termTask('P5Y'), null)).toBeNull();
  });

  it('leaves a term counted from another event ("kể từ ngày nhận hồ sơ")', () => {
    expect(
      endAfter(termTask('P3M'), '2025-03-15', 'trong thoi han 3 thang ke tu ngay nhan ho so'),
    ).toBeNull();
    // "kể từ ngày Quyết định này có hiệu lực" is the date of effect itself
    expect(
      endAfter(
        termTask('P3M'),
        '2025-03-15',
        'trong thoi han 3 thang ke tu ngay quyet dinh nay co hieu luc',
      ),
    ).toBe('2025-06-15');
  });
});
